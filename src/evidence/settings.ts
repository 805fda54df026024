/**
 * The evidence settings in use: the configuration's `evidence` over the
 * defaults, key by key. The defaults live here, beside the code that uses
 * them, so that the first step's bundle does not carry them.
 */
import type { RepairConfig } from '../config/config-schema.js';
import { DEFAULT_IMAGE_OPTIONS, type ImageOptions } from './reencode.js';

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

export interface EvidenceSettings {
  image: ImageOptions;
  limits: EvidenceLimits;
}

/** The configuration's evidence settings, each key left out taking its default. */
export function evidenceSettings(config: Pick<RepairConfig, 'evidence'>): EvidenceSettings {
  return {
    image: { ...DEFAULT_IMAGE_OPTIONS, ...config.evidence?.image },
    limits: { ...DEFAULT_EVIDENCE_LIMITS, ...config.evidence?.limits },
  };
}
