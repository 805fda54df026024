import { css } from 'lit';

/** Styles of `resumeBanner()`; the `.notice` and `.button` looks come from the form styles. */
export const resumeBannerStyles = css`
  .resume h2 { font-size: 1.2em; margin-block: 0 var(--_space-s); }
  .resume h2:focus { outline: 3px solid transparent; box-shadow: var(--_focus-ring); }
  .lost-files { padding-inline-start: var(--_space-m); font-weight: 700; }
  .resume-actions { display: flex; flex-wrap: wrap; gap: var(--_space-m); margin-block-start: var(--_space-m); }
  @container (max-width: 30rem) {
    .resume-actions .button { flex: 1 1 100%; }
  }
`;
