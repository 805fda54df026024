/**
 * A file's own sending, in its row of the drop zone's list: while it is sent,
 * a native `<progress>` named after the file and a Cancel button; when it
 * could not be sent, why, with a Retry button (Remove is the row's). Nothing
 * once it is sent, so the rows stay compact.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/msg.js';
import { fieldId } from './fields.js';

/** How a file's sending shows: its progress (bytes), or why it failed (words). */
export type FileSending = { loaded: number; total: number } | { failed: string };

export interface FileSendingActions {
  /** The field's path: a failed file's Retry button gets the id of `path.index`, which the error summary focuses. */
  path: string;
  onCancel?: ((index: number) => void) | undefined;
  onRetry?: ((index: number) => void) | undefined;
}

/** The row's sending part; `rowId` names the row's text (the buttons are described by it). */
export function fileSending(sending: FileSending | undefined, a: FileSendingActions, rowId: string, file: File, index: number) {
  if (!sending) return nothing;
  if ('failed' in sending) {
    return html`<span class="error-message file-failure" id="${rowId}-failure"><span class="visually-hidden">${msg('Error:')}</span> ${sending.failed}</span>
      ${a.onRetry ? html`<button type="button" class="link-button" id=${fieldId(`${a.path}.${index}`)}
        aria-describedby="${rowId} ${rowId}-failure" @click=${() => a.onRetry!(index)}>${msg('Try again')}</button>` : nothing}`;
  }
  return html`<span class="file-progress">
      <progress max=${sending.total || 1} value=${Math.min(sending.loaded, sending.total)}
        aria-label=${msg(str`Sending ${file.name}`)}></progress>
      ${a.onCancel ? html`<button type="button" class="link-button" aria-describedby=${rowId}
        @click=${() => a.onCancel!(index)}>${msg('Cancel sending')}</button>` : nothing}
    </span>`;
}
