/**
 * A file's own sending, in its row of the drop zone's list: while it is sent,
 * a native `<progress>` named after the file and a Cancel button; when the
 * customer cancelled it, says so plainly (not as an error), with a Retry
 * button; when it could not be sent, why, with a Retry button unless the
 * server refused the file itself (Remove is the row's). Nothing once it is sent, so the rows stay compact.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/msg.js';
import { fieldId } from './fields.js';
import { keepFocusInRow } from './row-focus.js';

/** How a file's sending shows: its progress (bytes), cancelled by the customer, or why it failed (words). */
export type FileSending = { loaded: number; total: number } | { cancelled: true } | { failed: string; final?: boolean | undefined };

/** Whether the row offers Try again: not for a file the server refused (`final`), which the same bytes cannot change. */
export const canRetry = (sending: FileSending | undefined, a: Pick<FileSendingActions, 'onRetry'>) =>
  !!a.onRetry && !!sending && !('loaded' in sending) && !('final' in sending && sending.final);

export interface FileSendingActions {
  /** The field's path: a failed file's Retry button gets the id of `path.index`, which the error summary focuses. */
  path: string;
  onCancel?: ((index: number) => void) | undefined;
  onRetry?: ((index: number) => void) | undefined;
}

/** The row's sending part; `rowId` names the row's text (the buttons are described by it). */
export function fileSending(sending: FileSending | undefined, a: FileSendingActions, rowId: string, file: File, index: number) {
  if (!sending) return nothing;
  if ('loaded' in sending) {
    return html`<span class="file-progress">
        <progress max=${sending.total || 1} value=${Math.min(sending.loaded, sending.total)}
          aria-label=${msg(str`Sending ${file.name}`)}></progress>
        ${a.onCancel ? html`<button type="button" class="link-button cancel-button" aria-describedby=${rowId}
          @focus=${keepFocusInRow} @click=${() => a.onCancel!(index)}>${msg('Cancel sending')}</button>` : nothing}
      </span>`;
  }
  const why = 'cancelled' in sending
    ? html`<span class="file-note file-cancelled" id="${rowId}-failure">${msg('Sending cancelled.')}</span>`
    : html`<span class="error-message file-failure" id="${rowId}-failure"><span class="visually-hidden">${msg('Error:')}</span> ${sending.failed}</span>`;
  return html`${why}
    ${canRetry(sending, a) ? html`<button type="button" class="link-button retry-button" id=${fieldId(`${a.path}.${index}`)}
      aria-describedby="${rowId} ${rowId}-failure" @focus=${keepFocusInRow} @click=${() => a.onRetry!(index)}>${msg('Try again')}</button>` : nothing}`;
}
