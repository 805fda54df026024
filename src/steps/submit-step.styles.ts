import { css } from 'lit';

export const submitStyles = css`
  :host { container-type: inline-size; }
  .lead { margin-block-end: var(--_space-l); }

  .summary-section { margin-block-end: var(--_space-l); }
  .summary-header {
    border-block-end: 2px solid var(--_color-text); padding-block-end: var(--_space-xs); margin: 0;
  }
  .edit { min-block-size: var(--_control-height); padding-inline: var(--_space-xs); }
  .summary-list { margin: 0; }
  /* GOV.UK's summary list: question, answer, and Change always in the last column (at the end of the question on a phone). */
  .summary-row {
    display: grid; grid-template-columns: minmax(8rem, 30%) 1fr auto; grid-template-areas: "key value change";
    align-items: baseline; gap: var(--_space-xs) var(--_space-m);
    padding-block: var(--_space-s); border-block-end: 1px solid var(--_color-border);
  }
  .summary-row dt { grid-area: key; font-weight: 600; }
  .summary-row dd { margin: 0; min-inline-size: 0; }
  .summary-row .value { grid-area: value; }
  .summary-row .change { grid-area: change; justify-self: end; }
  .description { display: block; white-space: pre-line; overflow-wrap: anywhere; }
  .break { overflow-wrap: anywhere; }
  @container (max-width: 30rem) {
    .summary-row { grid-template-columns: 1fr auto; grid-template-areas: "key change" "value value"; }
  }

  .notices { margin-block: var(--_space-xl) var(--_space-l); }
  .notice-list { padding-inline-start: var(--_space-l); margin: 0 0 var(--_space-m); }
  .notice-list li { margin-block-end: var(--_space-s); }

  .failure {
    border: 4px solid var(--_color-error); border-radius: var(--_radius);
    padding: var(--_space-m); margin-block-end: var(--_space-l);
  }
  .failure:focus { outline: 3px solid transparent; box-shadow: var(--_focus-ring); }
  .failure h3 { color: var(--_color-error); }
  .failure-actions { display: flex; flex-wrap: wrap; gap: var(--_space-m); }


  .busy {
    margin-block-start: var(--_space-m); padding: var(--_space-m);
    border-inline-start: 4px solid var(--_color-primary); border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .busy.offline { background: var(--_color-notice); border-inline-start-color: var(--_color-text); }
  .busy-text { margin-block: 0 var(--_space-m); }
  .busy-text:focus { outline: 3px solid transparent; box-shadow: var(--_focus-ring); }
  .upload { margin-block-end: var(--_space-m); }
  .upload label { display: block; font-weight: 600; margin-block-end: var(--_space-xs); }
  .file-progress { list-style: none; margin: var(--_space-s) 0 0; padding: 0; }
  .file-progress li { display: flex; align-items: center; flex-wrap: wrap; gap: var(--_space-xs) var(--_space-s); }
  .file-progress .break { flex: 1 1 8rem; overflow-wrap: anywhere; }
  .file-progress progress { flex: 1 1 8rem; }
  .upload-bar { display: flex; align-items: center; gap: var(--_space-s); }
  .upload-bar progress {
    flex: 1 1 auto; min-inline-size: 0; block-size: var(--_space-m);
    accent-color: var(--_color-primary);
  }
  .percent { min-inline-size: 3.5em; text-align: end; font-variant-numeric: tabular-nums; }
  @container (max-width: 30rem) {
    .failure-actions .button, .busy .button { inline-size: 100%; flex: 1 1 100%; }
  }
`;
