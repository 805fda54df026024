/**
 * How many photos a customer may send, by default: read by the request
 * schema (src/schema/photos.ts) as well as by the photo field, so this file
 * imports nothing.
 */
/** How many photos the customer may send. */
export interface EvidenceLimits {
  /** Photos per shot. Default 3. */
  perShot: number;
  /** Photos in all. Default 20. */
  total: number;
  /** Bytes in all, after the photos are written again. Default 40 MB. */
  totalBytes: number;
}

export const DEFAULT_EVIDENCE_LIMITS: Readonly<EvidenceLimits> = Object.freeze({ perShot: 3, total: 20, totalBytes: 40 * 1024 * 1024 });
