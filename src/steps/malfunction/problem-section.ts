/**
 * What is wrong: the problem categories (one group per configured issue group,
 * all writing to `issues`, in two columns where the width allows), and the
 * description with a GOV.UK-style character count (on the next screen).
 */
import { html } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { issueGroupLabel, issueLabel } from '../../i18n/answer-labels.js';
import { checkboxGroup, fieldId, textareaField } from '../../ui/fields.js';
import { formatNumber, path, type MalfunctionView } from './view.js';

export interface DescriptionCount {
  /** The length last announced to screen readers (after typing paused), if any. */
  spoken: number | undefined;
  onInput: (value: string) => void;
}

function issueGroups(v: MalfunctionView) {
  const chosen = v.m.issues ?? [];
  return v.config.issueGroups.map((group, index) => checkboxGroup({
    // The first group carries the field's id and its error, so the error summary can focus it.
    path: index === 0 ? path('issues') : `${path('issues')}-group-${group.id}`,
    label: issueGroupLabel(group),
    values: chosen,
    error: index === 0 ? v.error('issues') : undefined,
    options: group.issues.map((issue) => ({ value: issue.id, label: issueLabel(issue) })),
    onChange: (issues) => v.set({ issues }),
  }));
}

/** The description of the problem, with its character count. */
export function descriptionField(v: MalfunctionView, count: DescriptionCount) {
  const { max } = v.config.description;
  const length = v.m.description?.length ?? 0;
  const counted = (n: number) => msg(str`${formatNumber(n, v.locale)} of ${formatNumber(max, v.locale)} characters`);
  return html`${textareaField({
    path: path('description'),
    label: msg('Describe your problem'),
    hint: msg('A detailed description helps us find the cause faster and shortens processing time.'),
    value: v.m.description,
    error: v.error('description'),
    after: html`<span class="visually-hidden">${msg(str`You can enter up to ${formatNumber(max, v.locale)} characters.`)}</span>
      <p class="counter ${length > max ? 'over' : ''}" aria-hidden="true">${counted(length)}</p>`,
    onInput: count.onInput,
    onChange: (value) => v.set({ description: value }),
  })}
  <p class="visually-hidden" id="${fieldId(path('description'))}-status" aria-live="polite">${
    count.spoken === undefined ? '' : counted(count.spoken)}</p>`;
}

/** The problems, in their configured groups. */
export function problemSection(v: MalfunctionView) {
  return html`<section aria-labelledby="problem-title">
    <fieldset class="field issues ${v.error('issues') ? 'has-error' : ''}" aria-describedby="issues-hint">
      <legend><h3 id="problem-title">${msg('What is the problem with your product?')}</h3></legend>
      <p class="hint" id="issues-hint">${msg('Select all that apply.')}</p>
      ${issueGroups(v)}
      <p class="repair-only">${msg(str`${v.config.brand.name} only provides repair services for the problem with your product.`)}</p>
    </fieldset>
  </section>`;
}
