import { css } from 'lit';

export const deviceStyles = css`
  section { margin-block-end: var(--_space-l); }
  .method:empty { display: none; }
  .status { min-block-size: 1.5em; margin: var(--_space-xs) 0 0; color: var(--_color-success); }
  .product {
    display: flex; align-items: center; gap: var(--_space-m);
    margin: var(--_space-m) 0 0; padding: var(--_space-s);
    border: 1px solid var(--_color-border); border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .product img { inline-size: 4rem; block-size: 4rem; object-fit: contain; flex: none; }
  .product figcaption { font-weight: 600; }
`;
