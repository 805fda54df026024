import { css } from 'lit';
import { tokens } from './tokens.styles.js';

/**
 * Shared by the shell and every step: native controls, fields, notices, buttons.
 * What only later steps show is in `later-fields.styles.ts`.
 * (Comments stay out of the css`` literal, which ships as written.)
 * - `select`: a chosen option wider than its select (a model, a problem type in French on a phone) wraps inside
 *   it, where the browser lets a select size to its content; elsewhere it ends with an ellipsis. The open list
 *   shows each option whole.
 */
export const formStyles = [
  tokens,
  css`
    :host {
      display: block;
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: var(--_line-height);
      color: var(--_color-text);
    }
    *, *::before, *::after { box-sizing: border-box; }
    h2, h3, h4 { line-height: 1.25; margin: 0 0 var(--_space-m); }
    h2 { font-size: 1.5em; }
    h3 { font-size: 1.2em; }
    h4 { font-size: 1em; }
    h2:focus, h3:focus { outline: none; }
    p { margin: 0 0 var(--_space-m); }
    a { color: var(--_color-primary); text-underline-offset: 0.15em; }
    a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible {
      outline: 2px solid transparent;
      box-shadow: var(--_focus-ring);
    }
    .field, fieldset.field { margin: 0 0 var(--_space-l); padding: 0; border: 0; min-inline-size: 0; }
    .field.has-error { border-inline-start: 4px solid var(--_color-error); padding-inline-start: var(--_space-m); }
    label, legend { display: block; font-weight: 600; margin-block-end: var(--_space-xs); padding: 0; }
    .hint { display: block; color: var(--_color-text-muted); margin-block-end: var(--_space-s); font-weight: 400; }
    .hint.optional { display: inline; }
    .error-message { display: block; color: var(--_color-error); font-weight: 700; margin-block-end: var(--_space-s); }
    input[type='text'], input[type='email'], input[type='url'], input[type='tel'], input[type='date'], select, textarea {
      font: inherit;
      color: inherit;
      background: var(--_color-background);
      inline-size: 100%;
      max-inline-size: 32rem;
      min-block-size: var(--_control-height);
      padding: var(--_space-s);
      border: 2px solid var(--_color-border);
      border-radius: var(--_radius);
    }
    select { field-sizing: content; white-space: normal; text-overflow: ellipsis; }
    /* As specific as the text fields' own border above: an attribute alone lost to input[type='text']. */
    :is(input, select, textarea)[aria-invalid='true'] { border-color: var(--_color-error); }
    .choices { display: grid; gap: var(--_space-s); }
    .choice { display: flex; align-items: flex-start; gap: var(--_space-s); font-weight: 400; min-block-size: 2.75rem; padding-block: var(--_space-xs); }
    .choice input { inline-size: 1.5rem; block-size: 1.5rem; margin: 0; flex: none; accent-color: var(--_color-primary); }
    .choice label { font-weight: 400; margin: 0; }
    .choice .hint { margin: 0; }
    .notice {
      background: var(--_color-notice);
      border-inline-start: 4px solid var(--_color-primary);
      padding: var(--_space-m);
      border-radius: var(--_radius);
      margin-block-end: var(--_space-l);
    }
    .notice > :last-child { margin-block-end: 0; }
    .panel {
      background: var(--_color-surface);
      padding: var(--_space-m);
      border-radius: var(--_radius);
      margin-block-end: var(--_space-l);
    }
    .panel > :last-child { margin-block-end: 0; }
    .button {
      font: inherit;
      font-weight: 600;
      min-block-size: var(--_control-height);
      padding: var(--_space-s) var(--_space-l);
      border-radius: var(--_radius);
      border: 2px solid var(--_color-primary);
      background: var(--_color-primary);
      color: var(--_color-on-primary);
      cursor: pointer;
    }
    .button:hover { background: var(--_color-primary-hover); border-color: var(--_color-primary-hover); }
    .button.secondary { background: var(--_color-background); color: var(--_color-primary); }
    .button.secondary:hover { background: var(--_color-surface); }
    .button[disabled] { opacity: 0.6; cursor: not-allowed; }
    /* The Previous / Next bar under a step (the shell's, and the Submit step's own with Submit for Next). */
    .actions {
      display: flex; flex-wrap: wrap; gap: var(--_space-m); justify-content: space-between;
      margin-block-start: var(--_space-l); padding-block-start: var(--_space-m);
      border-block-start: 1px solid var(--_color-border);
    }
    .actions[hidden] { display: none; }
    .actions .next { margin-inline-start: auto; }
    /* Narrow: one button a line, in the order they are read and reached with Tab (Previous, then Next). */
    @container (max-width: 30rem) {
      .actions .button { flex: 1 1 100%; }
    }
    .link-button {
      font: inherit; color: var(--_color-primary); background: none; border: 0; padding: 0;
      text-decoration: underline; text-underline-offset: 0.15em; cursor: pointer;
    }
    .visually-hidden {
      position: absolute !important; inline-size: 1px !important; block-size: 1px !important;
      margin: 0 !important; padding: 0 !important; overflow: hidden !important;
      clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important;
    }
    @media (prefers-reduced-motion: reduce) {
      *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
    }
  `,
];
