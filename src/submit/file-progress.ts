/**
 * Each file's own progress while one multipart body carries them all (no
 * `upload-endpoint`): the browser reports only the bytes of the whole body
 * sent, so each file's share is derived from its place in the body, which is
 * the JSON part, then one part per file in order. Pure.
 */
import type { UploadProgress } from './types.js';

/** A file's own progress in the body. */
export interface FileProgress extends UploadProgress {
  name: string;
}

/** About what one file part adds to its bytes: the boundary line and the part's headers. */
const PART_OVERHEAD = 200;

/**
 * The progress of each file from the body's: the bytes that are not the files'
 * (`total` minus their sizes) are the JSON part before them and each part's
 * own boundary and headers (at most {@link PART_OVERHEAD} each); a file's bytes
 * count once the bytes before it are sent.
 */
export function filesProgress(files: readonly { name: string; size: number }[], { loaded, total }: UploadProgress): FileProgress[] {
  const overhead = Math.max(0, total - files.reduce((sum, f) => sum + f.size, 0));
  const perPart = files.length ? Math.min(overhead / (files.length + 1), PART_OVERHEAD) : 0;
  let start = overhead - perPart * files.length;
  return files.map(({ name, size }) => {
    start += perPart;
    const sent = Math.min(size, Math.max(0, loaded - start));
    start += size;
    return { name, loaded: sent, total: size };
  });
}
