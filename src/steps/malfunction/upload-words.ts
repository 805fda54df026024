/**
 * Words for files sent ahead, in the Malfunction step: why one could not be
 * sent, and the polite announcement when one was sent or failed. Given at
 * render time.
 */
import { html, nothing } from 'lit';
import type { RepairConfig } from '../../config/config-schema.js';
import { errorMessage } from '../../i18n/error-messages.js';
import { msg, str } from '../../i18n/msg.js';
import type { FailureWords, UploadsController } from './uploads-controller.js';

/** Why a file could not be sent: refused by the server (its code's words), or the network (a cancel is the row's own words). */
export const failureWords = (config: RepairConfig, locale: string): FailureWords => (state) => {
  if (state.code) return errorMessage(state.code, config, locale);
  return msg('This file could not be sent. Check your connection and try again.');
};

/** The polite live region of the step's uploads: the last file that was sent, or that could not be. */
export function uploadAnnouncement(uploads: UploadsController) {
  const ended = uploads.ended;
  return html`<p class="visually-hidden" role="status">${ended
    ? ended.ok ? msg(str`${ended.file.name} was sent.`) : msg(str`${ended.file.name} could not be sent.`)
    : nothing}</p>`;
}
