import { html } from 'lit';
import { msg } from '../i18n/msg.js';

/** A link to one of the host's help pages, in a new tab, saying so to screen-reader users. */
export const helpLink = (href: string, text: string) =>
  html`<a href=${href} target="_blank" rel="noopener">${text}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a>`;
