import { css } from 'lit';

/**
 * The drop zone: a dashed box in which the file input, made transparent, takes
 * the whole area, so that the words drawn under it answer a click or a drop.
 */
export const dropZoneStyles = css`
  .drop-zone {
    position: relative;
    display: flex; align-items: center; justify-content: center;
    max-inline-size: 32rem; min-block-size: calc(var(--_control-height) * 2);
    padding: var(--_space-m);
    border: 2px dashed var(--_color-border); border-radius: var(--_radius);
    background: var(--_color-surface);
    text-align: center;
  }
  .drop-zone.dragging { border-color: var(--_color-primary); border-style: solid; }
  .drop-zone:focus-within { box-shadow: var(--_focus-ring); }
  .has-error .drop-zone { border-color: var(--_color-error); }
  .drop-zone input[type='file'],
  .drop-button-box input[type='file'] {
    position: absolute; inset: 0; inline-size: 100%; block-size: 100%;
    opacity: 0; cursor: pointer; font: inherit;
  }
  .drop-words { display: flex; flex-wrap: wrap; justify-content: center; gap: var(--_space-xs) var(--_space-s); }
  .drop-button { color: var(--_color-primary); font-weight: 600; text-decoration: underline; text-underline-offset: 0.15em; }
  .file-list { list-style: none; margin: var(--_space-s) 0 0; padding: 0; max-inline-size: 32rem; }
  .file {
    display: flex; align-items: center; flex-wrap: wrap; gap: var(--_space-s) var(--_space-m);
    padding-block: var(--_space-s); border-block-end: 1px solid var(--_color-border);
  }
  .file-text { flex: 1 1 12rem; overflow-wrap: anywhere; }
  .file-text .error-message { margin: var(--_space-xs) 0 0; }
  .file-note { display: block; color: var(--_color-text-muted); }
  .file-progress { display: flex; align-items: center; flex-wrap: wrap; gap: var(--_space-xs) var(--_space-s); margin-block-start: var(--_space-xs); }
  .file-progress progress { flex: 1 1 8rem; accent-color: var(--_color-primary); }
  .file-failure { display: block; }
  .reattach { margin: var(--_space-xs) 0 0; padding-inline-start: var(--_space-m); font-weight: 700; }
  .thumbnail { inline-size: 3rem; block-size: 3rem; object-fit: cover; border-radius: var(--_radius); flex: none; }

  /*
   * The row layout: the label and the buttons on one line, the hint under them across the row, the files
   * below. The whole row takes a drop. Where a parent grid lays rows in columns, each row spans four of its
   * rows (subgrid), so that labels, hints and buttons line up across columns whatever wraps.
   */
  .drop-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: auto auto auto auto;
    grid-template-areas: 'label actions' 'hint hint' 'error error' 'files files';
    column-gap: var(--_space-m);
    align-items: start;
    margin: 0;
    padding-block: var(--_space-s);
    /* A rule above each row: the last needs none, the Previous / Next bar's rule closes the list. */
    border-block-start: 1px solid var(--_color-border);
  }
  .drop-row > label { grid-area: label; align-self: center; margin: 0; }
  .drop-row > .hint { grid-area: hint; margin: var(--_space-xs) 0 0; }
  .drop-row > .error-message { grid-area: error; margin: var(--_space-xs) 0 0; }
  .drop-row > .drop-actions { grid-area: actions; }
  .drop-row > .drop-files { grid-area: files; }
  .drop-row .file-list { margin-block-start: var(--_space-xs); }
  /*
   * Rules go between files: the last file has none, so that the rule that follows (the next row's, or the
   * Previous / Next bar's under a step's last file field) is not doubled.
   */
  .file:last-child { border-block-end: 0; }
  .drop-row.dragging { outline: 2px dashed var(--_color-primary); outline-offset: 2px; background: var(--_color-surface); }
  .drop-actions { display: flex; gap: var(--_space-s); }
  .drop-button-box {
    position: relative;
    display: inline-flex; align-items: center; justify-content: center;
    min-block-size: var(--_control-height); min-inline-size: var(--_control-height);
    padding: 0 var(--_space-m);
    border: 2px solid var(--_color-primary); border-radius: var(--_radius);
    background: var(--_color-background);
  }
  .drop-button-box:focus-within { box-shadow: var(--_focus-ring); }
  .drop-button-box .drop-button { display: inline-flex; align-items: center; gap: var(--_space-xs); text-decoration: none; white-space: nowrap; }
  .button-icon { flex: none; }
  .button-short { display: none; }
  /*
   * Where the row is narrow (a phone), its buttons show their icons with one short word under each ("Photo",
   * "Gallery"), within the control's height, so that the label keeps the width; their inputs keep their full names.
   */
  @container (max-width: 30rem) {
    .drop-row .drop-button-box { padding: 0 var(--_space-xs); }
    .drop-row .drop-button { flex-direction: column; gap: 0; }
    .drop-row .button-icon { inline-size: 1.25rem; block-size: 1.25rem; }
    .drop-row .button-short { display: block; font-size: 0.8em; line-height: 1.1; }
    .drop-row .button-words {
      position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
    }
  }
`;
