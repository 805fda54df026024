/**
 * The height of a select's chosen label, in lines of its font size: its box less padding and border.
 * A chosen label that wraps inside its select, rather than being cut, takes two or more.
 */
export function chosenLabelLines(select: HTMLSelectElement): number {
  const style = getComputedStyle(select);
  const frame = ['paddingBlockStart', 'paddingBlockEnd', 'borderBlockStartWidth', 'borderBlockEndWidth']
    .reduce((sum, property) => sum + parseFloat(style[property as never]), 0);
  return (select.getBoundingClientRect().height - frame) / parseFloat(style.fontSize);
}
