/**
 * Accessible field templates shared by every step: a visible label, a hint and
 * an error message tied to the control with aria-describedby, aria-invalid on
 * error, fieldsets with legends for groups. Field ids come from the schema path.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { DirectiveResult } from 'lit/directive.js';
import { msg } from '../i18n/msg.js';

/** Words, a template, or a directive's result (a part kept under `guard`). */
type Content = string | TemplateResult | DirectiveResult;

/** The DOM id of a field, from its schema path ("malfunction.description" → "malfunction-description"). */
export const fieldId = (path: string) => path.replace(/\./g, '-');

export interface FieldBase {
  path: string;
  label: Content;
  hint?: Content | undefined;
  error?: string | undefined;
  /** Extra content under the control (counter, status). */
  after?: TemplateResult | typeof nothing;
}

export interface Option {
  value: string;
  label: Content;
  hint?: Content | undefined;
  disabled?: boolean;
}

const describedBy = (id: string, f: FieldBase, extra?: string) =>
  [f.hint ? `${id}-hint` : '', f.error ? `${id}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;

const hintAndError = (id: string, f: FieldBase) => html`
  ${f.hint ? html`<span class="hint" id="${id}-hint">${f.hint}</span>` : nothing}
  ${f.error
    ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${f.error}</span>`
    : nothing}
`;

export interface TextFieldOptions extends FieldBase {
  value: string | undefined;
  onInput: (value: string) => void;
  onChange?: (value: string) => void;
  type?: 'text' | 'email' | 'url' | 'tel' | 'date';
  autocomplete?: string;
  inputmode?: string;
  maxlength?: number;
  min?: string;
  max?: string;
  spellcheck?: boolean;
  optional?: boolean;
}

/**
 * " (optional)" after a label. The space is in the same text node as the words:
 * a text node of white space alone is left out of the accessible name, which
 * would then read "Purchase channel(optional)".
 */
export const optionalMark = (optional?: boolean) => (optional ? html`<span class="hint optional">${` ${msg('(optional)')}`}</span>` : nothing);

export function textField(f: TextFieldOptions) {
  const id = fieldId(f.path);
  return html`<div class="field ${f.error ? 'has-error' : ''}">
    <label for=${id}>${f.label}${optionalMark(f.optional)}</label>
    ${hintAndError(id, f)}
    <input
      id=${id}
      name=${f.path}
      type=${f.type ?? 'text'}
      .value=${live(f.value ?? '')}
      autocomplete=${ifDefined(f.autocomplete)}
      inputmode=${ifDefined(f.inputmode)}
      maxlength=${ifDefined(f.maxlength)}
      min=${ifDefined(f.min)}
      max=${ifDefined(f.max)}
      spellcheck=${ifDefined(f.spellcheck === undefined ? undefined : String(f.spellcheck))}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, f, f.after && f.after !== nothing ? `${id}-after` : undefined))}
      @input=${(e: Event) => f.onInput((e.target as HTMLInputElement).value)}
      @change=${(e: Event) => f.onChange?.((e.target as HTMLInputElement).value)}
    />
    ${f.after && f.after !== nothing ? html`<div id="${id}-after">${f.after}</div>` : nothing}
  </div>`;
}

export interface TextareaOptions extends FieldBase {
  value: string | undefined;
  onInput: (value: string) => void;
  onChange?: (value: string) => void;
  maxlength?: number;
}

export function textareaField(f: TextareaOptions) {
  const id = fieldId(f.path);
  return html`<div class="field ${f.error ? 'has-error' : ''}">
    <label for=${id}>${f.label}</label>
    ${hintAndError(id, f)}
    <textarea
      id=${id}
      name=${f.path}
      rows="6"
      .value=${live(f.value ?? '')}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, f, f.after && f.after !== nothing ? `${id}-after` : undefined))}
      @input=${(e: Event) => f.onInput((e.target as HTMLTextAreaElement).value)}
      @change=${(e: Event) => f.onChange?.((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${f.after && f.after !== nothing ? html`<div id="${id}-after">${f.after}</div>` : nothing}
  </div>`;
}

export interface SelectOptions extends FieldBase {
  value: string | undefined;
  options?: readonly Option[];
  groups?: { label: string; options: readonly Option[] }[];
  placeholder: string;
  onChange: (value: string) => void;
  autocomplete?: string;
  optional?: boolean;
}

const optionTemplate = (o: Option, value: string | undefined) =>
  html`<option value=${o.value} ?selected=${o.value === value} ?disabled=${!!o.disabled}>${o.label}</option>`;

export function selectField(f: SelectOptions) {
  const id = fieldId(f.path);
  return html`<div class="field ${f.error ? 'has-error' : ''}">
    <label for=${id}>${f.label}${optionalMark(f.optional)}</label>
    ${hintAndError(id, f)}
    <select
      id=${id}
      name=${f.path}
      autocomplete=${ifDefined(f.autocomplete)}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, f))}
      @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!f.value}>${f.placeholder}</option>
      ${f.options?.map((o) => optionTemplate(o, f.value))}
      ${f.groups?.map((g) => html`<optgroup label=${g.label}>${g.options.map((o) => optionTemplate(o, f.value))}</optgroup>`)}
    </select>
  </div>`;
}

export interface ChoiceGroupOptions extends FieldBase {
  options: readonly Option[];
  inline?: boolean;
  /** Render the legend as a heading-sized question. */
  large?: boolean;
}

/** One choice among options whose values are `V` (an answer's literal union, so no call site casts). */
export interface RadioGroupOptions<V extends string = string> extends ChoiceGroupOptions {
  options: readonly (Option & { value: V })[];
  value: V | undefined;
  onChange: (value: V) => void;
}

function choiceGroup(f: ChoiceGroupOptions, input: (o: Option, id: string) => TemplateResult) {
  const id = fieldId(f.path);
  return html`<fieldset class="field ${f.error ? 'has-error' : ''}" id=${id}
      aria-describedby=${ifDefined(describedBy(id, f))}>
    <legend class=${f.large ? 'group-title' : ''}>${f.label}</legend>
    ${hintAndError(id, f)}
    <div class="choices ${f.inline ? 'inline' : ''}">
      ${f.options.map((o) => {
        const optionId = `${id}-${o.value}`;
        // The hint sits beside the label, not in it, so that it is read once, as the description (GOV.UK).
        return html`<div class="choice">
          ${input(o, optionId)}
          <div class="choice-text">
            <label for=${optionId}>${o.label}</label>
            ${o.hint ? html`<span class="hint" id="${optionId}-hint">${o.hint}</span>` : nothing}
          </div>
        </div>`;
      })}
    </div>
    ${f.after ?? nothing}
  </fieldset>`;
}

export function radioGroup<V extends string>(f: RadioGroupOptions<V>) {
  return choiceGroup(f, (o, optionId) => html`<input
    type="radio"
    id=${optionId}
    name=${f.path}
    value=${o.value}
    .checked=${live(f.value === o.value)}
    ?disabled=${!!o.disabled}
    aria-describedby=${ifDefined(o.hint ? `${optionId}-hint` : undefined)}
    @change=${() => f.onChange(o.value as V)}
  />`);
}

export interface CheckboxGroupOptions extends ChoiceGroupOptions {
  values: readonly string[];
  onChange: (values: string[]) => void;
}

export function checkboxGroup(f: CheckboxGroupOptions) {
  return choiceGroup(f, (o, optionId) => html`<input
    type="checkbox"
    id=${optionId}
    name=${f.path}
    value=${o.value}
    .checked=${live(f.values.includes(o.value))}
    ?disabled=${!!o.disabled}
    aria-describedby=${ifDefined(o.hint ? `${optionId}-hint` : undefined)}
    @change=${(e: Event) => {
      const checked = (e.target as HTMLInputElement).checked;
      f.onChange(checked ? [...f.values.filter((v) => v !== o.value), o.value] : f.values.filter((v) => v !== o.value));
    }}
  />`);
}

export interface CheckboxOptions extends FieldBase {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A single checkbox (a confirmation): the error sits above it, as in GOV.UK. */
export function checkbox(f: CheckboxOptions) {
  const id = fieldId(f.path);
  return html`<div class="field ${f.error ? 'has-error' : ''}">
    ${hintAndError(id, f)}
    <div class="choice">
      <input
        type="checkbox"
        id=${id}
        name=${f.path}
        .checked=${live(f.checked)}
        aria-invalid=${f.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(id, f))}
        @change=${(e: Event) => f.onChange((e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${f.label}</label>
    </div>
    ${f.after ?? nothing}
  </div>`;
}
