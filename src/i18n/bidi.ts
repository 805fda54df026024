/**
 * Left-to-right values inside right-to-left text. A phone number, an e-mail
 * address, a serial or a case number keeps its own order in an Arabic sentence
 * only if it is isolated: without it, "+33 1 76 54 12 34" reads
 * "34 12 54 76 1 +33".
 */
import { html, nothing } from 'lit';
import { isRtl } from './localization.js';
import { renderingLocale } from './msg.js';

/** U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: `<bdi dir="ltr">` as characters. */
const LRI = '\u2066';
const PDI = '\u2069';
/** U+2068 FIRST STRONG ISOLATE: `<bdi>` (direction from the text's first letter) as a character. */
const FSI = '\u2068';

/**
 * `value` isolated left to right when the widget renders a right-to-left
 * language, as is, otherwise. A string, so it fits inside a message
 * (`msg(str\`Phone: ${ltr(phone)}\`)`), an attribute or a table cell alike.
 * Call only while rendering.
 */
export const ltr = (value: string) => (value && isRtl(renderingLocale()) ? `${LRI}${value}${PDI}` : value);

/**
 * Text the customer typed (a name, an address line, a description) isolated in
 * its own direction, taken from its first letter: "12 rue de la Paix" stays in
 * its order in Arabic, and an Arabic street in French. Call only while rendering.
 */
export const auto = (value: string) => (value && isRtl(renderingLocale()) ? `${FSI}${value}${PDI}` : value);

/** Lines of an address (or any typed lines), one under the other, each isolated as `auto`. */
export const isolatedLines = (items: readonly string[]) =>
  html`${items.map((line, i) => html`${i ? html`<br />` : nothing}${auto(line)}`)}`;
