import { css } from 'lit';

/** The Leichte-Sprache summary's box (easy-language.ts), adopted with the code of the detail that shows it. */
export const easyLanguageStyles = css`
  .easy {
    padding: var(--_space);
    border-inline-start: 0.3em solid var(--_brand);
    background: var(--_subtle);
  }
`;
