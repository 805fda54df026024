import { css } from 'lit';

/**
 * Every public token maps onto a private `--_x` variable on `:host`; the
 * widget's styles read only the private names. Defaults meet WCAG AA contrast,
 * in the light and in the dark palette.
 *
 * Dark theme: every colour default is a `light-dark(light, dark)` pair, resolved
 * by the element's `color-scheme` (which also makes native controls dark).
 * The scheme is `theme="dark"` / `theme="light"` when set, otherwise the user's
 * `prefers-color-scheme`. It is decided once, on the outer element: nested
 * elements (which include these tokens too but carry no `theme` attribute)
 * inherit `--_theme`. Public `--repair-request-*` values set by the host win in
 * both schemes.
 *
 * Isolation: shadow DOM keeps page selectors out, but inherited properties
 * still flow in through the host element, and `!important` page rules such as
 * `* { font-size: 40px !important }` match the host itself. The inherited text
 * properties are therefore set here with `!important` (an `!important`
 * declaration in the shadow tree beats one from the page); integrators change
 * them through the tokens instead.
 */
export const tokens = css`
  :host {
    color-scheme: var(--_theme, var(--_preferred-scheme, light));
    --_font-family: var(--repair-request-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--repair-request-font-size, 1rem);
    --_line-height: var(--repair-request-line-height, 1.5);
    --_color-text: var(--repair-request-color-text, light-dark(#1d2430, #e7eaf0));
    --_color-text-muted: var(--repair-request-color-text-muted, light-dark(#4f5b6b, #b0bac8));
    --_color-background: var(--repair-request-color-background, light-dark(#ffffff, #14181f));
    --_color-surface: var(--repair-request-color-surface, light-dark(#f4f6f9, #1f252e));
    --_color-border: var(--repair-request-color-border, light-dark(#8692a3, #7f8a9b));
    --_color-primary: var(--repair-request-color-primary, light-dark(#0b5cad, #8cc2ff));
    --_color-primary-hover: var(--repair-request-color-primary-hover, light-dark(#084a8c, #b5d7ff));
    --_color-on-primary: var(--repair-request-color-on-primary, light-dark(#ffffff, #0b1524));
    --_color-error: var(--repair-request-color-error, light-dark(#b3261e, #ff9b93));
    --_color-success: var(--repair-request-color-success, light-dark(#0f6b3a, #7fdba5));
    --_color-notice: var(--repair-request-color-notice, light-dark(#fff6d6, #3a321c));
    --_color-focus: var(--repair-request-color-focus, #ffbf47);
    --_color-focus-edge: var(--repair-request-color-focus-edge, #0b0c0c);
    /* Two tones, as GOV.UK: one of them stands out on any background, light or dark. */
    --_focus-ring: var(--repair-request-focus-ring, 0 0 0 2px var(--_color-focus-edge), 0 0 0 5px var(--_color-focus));
    --_radius: var(--repair-request-radius, 6px);
    --_space-xs: var(--repair-request-space-xs, 0.25rem);
    --_space-s: var(--repair-request-space-s, 0.5rem);
    --_space-m: var(--repair-request-space-m, 1rem);
    --_space-l: var(--repair-request-space-l, 1.5rem);
    --_space-xl: var(--repair-request-space-xl, 2.5rem);
    --_control-height: var(--repair-request-control-height, 2.75rem);
  }
  @media (prefers-color-scheme: dark) {
    :host { --_preferred-scheme: dark; }
  }
  :host([theme='dark']) { --_theme: dark; }
  :host([theme='light']) { --_theme: light; }

  /* Inherited properties that page rules could push in through the host. */
  :host {
    font-family: var(--_font-family) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: var(--_line-height) !important;
    color: var(--_color-text) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    text-align: start !important;
    white-space: normal !important;
  }
`;
