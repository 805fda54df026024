/**
 * The request as it travels: JSON, with each file of a file field replaced by
 * its description (the files themselves go as their own multipart parts, or
 * their own form entries). Shared by the transport and the form value. Pure.
 */
import { describeFile, FILE_FIELDS, mapFiles, requestFiles, type RepairRequestPayload } from '../schema/files.js';
import type { RepairRequest } from '../schema/request.js';

export type { FileMetadata, RepairRequestPayload } from '../schema/files.js';

/** The request as JSON data: every file of a file field is replaced by its metadata. */
export function toPayload(request: RepairRequest): RepairRequestPayload {
  const payload = { ...request } as Record<string, Record<string, unknown>>;
  for (const field of FILE_FIELDS) {
    const [step, key] = field.split('.') as [string, string];
    const value = payload[step]?.[key];
    if (value !== undefined) payload[step] = { ...payload[step], [key]: mapFiles(value, describeFile) };
  }
  return payload as unknown as RepairRequestPayload;
}

/** The request's files with the name of the part (or form entry) each travels in, in the order they are described. */
export const filesToSend = (request: RepairRequest) =>
  requestFiles(request).map(({ part, file }) => ({ part, file: file as File }));
