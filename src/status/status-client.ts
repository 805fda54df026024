/**
 * The status element's calls to the server's customer routes
 * (`repair-request/server`): read a case, answer its quote, download its
 * label. The credential is the case number with the e-mail, or an access
 * token from the link in the confirmation and the e-mails.
 */

/** How the customer proves the case is theirs. */
export type Credential = { caseNumber: string; email: string } | { caseNumber: string; token: string };

/** One event of the case's timeline, as the server shows it. */
export interface CaseEvent {
  id: number;
  status: string;
  at: string;
  note?: string;
  quote?: Quote;
  trackingNumber?: string;
  trackingUrl?: string;
  label?: { name: string };
}

export interface Quote {
  amount: number;
  currency: string;
  covers: string;
}

/** A case, as its customer sees it. */
export interface CaseView {
  caseNumber: string;
  receivedAt: string;
  model?: string;
  serial?: string;
  status: string;
  closed: boolean;
  events: CaseEvent[];
  pendingQuote: (Quote & { eventId: number }) | null;
  label: { name: string; type: string; url: string } | null;
  /** The inspection fee a declined quote costs, per hour, as the server's configuration says (older servers: absent). */
  inspectionFee?: { amount: number; currency: string };
}

/** Why a call failed: the case is not found (or the pair is wrong), too many tries, the quote was answered, or anything else. */
export type StatusFailure = 'not-found' | 'invalid-number' | 'rate-limited' | 'answered' | 'failed';

export class StatusError extends Error {
  constructor(readonly reason: StatusFailure) {
    super(reason);
  }
}

/** Why a call failed: the endpoint's reason, or `failed` for anything else (the network, a body that cannot be read). */
export const failureOf = (error: unknown): StatusFailure => (error instanceof StatusError ? error.reason : 'failed');

/** The headers that carry a credential. */
export const headersOf = (c: Credential): Record<string, string> =>
  'token' in c ? { Authorization: `Bearer ${c.token}` } : { 'X-Repair-Case-Email': c.email };

/** Calls a customer route; a failure throws a `StatusError` with its reason. */
export async function call(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin' });
  } catch {
    throw new StatusError('failed');
  }
  if (response.ok) return response;
  const type = (await response.json().catch(() => ({})) as { type?: string }).type ?? '';
  if (type.endsWith(':case-not-found')) throw new StatusError('not-found');
  if (type.endsWith(':case-number-invalid')) throw new StatusError('invalid-number');
  if (response.status === 429) throw new StatusError('rate-limited');
  if (type.endsWith(':no-quote-waiting') || type.endsWith(':case-closed')) throw new StatusError('answered');
  throw new StatusError('failed');
}

/** The URL of a case's route (`sub`: `/label`, `/case-form`…). */
export const caseUrl = (endpoint: string, caseNumber: string, sub = '') =>
  `${endpoint.replace(/\/+$/, '')}/cases/${encodeURIComponent(caseNumber)}${sub}`;

export async function fetchCase(endpoint: string, c: Credential): Promise<CaseView> {
  return (await call(caseUrl(endpoint, c.caseNumber), { headers: { Accept: 'application/json', ...headersOf(c) } })).json();
}

/** Answers the quote of event `quoteEventId` (a replaced quote is refused); the same key on a retry records the answer once. */
export async function answerQuote(
  endpoint: string, c: Credential, answer: 'accept' | 'decline', quoteEventId: number, key: string,
): Promise<void> {
  await call(caseUrl(endpoint, c.caseNumber, '/quote-answer'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...headersOf(c) },
    body: JSON.stringify(answer === 'decline' ? { answer, feeAcknowledged: true, quoteEventId } : { answer, quoteEventId }),
  });
}

