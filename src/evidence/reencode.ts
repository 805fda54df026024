/**
 * Decodes a picture and writes it again: the pixels only, scaled down to fit
 * a longest side, encoded as WebP or JPEG. What the original carried besides
 * its pixels (EXIF with GPS position, camera serial, comments, a page or an
 * archive appended after the picture) is not copied. Runs in a worker (with
 * `OffscreenCanvas`) or, where there is none, on the page with a canvas.
 * No Lit, no state.
 */

/** How a picture is written again. */
export interface ImageOptions {
  /** The longest side, in pixels, after scaling down (never up). Default 2048. */
  maxSide: number;
  /** The format written: WebP, or JPEG (also used where the browser cannot write WebP). Default WebP. */
  format: 'webp' | 'jpeg';
  /** The encoder's quality, from 0 to 1. Default 0.85. */
  quality: number;
}

export const DEFAULT_IMAGE_OPTIONS: Readonly<ImageOptions> = Object.freeze({ maxSide: 2048, format: 'webp', quality: 0.85 });

/** A picture written again, with its size before and after. */
export interface Reencoded {
  blob: Blob;
  width: number;
  height: number;
  originalWidth: number;
  originalHeight: number;
}

/** The size that fits within `maxSide` on its longest side, keeping the proportions. */
export function fitWithin(width: number, height: number, maxSide: number) {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function makeCanvas(width: number, height: number): { context: Canvas2D; encode: (type: string, quality: number) => Promise<Blob | null> } {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    return { context: canvas.getContext('2d')!, encode: (type, quality) => canvas.convertToBlob({ type, quality }) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return { context: canvas.getContext('2d')!, encode: (type, quality) => new Promise((resolve) => canvas.toBlob(resolve, type, quality)) };
}

const MIME = { webp: 'image/webp', jpeg: 'image/jpeg' } as const;

/**
 * Decodes `source` and writes it again. Throws `DecodeError` when the browser
 * cannot decode it. The picture is turned as its EXIF orientation says before
 * that is dropped, so that it shows as the customer took it.
 */
export async function reencode(source: Blob, options: ImageOptions): Promise<Reencoded> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(source, { imageOrientation: 'from-image' });
  } catch {
    throw new DecodeError();
  }
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height, options.maxSide);
    const { context, encode } = makeCanvas(width, height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    if (options.format === 'jpeg') {
      // JPEG has no transparency: a transparent PNG gets a white background, not a black one.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, width, height);
    }
    context.drawImage(bitmap, 0, 0, width, height);
    let blob = await encode(MIME[options.format], options.quality);
    // A browser that cannot write WebP writes PNG instead: write JPEG then.
    if (!blob || blob.type !== MIME[options.format]) blob = await encode(MIME.jpeg, options.quality);
    if (!blob) throw new DecodeError();
    return { blob, width, height, originalWidth: bitmap.width, originalHeight: bitmap.height };
  } finally {
    bitmap.close();
  }
}

/** The browser could not decode the picture. */
export class DecodeError extends Error {
  constructor() {
    super('The picture could not be decoded.');
    this.name = 'DecodeError';
  }
}
