/** A QR code as an inline SVG: one `<path>` of dark modules, a light quiet zone, crisp edges for printing. */
import { html, nothing } from 'lit';
import { encodeQr } from './qr.js';

/** Light modules around the symbol, as the standard requires. */
const QUIET_ZONE = 4;
/** One module, in millimetres: a version 7 code (a status link) prints about 26 mm wide. */
const MODULE_MM = 0.5;

/** The path of the dark modules: one rectangle per horizontal run. */
export function qrPath(text: string): { d: string; size: number } {
  const qr = encodeQr(text);
  const runs: string[] = [];
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      if (!qr.dark(x, y)) continue;
      const start = x;
      while (x + 1 < qr.size && qr.dark(x + 1, y)) x++;
      runs.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start + 1}v1h-${x - start + 1}z`);
    }
  }
  return { d: runs.join(''), size: qr.size + 2 * QUIET_ZONE };
}

/** The symbol for `text`, announced as one image named `label`; nothing when the text is too long for a QR code here. */
export function qrCode(text: string, label: string) {
  let symbol: ReturnType<typeof qrPath>;
  try {
    symbol = qrPath(text);
  } catch {
    return nothing;
  }
  const { d, size } = symbol;
  const mm = `${(size * MODULE_MM).toFixed(1)}mm`;
  return html`<svg class="qr" role="img" aria-label=${label} xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" width=${mm} height=${mm}>
    <rect x="0" y="0" width=${size} height=${size} fill="#fff"></rect>
    <path d=${d} fill="#000"></path>
  </svg>`;
}
