import { css } from 'lit';

/** The styles of an initiative's detail (in the dialog, or the one initiative of `slug`): they come with its code. */
export const initiativeDetailStyles = css`
  .crowdfunding {
    display: grid;
    gap: 0.3em;
    font-size: 0.9em;
  }
  /* On a wide page a full-width picture would push the text out of sight: at most a banner's height. */
  .single img {
    width: 100%;
    height: auto;
    max-height: 22em;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .single h2 {
    font-size: 1.5em;
    line-height: 1.2;
  }
  .single > * {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  .goals {
    display: grid;
    gap: 0.4em;
    padding: 0;
    list-style: none;
  }
  .goals li {
    display: flex;
    align-items: center;
    gap: 0.6em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
`;
