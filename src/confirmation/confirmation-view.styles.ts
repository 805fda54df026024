import { css } from 'lit';

export const confirmationStyles = css`
  .confirmation-panel {
    background: var(--_color-success);
    color: var(--_color-on-primary);
    border-radius: var(--_radius);
    padding: var(--_space-l) var(--_space-m);
    margin-block-end: var(--_space-l);
    text-align: center;
  }
  .confirmation-panel h2 { font-size: 2em; margin-block-end: var(--_space-s); }
  .confirmation-panel .case-number { font-size: 1.25em; margin: 0; }
  /* On one line: a case number broken at its hyphen reads as two. Smaller on a phone so that it fits. */
  .confirmation-panel strong { display: block; font-size: 1.4em; letter-spacing: 0.03em; white-space: nowrap; }
  .next-steps, .follow { padding-inline-start: var(--_space-l); margin: 0 0 var(--_space-l); }
  .next-steps > li, .follow > li { margin-block-end: var(--_space-s); }
  .next-steps ul { padding-inline-start: var(--_space-l); margin-block-start: var(--_space-xs); }
  .preview { margin-block-start: var(--_space-xl); }
  /* The sheet is as wide as the form on it (at most the widget's width), not the widget's whole width. */
  .paper {
    inline-size: fit-content; max-inline-size: 100%; margin-inline: auto;
    border: 1px solid var(--_color-border);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
    padding: var(--_space-l);
    background: #fff;
    overflow-x: auto;
  }
  @container (max-width: 30rem) {
    .paper { padding: var(--_space-s); }
    .confirmation-panel h2 { font-size: 1.6em; }
    .confirmation-panel strong { font-size: 1.1em; letter-spacing: 0; }
  }
  @container (max-width: 20rem) {
    .confirmation-panel strong { font-size: 1em; }
  }
  /* Printed without the document-level copy (no beforeprint): still only the case form. */
  @media print {
    .screen { display: none !important; }
    .preview { margin: 0; }
    .paper { border: 0; box-shadow: none; padding: 0; overflow: visible; }
  }
`;
