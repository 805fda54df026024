import { css } from 'lit';

export const partsStyles = css`
  .links { margin: 0; padding-inline-start: var(--_space-l); }
  .links li + li { margin-block-start: var(--_space-xs); }
  .note { color: var(--_color-text-muted); }
  .help { margin-block-end: var(--_space-l); }
  .help summary {
    color: var(--_color-primary);
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    inline-size: fit-content;
  }
  .help[open] summary { margin-block-end: var(--_space-s); }
  .help-body { padding-inline-start: var(--_space-m); border-inline-start: 4px solid var(--_color-border); }
  .help-body > :last-child { margin-block-end: 0; }
  .do-not-send h3 { font-size: 1em; }
  .do-not-send ul { margin: 0; padding-inline-start: var(--_space-l); }
`;
