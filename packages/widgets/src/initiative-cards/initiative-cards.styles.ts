import { css } from 'lit';

export const initiativeCardsStyles = css`
  :host {
    container-type: inline-size;
  }
  section {
    display: grid;
    gap: var(--_space);
  }
  .cards {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
  }
  .cards.grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
  }
  .cards > .slot {
    display: grid;
  }
  .card {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card .media {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  .media.empty {
    background: linear-gradient(135deg, var(--_brand), color-mix(in srgb, var(--_brand) 40%, transparent));
    opacity: 0.35;
  }
  .body {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
  }
  .list .card {
    flex-direction: row;
  }
  /* The image fills the row's height when the text is the taller, cropped rather than leaving a gap below it. */
  .list .card .media {
    width: min(35%, 14em);
    flex: none;
    align-self: stretch;
  }
  .compact .body {
    padding: calc(var(--_space) * 0.6) var(--_space);
    gap: 0.2em;
  }

  /* Fixed heights, clamped text: every card of a view is as tall as the others and as its skeleton. Each text
     slot shows exactly --lines lines of its own line height; the views set only how many. A minimum, not a height:
     a reader's own wider line spacing (WCAG 1.4.12) makes the clamped lines taller, and they must not be cut. */
  .title-slot {
    --lines: 2;
    /* Room for the title button's 24 px (below) where one line is less, at a small font. */
    min-height: max(var(--lines) * 1.25 * 1.15em, 24px);
    overflow: hidden;
  }
  /* A card's lines are clamped, so that cards in a row line up; the open initiative's detail shows them whole. */
  .card .meta {
    --lines: 2;
    min-height: calc(var(--lines) * 1.45em);
  }
  .teaser {
    --lines: 3;
    min-height: calc(var(--lines) * 1.45em);
  }
  .title-slot > *,
  .card .meta,
  .teaser {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--lines);
    overflow: hidden;
  }
  /* Two rows of badges (a card shows two topics at most, card.ts): each 1.6 lines of the badges' 0.85em and their
     borders, rounded up to whole pixels, and the gap between. */
  .card .topics {
    height: 3.45em;
    overflow: hidden;
    align-content: flex-start;
  }
  /* The last topic shown and how many more: one item, its topic cut short rather than the count wrapped away. */
  .topic-last {
    display: flex;
    gap: 0.35em;
    min-width: 0;
    max-width: 100%;
  }
  .topic-last > .topic:first-child {
    min-width: 0;
  }
  .more-topics {
    flex: none;
  }
  /* The goals and, apart from their list, a campaign's link: one row, with room for the link's 24 px at a small
     font; goals that would not fit are cut, never the link. */
  .badges-row {
    display: flex;
    gap: 0.35em;
    height: max(1.75em, 24px);
    overflow: clip;
    overflow-clip-margin: 0.3em;
  }
  .card .badges {
    flex-wrap: nowrap;
    min-width: 0;
    overflow: clip;
    overflow-clip-margin: 0.3em;
  }
  /* A list row is wide: one line each for title and meta, two for the teaser, one row of topics. */
  .list .title-slot,
  .list .meta,
  .compact .title-slot,
  .compact .meta {
    --lines: 1;
  }
  .list .teaser {
    --lines: 2;
  }
  /* One row: the badges share it, each cut short where they would not fit. */
  .list .card .topics {
    height: 1.6em;
    flex-wrap: nowrap;
  }
  .list .card .topics > li {
    min-width: 0;
  }
  /* Narrow, a list row becomes a card like the grid's, with the grid card's lines. */
  @container (max-width: 30em) {
    .list .card {
      flex-direction: column;
    }
    .list .card .media {
      width: 100%;
    }
    .list .title-slot,
    .list .meta {
      --lines: 2;
    }
    .list .teaser {
      --lines: 3;
    }
    /* A compact row on a phone: two lines of title, where one kept "Telemedizin-Station…" and lost the place. */
    .compact .title-slot {
      --lines: 2;
    }
    .list .card .topics {
      height: 3.45em;
      flex-wrap: wrap;
    }
  }
  /* The title button and the crowdfunding link are 24 × 24 px at least, however small the page's font (WCAG
     2.5.8): a line of text is less. The button clamps its own lines, as a block only as wide as its words. */
  .open {
    all: unset;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--lines);
    overflow: hidden;
    box-sizing: border-box;
    width: fit-content;
    max-width: 100%;
    min-width: 24px;
    min-height: 24px;
    font: inherit;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-color: var(--_brand);
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.15em;
  }
  .open:focus-visible {
    /* Inside the clamped title, so the ring is drawn within it. */
    outline: 0.15em solid var(--_brand);
    outline-offset: -0.15em;
  }
  p {
    margin: 0;
  }
  .more-row {
    /* The row is there before and after loading, with or without its button: nothing below it moves. */
    min-height: 2.75em;
  }
  .funding {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 0.35em;
    margin: 0;
    margin-inline-start: auto;
    font-size: 0.85em;
    font-weight: 600;
  }
  .funding a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 24px;
    min-height: 24px;
  }
  .funding progress {
    width: 4em;
    height: 0.6em;
  }
  .skeleton-card .media {
    display: block;
    aspect-ratio: 16 / 9;
  }
  .skeleton-card .line {
    height: 0.9em;
    margin-block: 0.25em;
  }
  .skeleton-card .line.short {
    width: 45%;
  }
  @media (forced-colors: active) {
    .sdg {
      border: 0.0625em solid CanvasText;
    }
  }
`;
