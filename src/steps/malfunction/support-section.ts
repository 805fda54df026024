/** The online-support panel: chat, phone and e-mail, then the "support could not help" confirmation. */
import { html } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { checkbox } from '../../ui/fields.js';
import { helpLink, path, type MalfunctionView } from './view.js';
import { ltr } from '../../i18n/bidi.js';

/** A phone number as a `tel:` URI: digits and a leading plus only. */
const telUri = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export function supportSection(v: MalfunctionView) {
  const { chatUrl, phone, email } = v.support;
  return html`<section class="panel support" aria-labelledby="support-title">
    <h3 id="support-title">${msg('Online support')}</h3>
    <p>${msg('Contact our online support to try to solve the problem.')}</p>
    <ul class="support-links">
      <li>${helpLink(chatUrl, msg('Chat'))}</li>
      <li><a href=${telUri(phone)}>${msg(str`Phone: ${ltr(phone)}`)}</a></li>
      <li><a href="mailto:${email}">${msg(str`E-mail: ${ltr(email)}`)}</a></li>
    </ul>
    ${checkbox({
      path: path('supportContacted'),
      label: msg('I contacted online support, but the problem could not be solved.'),
      checked: v.m.supportContacted === true,
      error: v.error('supportContacted'),
      onChange: (checked) => v.set({ supportContacted: checked ? true : undefined }),
    })}
  </section>`;
}
