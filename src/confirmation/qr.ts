/**
 * A QR code encoder (ISO/IEC 18004), as small as the case form needs: byte
 * mode (UTF-8), error correction level M, versions 1 to 10 (up to 213 bytes,
 * enough for a status link). Pure: it returns the matrix of modules; the
 * case form draws it as SVG (`qr-code.ts`).
 */
import { penalty } from './qr-penalty.js';

/** A QR symbol: `size` × `size` modules, `dark(x, y)` for each. */
export interface QrSymbol {
  /** 1 to 10. */
  version: number;
  /** The data mask applied, 0 to 7. */
  mask: number;
  /** Modules per side: 17 + 4 × version. */
  size: number;
  /** Whether the module in column `x` and row `y` is dark. */
  dark(x: number, y: number): boolean;
}

export interface QrOptions {
  /** The smallest version to use (default 1). */
  minVersion?: number;
  /** A fixed data mask (0–7); by default the one with the lowest penalty, as the standard says. */
  mask?: number;
}

/** The largest version this encoder makes. */
export const QR_MAX_VERSION = 10;
/** Codewords per version (index 0 is version 1). */
const TOTAL = [26, 44, 70, 100, 134, 172, 196, 242, 292, 346];
/** Error correction codewords per block, level M. */
const EC_PER_BLOCK = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
/** Error correction blocks, level M. */
const BLOCKS = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5];
/** The level's two format bits: M is 00. */
const LEVEL_M = 0;

const dataCodewords = (v: number) => TOTAL[v - 1]! - EC_PER_BLOCK[v - 1]! * BLOCKS[v - 1]!;
const countBits = (v: number) => (v < 10 ? 8 : 16);
const bit = (value: number, i: number) => ((value >>> i) & 1) === 1;

/** Centres of the alignment patterns of a version: one more in the middle from version 7. */
function alignmentPositions(v: number): number[] {
  if (v === 1) return [];
  const last = 4 * v + 10;
  return v < 7 ? [6, last] : [6, (6 + last) / 2, last];
}

/** Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1. */
function gfMul(x: number, y: number) {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

/** The Reed–Solomon error correction codewords of `data`. */
export function reedSolomon(data: readonly number[], degree: number): number[] {
  const divisor = new Array<number>(degree).fill(0);
  divisor[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      divisor[j] = gfMul(divisor[j]!, root);
      if (j + 1 < degree) divisor[j] ^= divisor[j + 1]!;
    }
    root = gfMul(root, 0x02);
  }
  const result = new Array<number>(degree).fill(0);
  for (const byte of data) {
    const factor = byte ^ result.shift()!;
    result.push(0);
    divisor.forEach((coef, i) => { result[i]! ^= gfMul(coef, factor); });
  }
  return result;
}

/** The 15 format bits for level M and a mask (BCH(15,5), masked with 0x5412). */
export function formatBits(mask: number) {
  const data = (LEVEL_M << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

/** The 18 version bits (BCH(18,6)), versions 7 and up. */
export function versionBits(v: number) {
  let rem = v;
  for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  return (v << 12) | rem;
}

/** The codewords of `bytes` in byte mode for version `v`: data, padded, then interleaved with error correction. */
function codewords(bytes: Uint8Array, v: number): number[] {
  const capacity = dataCodewords(v) * 8;
  const bits: number[] = [];
  const put = (value: number, length: number) => { for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1); };
  put(0b0100, 4);
  put(bytes.length, countBits(v));
  for (const b of bytes) put(b, 8);
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  for (let pad = 0xec; data.length < capacity / 8; pad ^= 0xec ^ 0x11) data.push(pad);

  const blocks = BLOCKS[v - 1]!;
  const ecLength = EC_PER_BLOCK[v - 1]!;
  const shortLength = Math.floor(data.length / blocks);
  const shortBlocks = blocks - (data.length % blocks);
  const split: number[][] = [];
  for (let b = 0, at = 0; b < blocks; b++) {
    const length = shortLength + (b < shortBlocks ? 0 : 1);
    split.push(data.slice(at, (at += length)));
  }
  const ec = split.map((block) => reedSolomon(block, ecLength));
  const result: number[] = [];
  for (let i = 0; i <= shortLength; i++) for (const block of split) if (i < block.length) result.push(block[i]!);
  for (let i = 0; i < ecLength; i++) for (const block of ec) result.push(block[i]!);
  return result;
}

const MASKS: ReadonlyArray<(x: number, y: number) => boolean> = [
  (x, y) => (x + y) % 2 === 0,
  (_, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** A matrix being built: modules and which of them are function patterns (never masked). */
class Matrix {
  readonly dark: boolean[][];
  readonly fixed: boolean[][];
  constructor(readonly size: number) {
    this.dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    this.fixed = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  }

  set(x: number, y: number, dark: boolean) {
    this.dark[y]![x] = dark;
    this.fixed[y]![x] = true;
  }

  functionPatterns(v: number) {
    const { size } = this;
    for (let i = 0; i < size; i++) {
      this.set(6, i, i % 2 === 0);
      this.set(i, 6, i % 2 === 0);
    }
    for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]] as const) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const x = cx + dx, y = cy + dy, d = Math.max(Math.abs(dx), Math.abs(dy));
          if (x >= 0 && x < size && y >= 0 && y < size) this.set(x, y, d !== 2 && d !== 4);
        }
      }
    }
    const centres = alignmentPositions(v);
    const last = centres.length - 1;
    centres.forEach((cx, i) => centres.forEach((cy, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) this.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }));
    this.format(0);
    if (v >= 7) {
      const bits = versionBits(v);
      for (let i = 0; i < 18; i++) {
        const a = size - 11 + (i % 3), b = Math.floor(i / 3);
        this.set(a, b, bit(bits, i));
        this.set(b, a, bit(bits, i));
      }
    }
  }

  format(mask: number) {
    const { size } = this;
    const bits = formatBits(mask);
    for (let i = 0; i <= 5; i++) this.set(8, i, bit(bits, i));
    this.set(8, 7, bit(bits, 6));
    this.set(8, 8, bit(bits, 7));
    this.set(7, 8, bit(bits, 8));
    for (let i = 9; i < 15; i++) this.set(14 - i, 8, bit(bits, i));
    for (let i = 0; i < 8; i++) this.set(size - 1 - i, 8, bit(bits, i));
    for (let i = 8; i < 15; i++) this.set(8, size - 15 + i, bit(bits, i));
    this.set(8, size - 8, true);
  }

  /** Places the codewords in the two-column zigzag, from the bottom right. */
  place(words: readonly number[]) {
    const { size } = this;
    let i = 0;
    for (let right = size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      const upward = ((right + 1) & 2) === 0;
      for (let vert = 0; vert < size; vert++) {
        for (let j = 0; j < 2; j++) {
          const x = right - j, y = upward ? size - 1 - vert : vert;
          if (this.fixed[y]![x] || i >= words.length * 8) continue;
          this.dark[y]![x] = bit(words[i >>> 3]!, 7 - (i & 7));
          i++;
        }
      }
    }
  }

  /** Applies (or, applied twice, removes) a data mask. */
  toggleMask(mask: number) {
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) if (!this.fixed[y]![x] && MASKS[mask]!(x, y)) this.dark[y]![x] = !this.dark[y]![x];
    }
  }
}

/** Encodes `text` (UTF-8, byte mode, level M) in the smallest version that holds it; a `RangeError` past version 10. */
export function encodeQr(text: string, options: QrOptions = {}): QrSymbol {
  const bytes = new TextEncoder().encode(text);
  let version = Math.max(1, options.minVersion ?? 1);
  while (version <= QR_MAX_VERSION && 4 + countBits(version) + 8 * bytes.length > dataCodewords(version) * 8) version++;
  if (version > QR_MAX_VERSION) throw new RangeError(`${bytes.length} bytes do not fit in a version ${QR_MAX_VERSION}-M QR code.`);
  const matrix = new Matrix(17 + 4 * version);
  matrix.functionPatterns(version);
  matrix.place(codewords(bytes, version));
  let mask = options.mask;
  if (mask === undefined) {
    let best = Infinity;
    for (let m = 0; m < 8; m++) {
      matrix.toggleMask(m);
      matrix.format(m);
      const score = penalty(matrix.dark);
      if (score < best) [best, mask] = [score, m];
      matrix.toggleMask(m);
    }
  }
  matrix.toggleMask(mask!);
  matrix.format(mask!);
  const { dark, size } = matrix;
  return { version, mask: mask!, size, dark: (x, y) => dark[y]?.[x] ?? false };
}
