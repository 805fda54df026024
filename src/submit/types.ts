/** The submission as explicit state, never a pile of booleans. Pure types. */
import type { FieldErrors } from '../flow/flow.js';

/** Why a submission failed, as reported in `repair-request-error`. */
export type SubmitFailureReason =
  | 'network' | 'timeout' | 'http' | 'validation' | 'offline' | 'aborted' | 'configuration';

export type Submission =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'failed'; reason: SubmitFailureReason; httpStatus?: number | undefined }
  | { status: 'sent'; caseNumber: string; response: unknown };

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
  ) {
    super(message);
    this.name = 'SubmitError';
  }
}
