/**
 * Pictures built in the browser for tests: a canvas drawing encoded by the
 * browser, then an EXIF segment with a GPS position spliced in, and readers
 * of what a picture carries (APPn segments, WebP chunks, its size in pixels).
 */

export async function canvasPicture(width: number, height: number, type = 'image/jpeg'): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#1d70b8');
  gradient.addColorStop(1, '#f47738');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#fff';
  context.fillRect(width / 4, height / 4, width / 2, height / 8);
  return new Uint8Array(await (await canvas.convertToBlob({ type, quality: 0.95 })).arrayBuffer());
}

export const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const u16 = (n: number) => [n & 0xff, n >> 8];
const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];

/**
 * An APP1 Exif segment (little-endian TIFF) with IFD0 pointing to a GPS IFD that
 * holds latitude and longitude (48° 51′ 30″ N, 2° 17′ 40″ E) and a camera make.
 */
function exifWithGps(): number[] {
  const entry = (tag: number, type: number, count: number, value: number[]) => [...u16(tag), ...u16(type), ...u32(count), ...value];
  // Offsets are from the TIFF header. IFD0 at 8: 2 entries (12 bytes each) + next-IFD pointer.
  const ifd0At = 8, ifd0Size = 2 + 2 * 12 + 4;
  const makeAt = ifd0At + ifd0Size;
  const make = [...ascii('DroneCam'), 0];
  const gpsAt = makeAt + make.length;
  const gpsSize = 2 + 4 * 12 + 4;
  const latAt = gpsAt + gpsSize, lonAt = latAt + 24;
  const rational = (n: number, d: number) => [...u32(n), ...u32(d)];
  const tiff = [
    ...ascii('II'), ...u16(42), ...u32(ifd0At),
    ...u16(2),
    ...entry(0x010f, 2, make.length, u32(makeAt)), // Make (ASCII)
    ...entry(0x8825, 4, 1, u32(gpsAt)), // GPSInfo IFD pointer
    ...u32(0),
    ...make,
    ...u16(4),
    ...entry(0x0001, 2, 2, [...ascii('N'), 0, 0, 0]), // GPSLatitudeRef
    ...entry(0x0002, 5, 3, u32(latAt)), // GPSLatitude
    ...entry(0x0003, 2, 2, [...ascii('E'), 0, 0, 0]), // GPSLongitudeRef
    ...entry(0x0004, 5, 3, u32(lonAt)), // GPSLongitude
    ...u32(0),
    ...rational(48, 1), ...rational(51, 1), ...rational(30, 1),
    ...rational(2, 1), ...rational(17, 1), ...rational(40, 1),
  ];
  const body = [...ascii('Exif'), 0, 0, ...tiff];
  const length = body.length + 2;
  return [0xff, 0xe1, length >> 8, length & 0xff, ...body];
}

/** The JPEG with the Exif segment right after its start-of-image marker. */
export const withExif = (jpeg: Uint8Array<ArrayBuffer>) => new Uint8Array([...jpeg.subarray(0, 2), ...exifWithGps(), ...jpeg.subarray(2)]);

/** The APPn segments of a JPEG, as [marker, first bytes as text]. */
export function jpegAppSegments(bytes: Uint8Array): [number, string][] {
  const out: [number, string][] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda) break; // start of scan: the picture data follows
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker >= 0xe0 && marker <= 0xef) out.push([marker, String.fromCharCode(...bytes.subarray(at + 4, at + 10))]);
    at += 2 + length;
  }
  return out;
}

/** The chunk names of a WebP (RIFF) file. */
export function webpChunks(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  for (let at = 12; at + 8 <= bytes.length;) {
    out.push(String.fromCharCode(...bytes.subarray(at, at + 4)));
    const size = view.getUint32(at + 4, true);
    at += 8 + size + (size % 2);
  }
  return out;
}

export const contains = (bytes: Uint8Array, text: string) => new TextDecoder('latin1').decode(bytes).includes(text);
export const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());
export const dimensions = async (file: Blob) => {
  const bitmap = await createImageBitmap(file);
  const size = [bitmap.width, bitmap.height];
  bitmap.close();
  return size;
};
