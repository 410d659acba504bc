import { css } from 'lit';

export const mentorSearchStyles = css`
  :host {
    container-type: inline-size;
  }
  p,
  ul {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .mentor-search,
  .found,
  .results,
  .search,
  .layout {
    display: grid;
    /* One column as wide as the element, never as wide as its longest word. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .search {
    gap: 0.3em;
  }
  .search label {
    font-weight: 600;
  }
  .hint,
  .meta,
  .count {
    font-size: 0.9em;
    opacity: 0.85;
  }
  /* Arrow keys mean nothing to a finger, nor to a phone's screen reader, which swipes. */
  @media (pointer: coarse) {
    .keys {
      display: none;
    }
  }
  .box {
    position: relative;
    display: flex;
    gap: 0.5em;
  }
  .box input {
    flex: 1;
    min-width: 0;
    min-height: max(2.75em, 24px);
    padding: 0.5em 2.6em 0.5em 0.75em;
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  .clear {
    position: absolute;
    inset-inline-end: calc(var(--_button-width, 6em) + 0.5em);
    top: 0;
    width: max(2.75em, 24px);
    height: max(2.75em, 24px);
    display: grid;
    place-items: center;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .clear span {
    font-size: 1.3em;
    line-height: 1;
  }
  .box .button {
    width: var(--_button-width, 6em);
    justify-content: center;
  }
  mark {
    background: color-mix(in srgb, var(--_brand) 22%, transparent);
    color: inherit;
    font-weight: 700;
  }
  .layout {
    gap: calc(var(--_space) * 1.5);
  }
  /* Wide enough, the facets go beside the results, always shown. */
  @container (min-width: 44em) {
    .layout {
      grid-template-columns: minmax(12em, 16em) minmax(0, 1fr);
      align-items: start;
    }
    .refine-toggle,
    .refine-done {
      display: none;
    }
  }
  .facets,
  .refine {
    display: grid;
    gap: var(--_space);
  }
  /* On a phone the facets wait behind this button, so that the results come right after it (see refine.ts). */
  .refine-toggle {
    justify-self: start;
  }
  @container not (min-width: 44em) {
    .refine-closed {
      display: none;
    }
  }
  .facet {
    /* A fieldset is as wide as its widest line by default; on a phone it must wrap instead. */
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
    overflow-wrap: anywhere;
  }
  .facet legend {
    padding: 0;
    margin-block-end: 0.3em;
    font-weight: 600;
  }
  /* A checkbox is smaller than 24 px; its row is 24 px tall at least, on a small font too, so that the boxes are
     24 px apart (the spacing WCAG 2.5.8 allows a smaller target instead of its size). */
  .facet li {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
    min-height: 24px;
    padding-block: 0.15em;
  }
  .facet input {
    width: 1.15em;
    height: 1.15em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_brand);
  }
  .count {
    min-height: 1.45em;
  }
  .link-button {
    min-width: 24px;
    min-height: 24px;
    padding: 0.3em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .mentor {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space);
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .mentor:focus {
    outline: none;
  }
  .mentor:focus-visible {
    outline: 0.2em solid var(--_brand);
  }
  .photo {
    display: grid;
    place-items: center;
    width: 4.5em;
    height: 4.5em;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_subtle);
    font-weight: 700;
  }
  .body {
    display: grid;
    align-content: start;
    gap: 0.4em;
    min-width: 0;
  }
  .body :is(h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.25;
  }
  .role {
    font-weight: 600;
  }
  .bio {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .topic {
    padding: 0.1em 0.55em;
    border: 0.0625em solid var(--_border);
    border-radius: 1em;
    font-size: 0.85em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .unavailable,
  .limited {
    font-size: 0.9em;
    font-style: italic;
  }
  .facets .skeleton.line {
    height: 1em;
    margin-block: 0.45em;
  }
  .skeleton-card .line {
    height: 0.9em;
    margin-block: 0.25em;
  }
  .skeleton-card .line.short {
    width: 45%;
  }
  @container (max-width: 26em) {
    .mentor {
      grid-template-columns: 1fr;
    }
    .box .button {
      --_button-width: 5em;
    }
  }
  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;
