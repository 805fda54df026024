/**
 * Code 128, subset B: printable ASCII to bar widths, so the case form carries a
 * case number the workshop can scan. Pure: no Lit, no DOM.
 *
 * A symbol is the start code, one code per character, a check code and the
 * stop pattern. Each code is six alternating widths (bar, space, bar…) of one
 * to four modules, eleven modules in all; the stop pattern has a seventh bar.
 */

/** Widths of the codes 0–106 (ISO/IEC 15417, table 1), as digit strings. */
const PATTERNS = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
] as const;

export const START_B = 104;
export const STOP = 106;
/** Modules of light space required on each side of the symbol. */
export const QUIET_ZONE = 10;

/** Whether a text can be encoded in subset B (printable ASCII, space to tilde). */
export const isCode128B = (text: string) => /^[\x20-\x7e]*$/.test(text);

/** The code values of a text in subset B, with start, check and stop codes. */
export function code128Values(text: string): number[] {
  if (!isCode128B(text)) throw new RangeError(`Code 128 B cannot encode "${text}".`);
  const data = [...text].map((ch) => ch.charCodeAt(0) - 32);
  const check = data.reduce((sum, value, i) => sum + value * (i + 1), START_B) % 103;
  return [START_B, ...data, check, STOP];
}

/** The widths of one code value, in modules, starting with a bar. */
export const patternOf = (value: number) => [...PATTERNS[value]!].map(Number);

/** A bar: where it starts and how wide it is, in modules from the start of the symbol (quiet zone excluded). */
export interface Bar {
  x: number;
  width: number;
}

export interface Code128Symbol {
  bars: Bar[];
  /** Width of the symbol in modules, quiet zones excluded. */
  width: number;
}

/** Encodes a text as bars, for any renderer (SVG here). */
export function encodeCode128(text: string): Code128Symbol {
  const bars: Bar[] = [];
  let x = 0;
  for (const value of code128Values(text)) {
    patternOf(value).forEach((width, i) => {
      if (i % 2 === 0) bars.push({ x, width });
      x += width;
    });
  }
  return { bars, width: x };
}
