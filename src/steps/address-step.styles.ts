import { css } from 'lit';

export const addressStyles = css`
  section { margin-block-end: var(--_space-l); }
  .centre { font-style: normal; }
  .centre > * { display: block; }
  .address-list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space-s); }
  .address {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
  }
  /* The chosen card stands out: a primary border, thickened inside so nothing moves, on the panel colour. */
  .address.selected {
    border-color: var(--_color-primary);
    box-shadow: inset 0 0 0 1px var(--_color-primary);
    background: var(--_color-surface);
  }
  .address .line { display: block; }
  .address .recipient { display: block; font-weight: 600; }
  .address.unavailable label { color: var(--_color-text-muted); }
  .reason { margin: var(--_space-xs) 0 0; padding-inline-start: calc(1.5rem + var(--_space-s)); font-weight: 600; }
  .address-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    margin-block-start: var(--_space-xs);
    padding-inline-start: calc(1.5rem + var(--_space-s));
  }
  .address-actions .link-button { min-block-size: 2rem; }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block-start: var(--_space-s);
    padding: var(--_space-s);
    background: var(--_color-notice);
    border-radius: var(--_radius);
  }
  .confirm p { margin: 0; flex-basis: 100%; font-weight: 600; }
  .button.danger { background: var(--_color-error); border-color: var(--_color-error); }
  .button.danger:hover { background: var(--_color-error); filter: brightness(0.9); }
  .empty { color: var(--_color-text-muted); }
  .address-form { margin-block-end: var(--_space-l); }
  .address-form fieldset {
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .form-actions { display: flex; flex-wrap: wrap; gap: var(--_space-s); }
`;
