/**
 * The status element's look-up form: the case number and the e-mail address, in its first view. Its errors are shown
 * as the widget shows them (GOV.UK): a summary with a link per field in error, and each field's own message next to
 * it (`aria-invalid`, `aria-describedby`). A failed look-up (a wrong pair, too many attempts, no connection) is about
 * both fields at once: one notice, which both fields point to.
 */
import { html, nothing } from 'lit';
import { msg } from '../i18n/msg.js';
import { errorSummary } from '../ui/error-summary.js';
import { failureMessage } from './status-texts.js';

/** The look-up form's fields, by the id of their input. */
export type LookupField = 'case-number' | 'case-email';

/**
 * Why a field of the form is in error: left empty (GOV.UK asks for the missing entry), or a case number not in the
 * format `CAS-1234567-ABC123`, an e-mail address that cannot be one.
 */
export type LookupFieldError = 'missing-number' | 'invalid-number' | 'missing-email' | 'invalid-email';
export type LookupFieldErrors = Partial<Record<LookupField, LookupFieldError>>;

/** A field's error in words, at render time. */
function fieldMessage(code: LookupFieldError) {
  switch (code) {
    case 'missing-number': return msg('Enter your case number.');
    case 'missing-email': return msg('Enter your e-mail address.');
    default: return failureMessage(code);
  }
}

/** The typed case number and e-mail, as sent: trimmed, the number in capitals. */
export const normalisedLookup = (form: { caseNumber: string; email: string }) =>
  ({ caseNumber: form.caseNumber.trim().toUpperCase(), email: form.email.trim() });

/** Every field in error at once (none: the form may be sent). */
export function checkLookup(form: { caseNumber: string; email: string }): LookupFieldErrors {
  const { caseNumber, email } = normalisedLookup(form);
  const number: LookupFieldError | undefined = !caseNumber ? 'missing-number'
    : /^CAS-\d{7}-[A-Z0-9]{6}$/.test(caseNumber) ? undefined : 'invalid-number';
  const address: LookupFieldError | undefined = !email ? 'missing-email' : /^[^\s@]+@[^\s@]+$/.test(email) ? undefined : 'invalid-email';
  return { ...(number ? { 'case-number': number } : {}), ...(address ? { 'case-email': address } : {}) };
}

export interface LookupOptions {
  caseNumber: string;
  email: string;
  /** A failed look-up's words, about both fields. */
  error?: string | undefined;
  /** Each field's own error (put into words here, at render time). */
  fieldErrors: LookupFieldErrors;
  busy: boolean;
  onInput: (field: 'caseNumber' | 'email', value: string) => void;
  onSubmit: () => void;
  /** A summary's link was followed: focus this field. */
  onSelect: (field: LookupField) => void;
}

export function lookupForm(o: LookupOptions) {
  const field = (id: LookupField, label: string, value: string, input: (value: string) => void, attrs: { type: string; autocomplete: string; maxlength: number }) => {
    const code = o.fieldErrors[id];
    const error = code && fieldMessage(code);
    const describedBy = [error ? `${id}-error` : '', o.error ? 'lookup-error' : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${id}>${label}</label>
      ${error ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</span>` : nothing}
      <input id=${id} name=${id === 'case-number' ? 'caseNumber' : 'email'} type=${attrs.type} autocomplete=${attrs.autocomplete}
        spellcheck="false" maxlength=${attrs.maxlength} required aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing} .value=${value}
        @input=${(e: Event) => input((e.target as HTMLInputElement).value)} />
    </div>`;
  };
  const summary = (Object.entries(o.fieldErrors) as [LookupField, LookupFieldError][]).map(([path, code]) => ({ path, message: fieldMessage(code) }));
  return html`<form class="lookup" novalidate @submit=${(e: Event) => { e.preventDefault(); o.onSubmit(); }}>
    <h2 tabindex="-1">${msg('Follow your repair')}</h2>
    <p>${msg('Enter the case number from your confirmation and the e-mail address you gave in the request.')}</p>
    ${errorSummary(summary, (path) => o.onSelect(path as LookupField))}
    ${o.error ? html`<p class="notice error" id="lookup-error" role="alert">${o.error}</p>` : nothing}
    ${field('case-number', msg('Case number'), o.caseNumber, (v) => o.onInput('caseNumber', v), { type: 'text', autocomplete: 'off', maxlength: 20 })}
    ${field('case-email', msg('E-mail address'), o.email, (v) => o.onInput('email', v), { type: 'email', autocomplete: 'email', maxlength: 254 })}
    <p><button class="button" type="submit" ?disabled=${o.busy}>${msg('Show my case')}</button></p>
  </form>`;
}
