/**
 * The request as it travels: JSON, with each file replaced by its
 * description (the files themselves go as their own multipart parts, or their
 * own form entries). Shared by the transport and the form value. Pure.
 *
 * Files are found wherever they are in the request (the file fields of
 * `FILE_FIELDS`, schema/files.ts, each holding one file or several), in JSON
 * order; each travels in the part named after its field's key
 * (`malfunction.photos.gimbal-close-up.0` in `photos`).
 */
import { describeFile, filesIn, mapFiles, type RepairRequestPayload } from '../schema/files.js';
import type { RepairRequest } from '../schema/request.js';
import { isSentAheadFile } from './sent-files.js';

export type { FileMetadata, RepairRequestPayload } from '../schema/files.js';

/** Files sent ahead (uploads.ts): each one's id, which the JSON gives in place of its bytes. */
export type UploadReferences = ReadonlyMap<Blob, string>;

/**
 * A file's upload id, if it was sent ahead: in `references`, or its own for a file a draft kept by its id alone
 * (sent-files.ts), which has no bytes to send: it is always referenced, never sent empty.
 */
const uploadOf = (file: Blob, references?: UploadReferences) => references?.get(file) ?? (isSentAheadFile(file) ? file.upload : undefined);

/** The request as JSON data: every file is replaced by its metadata, with its upload id when it was sent ahead. */
export const toPayload = (request: RepairRequest, references?: UploadReferences) => mapFiles(request, (file) => {
  const upload = uploadOf(file, references);
  return upload ? { ...describeFile(file), upload } : describeFile(file);
}) as RepairRequestPayload;

/** The request's files (but those sent ahead) with the name of the part (or form entry) each travels in: its field's key. */
export const filesToSend = (request: RepairRequest, references?: UploadReferences) =>
  filesIn(request).filter(({ file }) => !uploadOf(file, references)).map(({ path, file }) => ({ part: path[1]!, file: file as File }));
