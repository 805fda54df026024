/**
 * Evidence photos: the in-browser picture pipeline, for the photo field to come.
 * Not part of the element's bundle until a field imports it.
 */
export {
  closeImageWorker, DEFAULT_IMAGE_OPTIONS, fitWithin, ImageError, processImage,
  type ImageErrorCode, type ImageOptions, type ProcessedImage, type ProcessOptions,
} from './image-pipeline.js';
export { sniffImageType, type SniffedImageType } from './image-type.js';
export { DEFAULT_EVIDENCE_LIMITS, evidenceSettings, type EvidenceLimits, type EvidenceSettings } from './settings.js';
