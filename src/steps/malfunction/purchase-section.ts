/**
 * Proof of purchase: channel, date of receipt and an uploaded document. The
 * attached file (kept in the draft) is listed under the drop zone with a
 * Remove button, and stays listed across steps; a file the rules refuse is
 * listed as not accepted, beside the error that says why.
 */
import { html } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { formatFileTypes, formatSize } from '../../i18n/format.js';
import { channelLabel } from '../../i18n/answer-labels.js';
import { dateInput } from '../../ui/date-input.js';
import { dropZone } from '../../ui/drop-zone.js';
import { selectField } from '../../ui/fields.js';
import { path, type MalfunctionView } from './view.js';
import type { UploadsController } from './uploads-controller.js';
import { failureWords } from './upload-words.js';

export interface FileActions {
  onRemove: () => void;
  /** The file's sending, when files are sent ahead. */
  uploads: UploadsController;
  /** The device is touch-first: the zone does not invite a drop. */
  touch: boolean;
}

function fileField(v: MalfunctionView, actions: FileActions) {
  const { extensions, maxBytes } = v.config.files;
  const file = v.m.proofOfPurchase;
  const types = formatFileTypes(extensions, v.locale);
  const error = v.error('proofOfPurchase');
  const sending = actions.uploads.sending(file ? [file] : [], failureWords(v.config, v.locale));
  return dropZone({
    path: path('proofOfPurchase'),
    label: msg('Upload a proof of purchase'),
    optional: true,
    hint: msg(str`A ${types} file of up to ${formatSize(maxBytes, v.locale)}.`),
    error,
    files: file ? [file] : [],
    reattach: actions.uploads.lost(path('proofOfPurchase')),
    // A file refused for good has the field's error, which says why: its row does not say it again. A sending
    // still running keeps its progress and Cancel, one that failed its Try again (the field's error then says so).
    sending: error ? sending.map((s) => (s && 'failed' in s && s.final ? undefined : s)) : sending,
    onCancel: () => actions.uploads.cancel(file),
    onRetry: () => actions.uploads.retry(file),
    accept: extensions.map((e) => `.${e}`).join(','),
    locale: v.locale,
    touch: actions.touch,
    onAdd: ([chosen]) => {
      actions.uploads.forget(file);
      actions.uploads.attached(path('proofOfPurchase'));
      v.set({ proofOfPurchase: chosen });
    },
    onRemove: () => {
      actions.uploads.forget(file);
      actions.onRemove();
    },
  });
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
