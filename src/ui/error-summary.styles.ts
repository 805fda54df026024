import { css } from 'lit';

/** Styles of `errorSummary()` (GOV.UK error summary), for every shadow root that renders one. */
export const errorSummaryStyles = css`
  .error-summary {
    border: 4px solid var(--_color-error); padding: var(--_space-m); margin-block-end: var(--_space-l);
    border-radius: var(--_radius);
  }
  .error-summary:focus { outline: 3px solid transparent; box-shadow: var(--_focus-ring); }
  .error-summary h2 { font-size: 1.2em; }
  .error-summary ul { margin: 0; padding-inline-start: var(--_space-m); }
  .error-summary a { color: var(--_color-error); font-weight: 700; }
`;
