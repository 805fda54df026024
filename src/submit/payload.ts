/**
 * The request as it travels: JSON, with the proof-of-purchase file replaced by
 * its description (the file itself goes as its own multipart part, or its own
 * form entry). Shared by the transport and the form value. Pure.
 */
import type { RepairRequest } from '../schema/request.js';

/** What a file becomes in the JSON: its description, never its content. */
export interface FileMetadata {
  name: string;
  size: number;
  type: string;
}

export type RepairRequestPayload = Omit<RepairRequest, 'malfunction'> & {
  malfunction: Omit<RepairRequest['malfunction'], 'proofOfPurchase'> & { proofOfPurchase?: FileMetadata };
};

export const isFile = (value: unknown): value is File => typeof File !== 'undefined' && value instanceof File;

/** The request as JSON data: the proof-of-purchase file is replaced by its metadata. */
export function toPayload(request: RepairRequest): RepairRequestPayload {
  const { proofOfPurchase, ...malfunction } = request.malfunction;
  return {
    ...request,
    malfunction: proofOfPurchase
      ? { ...malfunction, proofOfPurchase: { name: proofOfPurchase.name, size: proofOfPurchase.size, type: proofOfPurchase.type } }
      : malfunction,
  };
}
