import { html } from 'lit';
import { msg, str } from '../i18n/msg.js';

/**
 * What the customer does after sending the request: shared by the confirmation
 * view and its plain fallback (shown when the view's code cannot be loaded), so
 * both give the same instructions. Call while rendering.
 */
export const nextSteps = (brand: string) => html`<h3>${msg('Send your product in time')}</h3>
  <ol class="next-steps">
    <li>${msg(str`Your case has been submitted. Select “Print or save as PDF” to print the case form now, or to save it and print it later, then put it in the parcel you send to ${brand}.`)}</li>
    <li>${msg('If the case form is not in your parcel, the process will be delayed and your products may be returned unrepaired.')}</li>
    <li>${msg('Within two business days of the case being created, you will be told how to send your products:')}
      <ul>
        <li>${msg('if you are eligible, a shipping label will be sent to you by e-mail;')}</li>
        <li>${msg('if you are not eligible, you will be informed by e-mail.')}</li>
      </ul>
    </li>
    <li>${msg('Once your case is registered in our workshop, you will be notified automatically by e-mail.')}</li>
  </ol>`;
