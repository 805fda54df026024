import { expect } from '@open-wc/testing';
import { encodeQr, formatBits, QR_MAX_VERSION, reedSolomon, versionBits } from '../../src/confirmation/qr.js';
import { QR_VECTORS, STATUS_LINK } from './qr-vectors.js';

/** The symbol's rows in the vectors' notation: hexadecimal, padded with light modules. */
function hexRows(text: string, options?: Parameters<typeof encodeQr>[1]) {
  const qr = encodeQr(text, options);
  return Array.from({ length: qr.size }, (_, y) => {
    const bits = Array.from({ length: qr.size }, (_, x) => (qr.dark(x, y) ? '1' : '0')).join('');
    const padded = bits.padEnd(Math.ceil(bits.length / 4) * 4, '0');
    return padded.match(/.{4}/g)!.map((nibble) => parseInt(nibble, 2).toString(16)).join('');
  });
}

const bytes = (n: number) => 'a'.repeat(n);

describe('the QR encoder (byte mode, level M)', () => {
  for (const vector of QR_VECTORS) {
    it(`draws "${vector.text.slice(0, 24)}…" in version ${vector.version} with mask ${vector.mask} as the reference does`, () => {
      expect(hexRows(vector.text, { mask: vector.mask })).to.deep.equal(vector.rows);
      expect(encodeQr(vector.text).version).to.equal(vector.version, 'the smallest version that holds it');
    });
  }

  it('picks a mask by the standard’s penalty and gives the reference symbol for it', () => {
    const qr = encodeQr(STATUS_LINK);
    const vector = QR_VECTORS.find((v) => v.text === STATUS_LINK)!;
    expect(qr.mask).to.equal(vector.mask);
    expect(hexRows(STATUS_LINK)).to.deep.equal(vector.rows);
  });

  it('writes the format information of the standard’s table (level M, masks 0–7)', () => {
    const table = ['101010000010010', '101000100100101', '101111001111100', '101101101001011',
      '100010111111001', '100000011001110', '100111110010111', '100101010100000'];
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((mask) => formatBits(mask).toString(2).padStart(15, '0'))).to.deep.equal(table);
  });

  it('writes the version information of the standard’s table (versions 7–10)', () => {
    expect([7, 8, 9, 10].map((v) => versionBits(v).toString(16).toUpperCase().padStart(5, '0')))
      .to.deep.equal(['07C94', '085BC', '09A99', '0A4D3']);
  });

  it('computes Reed–Solomon codewords as the standard’s example does (version 1-M, "01234567")', () => {
    // ISO/IEC 18004 annex I: the data codewords of 01234567 in numeric mode, 1-M, and their ten error correction codewords.
    const data = [0x10, 0x20, 0x0c, 0x56, 0x61, 0x80, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11];
    expect(reedSolomon(data, 10)).to.deep.equal([0xa5, 0x24, 0xd4, 0xc1, 0xed, 0x36, 0xc7, 0x87, 0x2c, 0x55]);
  });

  it('chooses the smallest version by capacity: 14 bytes in version 1, 15 in version 2, 213 in version 10', () => {
    expect(encodeQr(bytes(14)).version).to.equal(1);
    expect(encodeQr(bytes(15)).version).to.equal(2);
    expect(encodeQr(bytes(122)).version).to.equal(7);
    expect(encodeQr(bytes(213)).version).to.equal(QR_MAX_VERSION);
    expect(encodeQr(bytes(213)).size).to.equal(57);
  });

  it('refuses text longer than version 10 holds', () => {
    expect(() => encodeQr(bytes(214))).to.throw(RangeError);
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(encodeQr('é'.repeat(7)).version).to.equal(1);
    expect(encodeQr('é'.repeat(8)).version).to.equal(2);
  });
});
