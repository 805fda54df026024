/** A Code 128 symbol as an inline SVG: black bars, light quiet zones, crisp edges for printing. */
import { html, svg } from 'lit';
import { QUIET_ZONE, encodeCode128 } from './code128.js';

/** The narrowest bar, in millimetres: within what handheld scanners read from paper. */
const MODULE_MM = 0.33;
const HEIGHT_MM = 15;

/** The symbol for `text`, announced as one image named `label`. */
export function barcode(text: string, label: string) {
  const { bars, width } = encodeCode128(text);
  const total = width + 2 * QUIET_ZONE;
  return html`<svg class="barcode" role="img" aria-label=${label} xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 ${total} 1" preserveAspectRatio="none" shape-rendering="crispEdges"
      width="${(total * MODULE_MM).toFixed(2)}mm" height="${HEIGHT_MM}mm">
    <rect x="0" y="0" width=${total} height="1" fill="#fff"></rect>
    ${bars.map((bar) => svg`<rect x=${bar.x + QUIET_ZONE} y="0" width=${bar.width} height="1" fill="#000"></rect>`)}
  </svg>`;
}
