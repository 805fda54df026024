/**
 * Proof of purchase: channel, date of receipt and an uploaded document. A file
 * input cannot be filled in again, so the attached file (kept in the draft) is
 * listed under it with a Remove button, and stays listed across steps; a file
 * the rules refuse is listed as not accepted, beside the error that says why.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/msg.js';
import { formatFileTypes, formatSize } from '../../i18n/format.js';
import { channelLabel } from '../../i18n/answer-labels.js';
import { dateInput } from '../../ui/date-input.js';
import { fieldId, optionalMark, selectField } from '../../ui/fields.js';
import { path, type MalfunctionView } from './view.js';

export interface FileActions {
  onRemove: (input: HTMLInputElement | null) => void;
}


function fileField(v: MalfunctionView, actions: FileActions) {
  const id = fieldId(path('proofOfPurchase'));
  const { extensions, maxBytes } = v.config.files;
  const file = v.m.proofOfPurchase;
  const error = v.error('proofOfPurchase');
  const types = formatFileTypes(extensions, v.locale);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : '', file ? `${id}-attached` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${id}>${msg('Upload a proof of purchase')}${optionalMark(true)}</label>
    <span class="hint" id="${id}-hint">${msg(str`A ${types} file of up to ${formatSize(maxBytes, v.locale)}.`)}</span>
    ${error
      ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</span>`
      : nothing}
    <input
      type="file"
      id=${id}
      name=${path('proofOfPurchase')}
      accept=${extensions.map((e) => `.${e}`).join(',')}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy || undefined)}
      @change=${(e: Event) => {
        const chosen = (e.target as HTMLInputElement).files?.[0];
        if (chosen) v.set({ proofOfPurchase: chosen });
      }}
    />
    ${file
      ? html`<div class="attachment" id="${id}-attached">
          <span>${error
            ? msg(str`Not accepted: ${file.name} (${formatSize(file.size, v.locale)})`)
            : msg(str`Attached: ${file.name} (${formatSize(file.size, v.locale)})`)}</span>
          <button type="button" class="link-button" @click=${(e: Event) =>
            actions.onRemove((e.target as HTMLElement).closest('.field')?.querySelector('input') ?? null)}>
            ${msg('Remove file')}</button>
        </div>`
      : nothing}
  </div>`;
}

export function purchaseSection(v: MalfunctionView, actions: FileActions) {
  return html`<section aria-labelledby="purchase-title">
    <h3 id="purchase-title">${msg('Proof of purchase')}</h3>
    <p>${msg('Please upload your proof of purchase and enter the date of receipt. This can reduce processing time.')}</p>
    ${selectField({
      path: path('purchaseChannel'),
      label: msg('Purchase channel'),
      optional: true,
      placeholder: msg('Select where you bought the product'),
      value: v.m.purchaseChannel,
      options: v.config.purchaseChannels.map((c) => ({ value: c.id, label: channelLabel(c) })),
      error: v.error('purchaseChannel'),
      onChange: (value) => v.set({ purchaseChannel: value || undefined }),
    })}
    ${dateInput({
      path: path('receivedOn'),
      label: msg('Date of receipt'),
      optional: true,
      locale: v.locale,
      value: v.m.receivedOn,
      error: v.error('receivedOn'),
      onChange: (value) => v.set({ receivedOn: value }),
    })}
    ${fileField(v, actions)}
  </section>`;
}
