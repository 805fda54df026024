import { expect } from '@open-wc/testing';
import { START_B, STOP, code128Values, encodeCode128, isCode128B, patternOf } from '../../src/confirmation/code128.js';

describe('Code 128 B (pure)', () => {
  it('has eleven-module codes and a thirteen-module stop pattern', () => {
    for (let value = 0; value < STOP; value++) expect(patternOf(value).reduce((a, b) => a + b), `code ${value}`).to.equal(11);
    expect(patternOf(STOP).join('')).to.equal('2331112');
    expect(patternOf(START_B).join('')).to.equal('211214');
  });

  it('gives every code a distinct pattern', () => {
    const patterns = new Set(Array.from({ length: 107 }, (_, v) => patternOf(v).join('')));
    expect(patterns.size).to.equal(107);
  });

  it('encodes characters as their ASCII code minus 32, with the mod-103 check code', () => {
    // "PJJ123C" in subset B: (104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7) mod 103 = 879 mod 103 = 55.
    expect(code128Values('PJJ123C')).to.deep.equal([104, 48, 42, 42, 17, 18, 19, 35, 55, 106]);
    const values = code128Values('CAS-1234567-ABCDEF');
    const data = values.slice(1, -2);
    expect(values[0]).to.equal(104);
    expect(values.at(-1)).to.equal(106);
    expect(data).to.deep.equal([...'CAS-1234567-ABCDEF'].map((c) => c.charCodeAt(0) - 32));
    expect(values.at(-2)).to.equal((104 + data.reduce((s, v, i) => s + v * (i + 1), 0)) % 103);
  });

  it('turns the codes into bars that start and end on a bar', () => {
    const symbol = encodeCode128('CAS-1');
    // start + 5 characters + check = 7 codes of 11 modules, plus the stop pattern.
    expect(symbol.width).to.equal(7 * 11 + 13);
    expect(symbol.bars[0]).to.deep.equal({ x: 0, width: 2 });
    const last = symbol.bars.at(-1)!;
    expect(last.x + last.width).to.equal(symbol.width);
    expect(symbol.bars).to.have.length(7 * 3 + 4);
  });

  it('refuses text outside printable ASCII', () => {
    expect(isCode128B('CAS-1234567-ABCDEF')).to.equal(true);
    expect(isCode128B('CAS-é')).to.equal(false);
    expect(() => code128Values('é')).to.throw(RangeError);
  });
});
