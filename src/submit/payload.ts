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

export type { FileMetadata, RepairRequestPayload } from '../schema/files.js';

/** The request as JSON data: every file is replaced by its metadata. */
export const toPayload = (request: RepairRequest) => mapFiles(request, describeFile) as RepairRequestPayload;

/** The request's files with the name of the part (or form entry) each travels in: its field's key. */
export const filesToSend = (request: RepairRequest) =>
  filesIn(request).map(({ path, file }) => ({ part: path[1]!, file: file as File }));
