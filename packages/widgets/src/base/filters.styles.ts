import { css } from 'lit';

export const filterStyles = css`
  /* The bar's own width decides whether it folds (filters.ts), whatever the element's layout around it: the bar is
     the container its controls ask, since a container on the host would change how the calendar is laid out. */
  .filters {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .filter-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.75);
  }
  .filter {
    display: grid;
    gap: 0.25em;
    flex: 1 1 12em;
    /* Not as wide as the longest option: a select that names a long topic must not push a phone's page wider. */
    min-width: 0;
  }
  .filter select {
    /* The width of the row, not of the longest option: options arrive later and must not move the layout. */
    width: 100%;
    min-height: max(2.75em, 24px);
    padding: 0.3em 0.5em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-width: 100%;
  }
  .filters .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }
  .filters-toggle {
    justify-self: start;
  }
  /* Wide enough for three selects side by side (12em each, and the gaps), the selects take one row or two, as
     they always did, and the button is not shown; narrower, they would take a phone's first screen and fold. */
  @container (min-width: 37.5em) {
    .filters-toggle {
      display: none;
    }
  }
  @container not (min-width: 37.5em) {
    .folded {
      display: none;
    }
  }
`;
