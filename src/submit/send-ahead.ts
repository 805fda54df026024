/**
 * Submit with files sent ahead (`upload-endpoint`): waits for the uploads
 * still running (reporting their progress), refuses to send while one failed
 * (a field error on that file, which the shell shows in the error summary: the
 * server's refusal, such as `file_content`, or else `upload_failed`), then
 * sends the JSON with each file's id. When the endpoint answers that it does
 * not know an id (expired, purged) or another case holds it, those files are
 * sent again from the bytes the draft kept, and the request once more, once.
 */
import type { FieldErrors } from '../flow/flow.js';
import type { ErrorCode } from '../schema/codes.js';
import { filesIn } from '../schema/files.js';
import type { RepairRequest } from '../schema/request.js';
import type { UploadReferences } from './payload.js';
import { SubmitError, type BusySubmission, type SubmitSuccess } from './types.js';
import { uploads, type UploadSettings, type UploadState } from './uploads.js';

interface Attached {
  /** Its place in the request (`malfunction.photos.gimbal-close-up.0`). */
  path: string;
  field: string;
  file: File;
}

/** The codes after which a file is sent again, once. */
const SEND_AGAIN: readonly ErrorCode[] = ['upload_unknown', 'upload_claimed'];

/** The request's files, where each is. */
const attachedFiles = (request: RepairRequest): Attached[] =>
  filesIn(request).map(({ path, file }) => ({ path: path.join('.'), field: path.slice(0, 2).join('.'), file: file as File }));

/** A file's error when it could not be sent: the server's own refusal (which only Remove can mend), else `upload_failed` (Try again). */
const failure = (state: UploadState | undefined): ErrorCode =>
  (state?.status === 'failed' && state.reason === 'refused' && state.code ? state.code : 'upload_failed');

/** Waits for the files' uploads; their ids, or a `validation` error naming each file that could not be sent. */
async function uploaded(files: readonly Attached[], signal: AbortSignal, onState: (state: BusySubmission) => void, maxAttempts: number): Promise<UploadReferences> {
  const report = () => onState({ status: 'sending', attempt: 1, maxAttempts, uploads: true, progress: uploads.progress(files.map((f) => f.file)) });
  uploads.addEventListener('change', report);
  try {
    report();
    let stop = () => {};
    const cancelled = new Promise<never>((_, reject) => {
      stop = () => reject(new SubmitError('aborted', 'The submission was cancelled.'));
      if (signal.aborted) stop();
      signal.addEventListener('abort', stop, { once: true });
    });
    const states = await Promise.race([uploads.settled(files.map((f) => f.file)), cancelled])
      .finally(() => signal.removeEventListener('abort', stop));
    const failed: FieldErrors = Object.fromEntries(files.flatMap((f, i) => (states[i]?.status === 'uploaded' ? [] : [[f.path, failure(states[i])]])));
    if (Object.keys(failed).length) throw new SubmitError('validation', 'Some attached files could not be sent: retry or remove them.', undefined, failed);
    return new Map(files.map((f, i) => [f.file, (states[i] as { id: string }).id]));
  } finally {
    uploads.removeEventListener('change', report);
  }
}

/** Sends the request with its files sent ahead; `post` sends the request itself (with retries). */
export async function sendAhead(
  request: RepairRequest, settings: UploadSettings, signal: AbortSignal, maxAttempts: number,
  onState: (state: BusySubmission) => void, post: (references: UploadReferences) => Promise<SubmitSuccess>,
): Promise<SubmitSuccess> {
  const files = attachedFiles(request);
  // Files attached before the endpoint was set, or kept by a draft without an id: sent now.
  for (const f of files) if (!uploads.get(f.file)) uploads.start(f.file, f.field, settings);
  try {
    return await post(await uploaded(files, signal, onState, maxAttempts));
  } catch (error) {
    const errors = error instanceof SubmitError && error.reason === 'validation' ? error.fieldErrors ?? {} : {};
    const stale = files.filter((f) => SEND_AGAIN.includes(errors[f.path]!) || SEND_AGAIN.includes(errors[`${f.path}.upload`]!));
    if (!stale.length) throw error;
    for (const f of stale) uploads.resend(f.file, f.field, settings);
    return post(await uploaded(files, signal, onState, maxAttempts));
  }
}
