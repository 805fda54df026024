/**
 * What the handler asks of storage: the `RepairStore` (cases, their files'
 * metadata, status events, contact messages, idempotency keys) and the
 * `FileStore` (the files' bytes). `createPgliteStore` and
 * `createPostgresStore` implement the first with the same SQL;
 * `createFileSystemFileStore` the second.
 */

/** A stored file's metadata; its bytes are in the file store under `storageKey`. */
export interface StoredFile {
  /** Random id, used in staff download URLs. */
  id: string;
  /** The multipart part it came in (`proofOfPurchase`, `photos`). */
  part: string;
  /** Where the request's JSON describes it (`malfunction.photos.gimbal-close-up.0`); none for a message's file or a label. */
  path?: string | undefined;
  /** The customer's file name. */
  name: string;
  size: number;
  /** The type detected from the content. */
  type: string;
  /** The type the browser declared. */
  declaredType?: string | undefined;
  sha256: string;
  /** Where the file store keeps the bytes. */
  storageKey: string;
}

/** A file to record: its metadata without the id. */
export type NewFile = Omit<StoredFile, 'id'>;

/** A file sent on its own before its case (`POST {base}/uploads`), checked, to record unclaimed. */
export interface NewUpload extends Omit<NewFile, 'part' | 'path'> {
  /** The upload's id, the client's capability (only its SHA-256 is stored). */
  id: string;
  /** The request's file field it is for (`malfunction.photos`). */
  field: string;
  /** How long it waits for a case to claim it (ms). */
  ttlMs: number;
}

/** A case's reference to an upload, where the request's JSON describes it. */
export interface UploadReference {
  id: string;
  /** The file field (`malfunction.photos`) and its part name (`photos`). */
  field: string;
  part: string;
  /** The file's place in the request (`malfunction.photos.gimbal-close-up.0`). */
  path: string;
  /** What the JSON says of it: it must be the upload's. */
  name: string;
  size: number;
}

/** Why a reference cannot be claimed: unknown or expired, claimed by another case, for another field, or another file. */
export type UploadClaimCode = 'upload_unknown' | 'upload_claimed' | 'upload_wrong_field' | 'invalid';

/** One step in a case's life: `received`, then whatever the workshop records. */
export interface StatusEvent {
  /** Its place in the case's history (events are only ever added, in this order). */
  id?: number | undefined;
  status: string;
  /** A note for the customer. */
  note?: string | undefined;
  author?: string | undefined;
  /** What the status carries: a quote, a label file, a tracking number, the quote it answers. */
  data?: Record<string, unknown> | undefined;
  at: string;
}

/** A new event, as `appendEvent` takes it. */
export interface NewStatusEvent {
  status: string;
  note?: string | undefined;
  author?: string | undefined;
  data?: Record<string, unknown> | undefined;
  /** The customer's Idempotency-Key (quote answers): the same key replays the stored event. */
  idempotencyKey?: string | undefined;
  /** A label file stored with the event. */
  file?: NewFile | undefined;
  /** A quote answer's quote (the `quote_waiting` event's id): answered only while that quote is the one waiting. */
  quoteEventId?: number | undefined;
}

/** What `appendEvent` did. */
export type AppendOutcome =
  | { outcome: 'added'; event: StatusEvent }
  | { outcome: 'replayed'; event: StatusEvent }
  | { outcome: 'no-case' }
  | { outcome: 'closed' }
  /** A quote answer without a quote waiting for one (none sent, or already answered); `replaced`: another quote waits instead of the one answered. */
  | { outcome: 'no-quote'; replaced?: boolean }
  /** A status that may not follow the case's current `status` (see `NEXT_STATUSES`); `next` lists those that may. */
  | { outcome: 'not-allowed'; status: string; next: readonly string[] };

/** A case as staff read it. */
export interface StoredCase {
  caseNumber: string;
  receivedAt: string;
  /** The customer's e-mail when known (for export and erasure). */
  email?: string | undefined;
  /** The customer's language (BCP 47), from the request; for notifications and the status page. */
  locale?: string | undefined;
  /** The validated request; `null` once erased. */
  request: unknown;
  status: string;
  closedAt?: string | undefined;
  erasedAt?: string | undefined;
  idempotencyKey?: string | undefined;
  files: StoredFile[];
  events: StatusEvent[];
}

/** A contact message as stored. */
export interface StoredMessage {
  id: string;
  receivedAt: string;
  email?: string | undefined;
  message: unknown;
  files: StoredFile[];
}

/** What a claim on an idempotency key found. */
export type KeyClaim =
  | { state: 'claimed' }
  | { state: 'in_progress' }
  | { state: 'mismatch' }
  | { state: 'completed'; caseNumber: string };

/** Statuses that close a case (the retention clock starts). */
export const CLOSING_STATUSES: readonly string[] = ['closed', 'returned', 'cancelled'];

/** The statuses staff record, in the usual order of a case's life; which may follow which is `NEXT_STATUSES` (`../lifecycle.ts`). */
export const STAFF_STATUSES = [
  'received', 'label_available', 'parcel_received', 'in_diagnosis', 'quote_waiting', 'repair_in_progress', 'shipped_back',
  'closed', 'cancelled', 'refused',
] as const;

/** The statuses the customer's answer to a quote records. */
export const QUOTE_ANSWERS = ['quote_accepted', 'quote_declined'] as const;

/** Storage of cases and messages. Every method is safe to call from several processes on one database. */
export interface RepairStore {
  /**
   * Claims an idempotency key for a request with this fingerprint. An
   * expired key, or one left `in_progress` longer than `staleMs` (its
   * process died), is taken over.
   */
  claimKey(input: { key: string; fingerprint: string; ttlMs: number; staleMs: number }): Promise<KeyClaim>;
  /** Gives a claimed key back (the request failed before a case was stored). */
  releaseKey(key: string): Promise<void>;
  /**
   * Stores a case with its files and a first `received` event; completes its idempotency key, if any;
   * claims the uploads it references in the same transaction (an `UploadClaimError` when one cannot be, and nothing is stored).
   */
  createCase(input: {
    request: unknown; email?: string | undefined; locale?: string | undefined; files: NewFile[]; idempotencyKey?: string | undefined;
    uploads?: readonly UploadReference[] | undefined;
  }): Promise<{ caseNumber: string; receivedAt: string }>;
  /** Records a checked upload, bound to no case until one claims it. */
  stageUpload(upload: NewUpload): Promise<void>;
  /** Deletes the unclaimed uploads past their expiry; returns their storage keys. */
  purgeUploads(): Promise<string[]>;
  /** Stores a contact message with its files. */
  createMessage(input: { message: unknown; email?: string | undefined; files: NewFile[] }): Promise<{ id: string }>;
  /** One case with its files and events, or undefined. */
  getCase(caseNumber: string): Promise<StoredCase | undefined>;
  /** Cases, newest first. */
  listCases(options?: { status?: string | undefined; limit?: number | undefined; offset?: number | undefined }): Promise<Omit<StoredCase, 'files' | 'events' | 'request'>[]>;
  /**
   * Appends an event to an open case, in one transaction with the case locked
   * (the only way events are added: they are never edited): a closing status
   * (`CLOSING_STATUSES`) closes the case, and a closed case takes none; a staff status must be one that may
   * follow the case's current one (`NEXT_STATUSES`: no quote before the parcel is inspected); a quote answer (`quote_accepted`,
   * `quote_declined`) needs a `quote_waiting` not answered yet and records
   * which one it answers; an event with an idempotency key already used on
   * this case is replayed, not added.
   */
  appendEvent(caseNumber: string, event: NewStatusEvent): Promise<AppendOutcome>;
  /** Issues a new access token for a case (only its SHA-256 hash is stored). */
  issueAccessToken(caseNumber: string, ttlMs: number): Promise<string>;
  /** The case this (unexpired) access token opens, or the case with this number and e-mail; undefined otherwise. */
  findCaseForCustomer(caseNumber: string, credential: { token: string } | { email: string }): Promise<StoredCase | undefined>;
  /** Contact messages, newest first. */
  listMessages(options?: { limit?: number | undefined }): Promise<StoredMessage[]>;
  /** Everything stored about one e-mail address. */
  findByEmail(email: string): Promise<{ cases: StoredCase[]; messages: StoredMessage[] }>;
  /**
   * Erases what is stored about an e-mail: messages are deleted; cases keep
   * only `keep` (dotted paths of the request, plus case number, dates and
   * status events: what the law requires) and lose their files. Returns the
   * files' storage keys to delete.
   */
  eraseByEmail(email: string, keep: readonly string[]): Promise<{ cases: number; messages: number; storageKeys: string[] }>;
  /** Deletes cases closed before `closedBefore` and messages received before `messagesBefore`, with expired keys; returns the files' storage keys. */
  purge(input: { closedBefore: Date; messagesBefore: Date }): Promise<{ cases: number; messages: number; keys: number; storageKeys: string[] }>;
  /** Closes the connection. */
  close(): Promise<void>;
}

/** Where the files' bytes are kept. */
export interface FileStore {
  /** A new, empty file under a random key, to write the upload into as it arrives. */
  create(): Promise<{ key: string; path?: string; stream: NodeJS.WritableStream }>;
  /** The bytes of a stored file. */
  read(key: string): NodeJS.ReadableStream;
  /** Reads a stored file whole (exports). */
  readAll(key: string): Promise<Uint8Array>;
  /** Deletes a file; a missing one is not an error. */
  remove(key: string): Promise<void>;
  /** A local path to the file, when the store has one (for content sniffing). */
  pathOf?(key: string): string;
}
