import { css } from 'lit';

/** The three boxes of a date input, sized to what they hold (GOV.UK: 2, 2 and 4 characters). */
export const dateInputStyles = css`
  .date-input { display: flex; flex-wrap: wrap; gap: var(--_space-m); }
  .date-part label { font-weight: 400; }
  .date-part input {
    font: inherit;
    color: inherit;
    background: var(--_color-background);
    min-block-size: var(--_control-height);
    padding: var(--_space-s);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    inline-size: 3.5em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .date-part-year input { inline-size: 5em; }
  .date-part input[aria-invalid='true'] { border-color: var(--_color-error); }
`;
