/** The service type question, and the notice that replacements are handled by e-mail. */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { radioGroup } from '../../ui/fields.js';
import { helpLink, path, type MalfunctionView } from './view.js';
import { ltr } from '../../i18n/bidi.js';

function replacementNotice(v: MalfunctionView, onContact: () => void) {
  const email = v.support.email;
  return html`<div class="notice replacement" id="replacement-notice">
    <p>${msg('Replacement requests cannot be made online.')}
      ${msg(html`To request a replacement, send an e-mail to <a href="mailto:${email}">${ltr(email)}</a>.`)}</p>
    <p><button type="button" class="button secondary" @click=${onContact}>${msg('Contact support')}</button></p>
  </div>`;
}

export function serviceSection(v: MalfunctionView, onContact: () => void) {
  const replacement = v.m.serviceType === 'replacement';
  return radioGroup({
    path: path('serviceType'),
    label: msg('Which service do you need?'),
    large: true,
    hint: helpLink(v.config.links.serviceChoiceHelp, msg('What should I choose?')),
    value: v.m.serviceType,
    // The notice explains a replacement; the same words as an error beside it would only repeat it.
    error: replacement ? undefined : v.error('serviceType'),
    options: [
      { value: 'repair', label: msg(str`Repair – ${v.config.brand.servicePlan} intervention`) },
      { value: 'replacement', label: msg('Replacement'), hint: msg('Only for products that were defective when unboxed') },
    ],
    onChange: (value) => v.set({ serviceType: value }),
    after: replacement ? replacementNotice(v, onContact) : nothing,
  });
}
