/** The status element's look-up form: the case number and the e-mail address, in its first view. */
import { html, nothing } from 'lit';
import { msg } from '../i18n/msg.js';

export interface LookupOptions {
  caseNumber: string;
  email: string;
  error?: string | undefined;
  busy: boolean;
  onInput: (field: 'caseNumber' | 'email', value: string) => void;
  onSubmit: () => void;
}

export function lookupForm(o: LookupOptions) {
  return html`<form class="lookup" novalidate @submit=${(e: Event) => { e.preventDefault(); o.onSubmit(); }}>
    <h2 tabindex="-1">${msg('Follow your repair')}</h2>
    <p>${msg('Enter the case number from your confirmation and the e-mail address you gave in the request.')}</p>
    ${o.error ? html`<p class="notice error" id="lookup-error" role="alert">${o.error}</p>` : nothing}
    <div class="field">
      <label for="case-number">${msg('Case number')}</label>
      <input id="case-number" type="text" name="caseNumber" autocomplete="off" spellcheck="false" maxlength="20" required
        aria-describedby=${o.error ? 'lookup-error' : nothing} .value=${o.caseNumber}
        @input=${(e: Event) => o.onInput('caseNumber', (e.target as HTMLInputElement).value)} />
    </div>
    <div class="field">
      <label for="case-email">${msg('E-mail address')}</label>
      <input id="case-email" name="email" type="email" autocomplete="email" maxlength="254" required
        aria-describedby=${o.error ? 'lookup-error' : nothing} .value=${o.email}
        @input=${(e: Event) => o.onInput('email', (e.target as HTMLInputElement).value)} />
    </div>
    <p><button class="button" type="submit" ?disabled=${o.busy}>${msg('Show my case')}</button></p>
  </form>`;
}
