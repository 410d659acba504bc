import { css } from 'lit';

/**
 * The Leichte-Sprache summary's box (easy-language.ts), adopted with the code of the detail that shows it, and by
 * the survey.
 */
export const easyLanguageStyles = css`
  /* The same room under its heading wherever it stands (an element's own "section" rule may make it a grid). */
  .easy {
    display: grid;
    gap: 0.4em;
    padding: var(--_space);
    border-inline-start: 0.3em solid var(--_brand);
    background: var(--_subtle);
  }
  /* A sub-heading, as large as the other sections' in a detail (not as its title): whatever its level. */
  .easy :is(h2, h3, h4, h5, h6) {
    font-size: 1.05em;
  }
  .easy p {
    margin: 0;
  }
`;
