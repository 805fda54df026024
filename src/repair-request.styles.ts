import { css } from 'lit';

/*
 * The shell's styles. (Comments stay out of the css`` literal, which ships as written.)
 * - `.step-panel[hidden]`: steps built ahead, or visited, wait hidden: invisible, inert, out of the accessibility
 *   tree, clipped to no height, but laid out at the width they will have, so that showing one does not lay it all
 *   out anew. `position: relative` makes it a containing block, so its positioned content (visually hidden text)
 *   is clipped too.
 * - `.step-panel`: the panel ends where its step's content ends (`margin-trim`): the block-end margin of the step's
 *   last element (and the margins collapsing with it) is trimmed, so the gap above the Previous / Next bar is the
 *   bar's own margin on every step, whichever step ends with what, and whichever hidden panels (which margins cannot
 *   collapse through) stand between the step and the bar. Without `margin-trim` (Firefox), the gap stays as before.
 * - `[data-laid-out]`: once laid out, a hidden step keeps that layout (`content-visibility: hidden`) and costs
 *   nothing while the customer types elsewhere; at idle, it is styled and laid out once as shown, then hidden again
 *   (`layOutAsShown` in shell/step-loader.ts), so that it keeps the shown state's style and layout.
 * - In a narrow widget (a phone), the step indicator shows only the current step with its position, "Step 2 of 5:
 *   Malfunction", which fits 320 px in every language.
 * - `.button[hidden]`: Previous stays in the bar on the first step, hidden (so Next only unhides it): hidden even when
 *   a page styles the `back-button` part's `display` (an `!important` rule of the shadow root wins over the page's).
 * - `forced-colors`: forced colours drop backgrounds: the current step keeps its filled circle in system colours.
 */
export const shellStyles = css`
  :host {
    container-type: inline-size;
    background: var(--_color-background);
  }
  :host([hidden]) { display: none; }
  .step-panel { margin-trim: block-end; }
  .step-panel[hidden] {
    display: block !important;
    position: relative;
    block-size: 0; overflow: hidden;
    visibility: hidden; pointer-events: none;
  }
  .step-panel[hidden][data-laid-out] { content-visibility: hidden; }
  .widget { padding: var(--_space-m); }
  .title { font-size: 1.35em; font-weight: 700; margin: 0 0 var(--_space-xs); }
  .intro { color: var(--_color-text-muted); }
  .steps {
    display: flex; flex-wrap: wrap; gap: var(--_space-xs) var(--_space-m);
    list-style: none; margin: 0 0 var(--_space-l); padding: 0 0 var(--_space-m);
    border-block-end: 1px solid var(--_color-border);
    counter-reset: step;
  }
  .steps li { display: flex; align-items: center; gap: var(--_space-xs); color: var(--_color-text-muted); }
  .steps .number {
    display: inline-grid; place-items: center; inline-size: 1.75rem; block-size: 1.75rem;
    border-radius: 50%; border: 2px solid currentColor; font-weight: 700; font-size: 0.9em;
  }
  .steps li.done { color: var(--_color-text); }
  .steps li[aria-current='step'] { color: var(--_color-primary); font-weight: 700; }
  .steps li[aria-current='step'] .number { background: var(--_color-primary); border-color: var(--_color-primary); color: var(--_color-on-primary); }
  @media (forced-colors: active) {
    .steps li[aria-current='step'] .number { forced-color-adjust: none; background: Highlight; border-color: Highlight; color: HighlightText; }
  }
  .button[hidden] { display: none !important; }
  .escape { margin-block-start: var(--_space-l); }
  .loading { color: var(--_color-text-muted); }
  .load-error { color: var(--_color-error); font-weight: 700; }
  @container (max-width: 30rem) {
    .steps li:not([aria-current='step']), .steps .number { display: none; }
    .steps [aria-current] .visually-hidden { all: unset !important; }
    .widget { padding: var(--_space-s); }
    .new-request .button { inline-size: 100%; }
  }
`;
