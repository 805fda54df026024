import { css } from 'lit';

/**
 * Every public token maps onto a private `--_x` variable on `:host`; the
 * widget's styles read only the private names. Defaults meet WCAG AA contrast.
 */
export const tokens = css`
  :host {
    --_font-family: var(--repair-request-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--repair-request-font-size, 1rem);
    --_line-height: var(--repair-request-line-height, 1.5);
    --_color-text: var(--repair-request-color-text, #1d2430);
    --_color-text-muted: var(--repair-request-color-text-muted, #4f5b6b);
    --_color-background: var(--repair-request-color-background, #ffffff);
    --_color-surface: var(--repair-request-color-surface, #f4f6f9);
    --_color-border: var(--repair-request-color-border, #8692a3);
    --_color-primary: var(--repair-request-color-primary, #0b5cad);
    --_color-primary-hover: var(--repair-request-color-primary-hover, #084a8c);
    --_color-on-primary: var(--repair-request-color-on-primary, #ffffff);
    --_color-error: var(--repair-request-color-error, #b3261e);
    --_color-success: var(--repair-request-color-success, #0f6b3a);
    --_color-notice: var(--repair-request-color-notice, #fff6d6);
    --_color-focus: var(--repair-request-color-focus, #ffbf47);
    --_focus-ring: var(--repair-request-focus-ring, 0 0 0 3px var(--_color-focus));
    --_radius: var(--repair-request-radius, 6px);
    --_space-xs: var(--repair-request-space-xs, 0.25rem);
    --_space-s: var(--repair-request-space-s, 0.5rem);
    --_space-m: var(--repair-request-space-m, 1rem);
    --_space-l: var(--repair-request-space-l, 1.5rem);
    --_space-xl: var(--repair-request-space-xl, 2.5rem);
    --_control-height: var(--repair-request-control-height, 2.75rem);
  }
`;
