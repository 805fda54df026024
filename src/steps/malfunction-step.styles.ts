import { css } from 'lit';

export const malfunctionStyles = css`
  section { margin-block-end: var(--_space-xl); }
  fieldset.issues > legend { margin-block-end: var(--_space-s); }
  fieldset.issues > legend h3 { margin: 0; }
  fieldset.issues fieldset.field { margin-block-end: var(--_space-m); }
  /* The error bar runs along the whole question, not along the first group that holds the message. */
  fieldset.issues fieldset.field.has-error { border-inline-start: 0; padding-inline-start: 0; }
  /* The problems in two columns where the widget is wide enough (a container query on the widget); each group keeps its legend. */
  @container (min-width: 34rem) {
    fieldset.issues .choices { grid-template-columns: repeat(2, minmax(0, 1fr)); column-gap: var(--_space-l); }
  }
  /* "Part 2 of 4": under the step's heading, which it describes. */
  .screen-position { margin: calc(-1 * var(--_space-s)) 0 var(--_space-l); color: var(--_color-text-muted); }
  .repair-only { color: var(--_color-text-muted); }
  .replacement { margin-block-start: var(--_space-m); }
  .support-links {
    display: flex; flex-wrap: wrap; gap: var(--_space-s) var(--_space-l);
    list-style: none; margin: 0 0 var(--_space-m); padding: 0;
  }
  .support .field { margin-block-end: 0; }
  .hint.optional { display: inline; }
  .warning strong { color: var(--_color-error); }
  .status { min-block-size: 1.5em; margin: var(--_space-s) 0 0; color: var(--_color-success); font-weight: 600; }
  fieldset.photos { border: 0; margin: 0; padding: 0; min-inline-size: 0; }
  /*
   * The section's space under the last photo row (which collapses out of the step onto the Previous / Next
   * bar's margin) left an empty band of 64 px between the last row and the bar's rule; the bar's margin is enough.
   */
  .photos-section { margin-block-end: 0; }
  /*
   * Up to a dozen shots on one screen: each a compact row (the drop zone's row layout), so the screen fits a
   * phone; two columns where the widget is wide, each row spanning four rows of the grid (label and
   * buttons, hint, error, files) as a subgrid, so that the two columns line up whatever wraps.
   */
  @container (min-width: 40rem) {
    fieldset.photos { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); column-gap: var(--_space-l); }
    fieldset.photos > .error-message { grid-column: 1 / -1; }
    fieldset.photos > .drop-row { grid-row: span 4; grid-template-rows: subgrid; }
  }
  .photo-notes { list-style: none; margin: var(--_space-xs) 0 0; padding: 0; }
  .photo-notes .pending { color: var(--_color-text-muted); }
  .photo-notes .refused .error-message { display: block; }
  .sync-steps ol { margin: 0; padding-inline-start: var(--_space-l); }
`;
