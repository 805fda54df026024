/**
 * Small pictures built byte by byte, for tests of what a server accepts: the
 * structure a checker reads (markers, chunks, RIFF length), not a picture
 * anyone needs to see. Plain Uint8Array, so Node and the browser can use them.
 */
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

/** A JPEG: SOI, JFIF APP0, a scan (with a stuffed 0xFF00, a restart marker and `padding` more bytes) and EOI. */
export const jpegBytes = (padding = 0) => new Uint8Array([
  0xff, 0xd8,
  0xff, 0xe0, 0x00, 0x10, ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
  0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00,
  0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78, ...new Array<number>(padding).fill(0x11),
  0xff, 0xd9,
]);

const chunk = (type: string, data: number[]) => [...be32(data.length), ...ascii(type), ...data, 0, 0, 0, 0];

/** A PNG: signature, IHDR (1 × 1), IDAT, IEND. */
export const pngBytes = () => new Uint8Array([
  0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a,
  ...chunk('IHDR', [...be32(1), ...be32(1), 8, 6, 0, 0, 0]),
  ...chunk('IDAT', [0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01]),
  ...chunk('IEND', []),
]);

/** A WebP: a RIFF container holding one VP8L chunk, its length exact. */
export function webpBytes() {
  const body = [...ascii('WEBP'), ...ascii('VP8L'), ...le32(5), 0x2f, 0, 0, 0, 0, 0];
  return new Uint8Array([...ascii('RIFF'), ...le32(body.length), ...body]);
}

/** `picture` with `payload` appended after its end (a polyglot). */
export const withPayload = (picture: Uint8Array, payload: string | number[]) =>
  new Uint8Array([...picture, ...(typeof payload === 'string' ? ascii(payload) : payload)]);

/** The start of a ZIP archive (local file header of `a.html`). */
export const ZIP_HEAD = [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, ...ascii('a.html')];
