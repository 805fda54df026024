import { css } from 'lit';

/**
 * Field styles that only the later steps and the contact form use (a text area
 * and its counter, large and inline choices): kept out of the first step's
 * styles (`form.styles.ts`), each element that shows them adds them.
 */
export const laterFieldStyles = css`
  textarea { min-block-size: 8rem; resize: vertical; max-inline-size: 40rem; }
  legend.group-title { font-size: 1.1em; margin-block-end: var(--_space-s); }
  .choices.inline { grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); }
  .counter { color: var(--_color-text-muted); margin-block-start: var(--_space-xs); }
  .counter.over { color: var(--_color-error); font-weight: 700; }
`;
