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
  .drop-zone input[type='file'] {
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
  .thumbnail { inline-size: 3rem; block-size: 3rem; object-fit: cover; border-radius: var(--_radius); flex: none; }
`;
