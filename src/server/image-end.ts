/**
 * Where a picture ends, by its own structure, so that bytes appended after it
 * (an archive, a page: a polyglot) are found: a JPEG ends at its EOI marker,
 * a PNG after its IEND chunk, a WebP where its RIFF length says. Applied to
 * every picture the server receives (photos, a proof of purchase, a contact
 * attachment); the widget writes every photo again, so a photo it sends never
 * has anything after its end. Pure: bytes in, a reason out.
 */

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** The offset just after a JPEG's EOI marker, or undefined when it has none. */
function jpegEnd(b: Uint8Array): number | undefined {
  let i = 2;
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) { i += 1; continue; } // fill byte
    if (marker === 0xd9) return i + 2;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { i += 2; continue; }
    if (i + 3 >= b.length) return undefined;
    i += 2 + ((b[i + 2]! << 8) | b[i + 3]!);
    if (marker === 0xda) {
      // Entropy-coded data: up to the next marker that is neither a stuffed 0xFF00 nor a restart.
      while (i + 1 < b.length && !(b[i] === 0xff && b[i + 1] !== 0 && !(b[i + 1]! >= 0xd0 && b[i + 1]! <= 0xd7))) i += 1;
    }
  }
  return undefined;
}

/** The offset just after a PNG's IEND chunk, or undefined when it has none. */
function pngEnd(b: Uint8Array): number | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 8; i + 8 <= b.length;) {
    const next = i + 12 + view.getUint32(i);
    if (ascii(b, i + 4, i + 8) === 'IEND') return next;
    i = next;
  }
  return undefined;
}

/** The offset just after a WebP's RIFF container (padded to an even length). */
const webpEnd = (b: Uint8Array) => (b.length < 12 ? undefined : 8 + new DataView(b.buffer, b.byteOffset).getUint32(4, true));

/** Where each kind of picture ends, by the kind a checked file is (files.ts: `file-type`'s name for it). */
const ENDS: Readonly<Record<string, (b: Uint8Array) => number | undefined>> = { jpg: jpegEnd, png: pngEnd, webp: webpEnd };

/** Whether a file of this kind has an end that `trailingDataReason` finds (a JPEG, a PNG, a WebP). */
export const hasKnownEnd = (kind: string | undefined): kind is string => !!kind && Object.hasOwn(ENDS, kind);

/**
 * Why a picture of this kind (`jpg`, `png`, `webp`) is refused for what lies
 * at or after its end, or undefined when it ends where its bytes end.
 */
export function trailingDataReason(kind: string, bytes: Uint8Array): string | undefined {
  const find = ENDS[kind];
  if (!find) return undefined;
  const end = find(bytes);
  if (end === undefined || end > bytes.length) return `the ${kind.toUpperCase()} picture is cut short or malformed`;
  if (end < bytes.length) return `${bytes.length - end} bytes follow the end of the ${kind.toUpperCase()} picture`;
  return undefined;
}
