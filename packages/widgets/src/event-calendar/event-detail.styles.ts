import { css } from 'lit';

/** The styles of an event's detail and of the subscribe box's links: they come with the detail's code. */
export const eventDetailStyles = css`
  .subscribe {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .copy input {
    flex: 1 1 16em;
    min-height: 2.75em;
    padding: 0.3em 0.5em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Empty, the status stays in the accessibility tree (a live region that appears with its text is often not
     read), with no room and no gap of its own. */
  .copied:empty {
    margin-top: -0.5em;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    overflow-wrap: break-word;
    gap: 0.4em 1em;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_space);
  }
  .add h3 {
    font-size: 1.05em;
    margin-block-end: 0.4em;
  }
  /* The dialog stands in the top layer, sized by the viewport, not by the element: on a phone its labels
     stand above their values. */
  @media (max-width: 30em) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.1em;
    }
    .facts dd {
      margin-block-end: 0.4em;
    }
  }
`;
