/**
 * GOV.UK's date input: a fieldset whose legend is the question, with day,
 * month and year as three labelled text fields in the order of the widget's
 * language (27 3 2024 in French, 2024 3 27 in Japanese), never the browser's
 * own date picker and its format. The value stays one string, `YYYY-MM-DD`
 * once complete (see schema/date-parts.ts); an error that names a part marks
 * that part alone as invalid.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../i18n/msg.js';
import { dateProblem, splitDate, type DatePart, type DateParts } from '../schema/date-parts.js';
import { joinDateParts, problemPart } from '../schema/date-typing.js';
import { fieldId, optionalMark } from './fields.js';

export interface DateInputOptions {
  /** The schema path; the fieldset's id derives from it, each part's id adds `-day`, `-month`, `-year`. */
  path: string;
  label: string | TemplateResult;
  value: string | undefined;
  locale: string;
  /** The localised error, if the field has one to show. */
  error?: string | undefined;
  optional?: boolean;
  /** Called with the value to store (undefined when every part is empty). */
  onChange: (value: string | undefined) => void;
}

/** The order of day, month and year in a language's numeric dates. */
export function datePartOrder(locale: string): DatePart[] {
  const order = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date(Date.UTC(2024, 2, 27)))
    .map((p) => p.type)
    .filter((t): t is DatePart => t === 'day' || t === 'month' || t === 'year');
  return order.length === 3 ? order : ['day', 'month', 'year'];
}

const partLabel = (part: DatePart) =>
  part === 'day' ? msg('Day') : part === 'month' ? msg('Month') : msg('Year');

const EXAMPLE: DateParts = { day: '27', month: '3', year: '2024' };

/** Reads the three parts back from the fieldset an event came from. */
function partsFrom(event: Event): DateParts {
  const fieldset = (event.target as HTMLElement).closest('fieldset')!;
  const read = (part: DatePart) => fieldset.querySelector<HTMLInputElement>(`input[data-part="${part}"]`)?.value ?? '';
  return { day: read('day'), month: read('month'), year: read('year') };
}

export function dateInput(f: DateInputOptions) {
  const id = fieldId(f.path);
  const parts = splitDate(f.value);
  const order = datePartOrder(f.locale);
  // Which parts to mark: the one the error names, or all of them (missing date, date in the future).
  const named = f.error && f.value ? problemPart(dateProblem(f.value)) : undefined;
  const invalid = (part: DatePart) => !!f.error && (!named || named === part);
  const describedBy = [`${id}-hint`, f.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<fieldset class="field date-field ${f.error ? 'has-error' : ''}" id=${id} aria-describedby=${describedBy}>
    <legend>${f.label}${optionalMark(f.optional)}</legend>
    <span class="hint" id="${id}-hint">${msg(str`For example, ${order.map((p) => EXAMPLE[p]).join(' ')}`)}</span>
    ${f.error
      ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${f.error}</span>`
      : nothing}
    <div class="date-input">
      ${order.map((part) => html`<div class="date-part date-part-${part}">
        <label for="${id}-${part}">${partLabel(part)}</label>
        <input
          type="text"
          id="${id}-${part}"
          name="${f.path}.${part}"
          data-part=${part}
          inputmode="numeric"
          autocomplete="off"
          maxlength=${part === 'year' ? 4 : 2}
          .value=${live(parts[part])}
          aria-invalid=${invalid(part) ? 'true' : 'false'}
          @input=${(e: Event) => f.onChange(joinDateParts(partsFrom(e)))}
          @change=${(e: Event) => f.onChange(joinDateParts(partsFrom(e), true))}
        />
      </div>`)}
    </div>
  </fieldset>`;
}
