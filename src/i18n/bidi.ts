/**
 * Left-to-right values inside right-to-left text. A phone number, an e-mail
 * address, a serial or a case number keeps its own order in an Arabic sentence
 * only if it is isolated: without it, "+33 1 76 54 12 34" reads
 * "34 12 54 76 1 +33".
 */
import { isRtl } from './localization.js';
import { renderingLocale } from './msg.js';

/** U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: `<bdi dir="ltr">` as characters. */
const LRI = '\u2066';
const PDI = '\u2069';

/**
 * `value` isolated left to right when the widget renders a right-to-left
 * language, as is, otherwise. A string, so it fits inside a message
 * (`msg(str\`Phone: ${ltr(phone)}\`)`), an attribute or a table cell alike.
 * Call only while rendering.
 */
export const ltr = (value: string) => (value && isRtl(renderingLocale()) ? `${LRI}${value}${PDI}` : value);
