/**
 * The evidence settings in use: the configuration's `evidence` over the
 * defaults, key by key. The image defaults live beside the code that uses
 * them (reencode.ts), so that the first step's bundle does not carry them;
 * the limits (limits.ts) are also the request schema's.
 */
import type { RepairConfig } from '../config/config-schema.js';
import { DEFAULT_IMAGE_OPTIONS, type ImageOptions } from './reencode.js';
import { DEFAULT_EVIDENCE_LIMITS, type EvidenceLimits } from './limits.js';

export { DEFAULT_EVIDENCE_LIMITS, type EvidenceLimits } from './limits.js';

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
