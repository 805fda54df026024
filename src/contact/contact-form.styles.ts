import { css } from 'lit';

export const contactStyles = css`
  .back { margin-block-end: var(--_space-m); }
  .lead { color: var(--_color-text-muted); }
  section { margin-block-end: var(--_space-l); }
  .label { display: block; font-weight: 600; margin-block-end: var(--_space-xs); }
  .hint.inline { display: inline; }
  .verification { padding-block: var(--_space-xs); }
  .verification:focus { outline: 3px solid transparent; box-shadow: var(--_focus-ring); }
  .verification.has-error { border-inline-start: 4px solid var(--_color-error); padding-inline-start: var(--_space-m); }
  .actions {
    margin-block: var(--_space-l); padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_color-border);
  }
  a.button { display: inline-flex; align-items: center; text-decoration: none; }
  .status:empty { display: none; }
  .status { color: var(--_color-text-muted); margin-block-start: var(--_space-s); }
  .failure {
    border-inline-start: 4px solid var(--_color-error); padding: var(--_space-m);
    background: var(--_color-surface); border-radius: var(--_radius); margin-block-end: var(--_space-m);
  }
  .failure:focus { outline: 3px solid transparent; box-shadow: var(--_focus-ring); }
  .failure > :last-child { margin-block-end: 0; }
  .sent { border-inline-start: 4px solid var(--_color-success); }
  .channels ul { margin: 0; padding-inline-start: var(--_space-l); }
  .channels li { margin-block-end: var(--_space-xs); overflow-wrap: anywhere; }
  @container (max-width: 30rem) {
    .actions .button { inline-size: 100%; justify-content: center; }
  }
`;
