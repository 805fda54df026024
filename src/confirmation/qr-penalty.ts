/**
 * The penalty score of a QR matrix (ISO/IEC 18004 §7.8.3): the encoder keeps
 * the data mask with the lowest. Runs of five or more modules of one colour,
 * 2 × 2 blocks, finder-like 1:1:3:1:1 patterns with light space beside them,
 * and the imbalance of dark and light.
 */

/** The score of `dark` (rows of modules). */
export function penalty(dark: readonly (readonly boolean[])[]): number {
  const size = dark.length;
  const column = (x: number) => dark.map((row) => row[x]!);
  let score = 0;
  for (let i = 0; i < size; i++) score += linePenalty(dark[i]!, size) + linePenalty(column(i), size);
  for (let y = 0; y < size - 1; y++) {
    for (let x = 0; x < size - 1; x++) {
      const c = dark[y]![x];
      if (c === dark[y]![x + 1] && c === dark[y + 1]![x] && c === dark[y + 1]![x + 1]) score += 3;
    }
  }
  const darkCount = dark.reduce((n, row) => n + row.filter(Boolean).length, 0);
  const total = size * size;
  return score + (Math.ceil(Math.abs(darkCount * 20 - total * 10) / total) - 1) * 10;
}

/** Runs and finder-like patterns along one row or column (the light border outside counts as light). */
function linePenalty(line: readonly boolean[], size: number) {
  let score = 0;
  let color = false;
  let run = 0;
  const history = [0, 0, 0, 0, 0, 0, 0];
  const push = (length: number) => {
    history.pop();
    history.unshift(history[0] === 0 ? length + size : length);
  };
  const patterns = () => {
    const [before, n, ...rest] = history as [number, number, number, number, number, number, number];
    const core = n > 0 && rest[0] === n && rest[1] === n * 3 && rest[2] === n && rest[3] === n;
    return (core && before >= n * 4 && rest[4] >= n ? 1 : 0) + (core && rest[4] >= n * 4 && before >= n ? 1 : 0);
  };
  for (const module of line) {
    if (module === color) {
      run++;
      if (run === 5) score += 3;
      else if (run > 5) score++;
    } else {
      push(run);
      if (!color) score += patterns() * 40;
      color = module;
      run = 1;
    }
  }
  if (color) {
    push(run);
    run = 0;
  }
  push(run + size);
  return score + patterns() * 40;
}
