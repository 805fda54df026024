/** The submission as explicit state, never a pile of booleans. Pure types. */
import type { FieldErrors } from '../flow/flow.js';

/** Why a submission failed, as reported in `repair-request-error`. */
export type SubmitFailureReason =
  | 'network' | 'timeout' | 'http' | 'validation' | 'offline' | 'aborted' | 'configuration';

/** How much of the request body has been uploaded, in bytes. */
export interface UploadProgress {
  loaded: number;
  total: number;
  /** Each file's own share, in the body's order, while one multipart body carries them (file-progress.ts). */
  files?: readonly ({ name: string } & UploadProgress)[] | undefined;
}

/** Which attempt this is, from 1, out of how many at most. */
export interface AttemptInfo {
  attempt: number;
  maxAttempts: number;
}

/**
 * - `idle`: nothing sent yet;
 * - `sending`: an attempt is in flight (`progress` while a file uploads), or (`uploads`) the files sent ahead are still being sent;
 * - `retrying`: an attempt failed; the next one starts at `retryAt` (epoch ms), `attempt` is that next attempt;
 * - `offline`: the browser is offline; the request is sent when it is back online;
 * - `sent`: the endpoint stored the request;
 * - `failed`: the submission ended without a case.
 */
export type Submission =
  | { status: 'idle' }
  | ({ status: 'sending'; progress?: UploadProgress | undefined; uploads?: boolean | undefined } & AttemptInfo)
  | ({ status: 'retrying'; retryAt: number; delayMs: number; reason: SubmitFailureReason; httpStatus?: number | undefined } & AttemptInfo)
  | ({ status: 'offline' } & AttemptInfo)
  | {
    status: 'failed'; reason: SubmitFailureReason; httpStatus?: number | undefined;
    /** `aborted`, but not by the customer's Cancel: the widget left the page while sending (a framework moved it). */
    interrupted?: boolean | undefined;
  }
  | { status: 'sent'; caseNumber: string; response: unknown };

/** The states in which a request is under way (Submit is disabled, Cancel is offered). */
/** A submission under way. */
export type BusySubmission = Extract<Submission, { status: 'sending' | 'retrying' | 'offline' }>;

export const isBusy = (s: Submission): s is BusySubmission =>
  s.status === 'sending' || s.status === 'retrying' || s.status === 'offline';

/** What the endpoint answered for a stored case. */
export interface SubmitSuccess {
  caseNumber: string;
  response: unknown;
}

/** A failed submission, thrown by the client. */
export class SubmitError extends Error {
  constructor(
    readonly reason: SubmitFailureReason,
    message: string,
    readonly httpStatus?: number,
    /** Field errors from a `422` problem response, by field path. */
    readonly fieldErrors?: FieldErrors,
    /** The answer's `Retry-After` header, as sent (seconds or an HTTP date). */
    readonly retryAfter?: string,
  ) {
    super(message);
    this.name = 'SubmitError';
  }
}
