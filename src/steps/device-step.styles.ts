import { css } from 'lit';

export const deviceStyles = css`
  section { margin-block-end: var(--_space-l); }
  .method:empty { display: none; }
  .status { min-block-size: 1.5em; margin: var(--_space-xs) 0 0; color: var(--_color-success); }
`;
