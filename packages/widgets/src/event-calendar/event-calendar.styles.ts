import type { EventCategoryId } from '@sinn/sdk';
import { css, unsafeCSS } from 'lit';

/**
 * Each category's colour: a bar's edge and tint, the legend's swatch. Pages may set their own
 * (`--sinn-category-<id>`). `other` is a category newer than the widget: a neutral grey, "Sonstiges" in the legend.
 */
const CATEGORY_COLOURS: Record<EventCategoryId | 'other', string> = {
  netzwerktreffen: '#1f6feb',
  workshop: '#2e8540',
  hackathon: '#8250df',
  studienreise: '#b35900',
  dialog: '#0a7ea4',
  roadshow: '#c2185b',
  festival: '#d4a000',
  webinar: '#5c6bc0',
  preisverleihung: '#a0522d',
  sprechstunde: '#607d8b',
  other: '#8c959f',
};

// Rules that differ only in a name and a number are written by a loop: as text they cost the chunk more bytes.
const categoryColours = unsafeCSS(
  Object.entries(CATEGORY_COLOURS)
    .map(([id, colour]) => `.cat-${id}{--_cat:var(--sinn-category-${id},${colour})}`)
    .join(''),
);
const spans = unsafeCSS([2, 3, 4, 5, 6, 7].map((span) => `.span-${span}{--span:${span}}`).join(''));

export const eventCalendarStyles = css`
  section {
    display: grid;
    /* As wide as the element, never as wide as its widest line: on a phone the header and rows wrap instead. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    --_heading-size: 1.25em;
  }
  p {
    margin: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .header > :first-child {
    flex: 1 1 auto;
  }
  .nav {
    display: flex;
    gap: 0.4em;
  }
  .nav .button {
    padding-inline: 0.8em;
  }
  .summary {
    /* There before the count is known, so nothing below it moves when it arrives. */
    min-height: 1.45em;
    font-size: 0.9em;
  }
  .subscribe-box summary {
    cursor: pointer;
    color: inherit;
    text-decoration: underline;
    text-decoration-color: var(--_brand);
    text-underline-offset: 0.15em;
    min-height: 24px;
    padding-block: 0.6em;
  }
  .subscribe-box[open] {
    flex: 1 1 100%;
  }

  ${categoryColours}

  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th {
    padding: 0.3em;
    font-size: 0.85em;
    font-weight: 600;
  }
  th.week {
    width: 2.6em;
    opacity: 0.75;
  }
  tbody th.week {
    vertical-align: top;
    font-weight: 400;
  }
  td {
    /* The date, three lanes of events and the "+N more" line: every week is as tall as the others, loaded or not.
       Lanes and "+N more" (1.2em and 1.16em here) are 24 px tall at least, which a small font adds. */
    height: calc(7.4em + 3 * (max(1.2em, 24px) - 1.2em) + max(1.16em, 24px) - 1.16em);
    padding: 0 0 0.2em;
    vertical-align: top;
    border: 0.0625em solid var(--_border);
  }
  td:focus-visible {
    outline-offset: -0.2em;
  }
  td.outside {
    background: var(--_subtle);
  }
  td.outside::before {
    /* A paler colour, not opacity, which would make each of these numbers a layer of its own to paint. */
    color: color-mix(in srgb, currentColor 65%, transparent);
  }
  /* The day's number, drawn from data-date; what assistive technology gets is the text after "/": the long date
     in words, and the events going on from earlier days. Not elements: a month has 42 of them. A browser that
     knows no "/" here (before 2024) keeps the number. */
  td::before {
    content: attr(data-date);
    content: attr(data-date) / attr(data-spoken);
    display: block;
    margin-block: 0.15em;
    margin-inline-end: 0.4em;
    font-size: 0.85em;
    text-align: end;
  }
  /* Only the day with the circle is as wide as its number (fit-content asks the browser for one more measure). */
  .today::before {
    width: fit-content;
    margin-inline-start: auto;
    min-width: 1.7em;
    border-radius: 1em;
    background: var(--_brand);
    color: var(--_on-brand);
    font-weight: 700;
    text-align: center;
  }
  /* An event is a target for a finger too: 24 px tall at least (WCAG 2.5.8), its text in the middle. */
  .lane {
    height: max(1.5em, 24px);
    margin-block-start: 0.15em;
    font-size: 0.8em;
  }
  .bar {
    /* As wide as the days it covers: a multi-day event is one bar across the week. */
    position: relative;
    z-index: 1;
    display: block;
    --span: 1;
    width: calc(var(--span) * 100% + (var(--span) - 1) * 0.078em - 0.4em);
    margin-inline: 0.2em;
    padding: 0 0.35em;
    /* Clipped for the ellipsis, but no scroll container: nothing to scroll, and less for the browser to paint. */
    overflow: clip;
    border: 0;
    border-inline-start: 0.3em solid var(--_cat);
    border-radius: 0.3em;
    /* Opaque: the cells' borders must not show through a bar that reaches across them. */
    background: color-mix(in srgb, var(--_cat) 18%, var(--_ground));
    font: inherit;
    /* The lane's size, which the font shorthand just reset. */
    font-size: 0.8em;
    color: inherit;
    line-height: max(1.5em, 24px);
    text-align: start;
    text-overflow: ellipsis;
    white-space: nowrap;
    cursor: pointer;
  }
  /* Classes, not a style attribute: a strict Content-Security-Policy (style-src 'self') forbids those. */
  ${spans}
  .time {
    font-variant-numeric: tabular-nums;
  }
  .cancelled .title {
    text-decoration: line-through;
  }
  .status {
    font-weight: 700;
  }
  .more {
    /* A block, not a word in a line of its own: the browser lays out no line box around it. */
    display: block;
    min-width: 24px;
    min-height: 24px;
    margin: 0.15em 0.35em 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    font-size: 0.8em;
    color: inherit;
    text-decoration: underline;
    text-decoration-color: var(--_brand);
    cursor: pointer;
  }
  /* Past the lanes a day does not draw (a gap, or an earlier day's bar reaching across): a lane is 1.5em (24 px at
     least) and the 0.15em above it, in the size of a bar and of "+N more". The margin is above, so it never
     collapses into one below the element before. */
  .below-1 { margin-block-start: calc(max(1.5em, 24px) + 0.3em); }
  .below-2 { margin-block-start: calc(2 * max(1.5em, 24px) + 0.45em); }
  .below-3 { margin-block-start: calc(3 * max(1.5em, 24px) + 0.6em); }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
    min-height: 1.45em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .legend li::before {
    content: '';
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.35em;
    border-radius: 0.2em;
    background: var(--_cat);
    vertical-align: -0.05em;
  }

  .agenda,
  .rows,
  .agenda > li {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .agenda {
    gap: var(--_space);
    --_heading-size: 1em;
  }
  /* The lists of events are what a phone's width changes, so they are the containers the query below asks, not
     the element: a container on the element would make the browser style the month grid inside its layout. */
  .rows {
    container-type: inline-size;
  }
  .agenda > li {
    gap: 0.4em;
  }
  .row {
    display: grid;
    grid-template-columns: 6.5em minmax(0, 1fr);
    gap: 0.1em 0.75em;
    width: 100%;
    min-height: 3.2em;
    padding: 0.45em 0.75em;
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.3em solid var(--_cat, var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
    font: inherit;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  .row:hover {
    background: var(--_subtle);
  }
  .row .what {
    font-weight: 600;
  }
  /* Long German compounds break rather than push the row wider than a phone. */
  .row .what,
  .row .where {
    overflow-wrap: break-word;
  }
  .row .where {
    grid-column: 2;
    font-size: 0.85em;
  }
  .upcoming .row {
    grid-template-columns: 3em minmax(0, 1fr);
  }
  /* On a phone the time goes above the title, which then has the row's whole width instead of wrapping word by
     word beside a column of times. */
  @container (max-width: 24em) {
    .row {
      grid-template-columns: minmax(0, 1fr);
      padding-inline: 0.5em;
    }
    .rows:not(.upcoming) .row .where {
      grid-column: 1;
    }
    .rows:not(.upcoming) .row .time {
      font-size: 0.85em;
    }
  }
  .upcoming .badge {
    display: grid;
    grid-row: span 3;
    align-content: center;
    text-align: center;
    line-height: 1.1;
  }
  .upcoming .badge > :first-child {
    font-size: 1.4em;
    font-weight: 700;
  }
  .upcoming .badge > :last-child {
    font-size: 0.8em;
    text-transform: uppercase;
  }
  .upcoming .time,
  .upcoming .what {
    grid-column: 2;
  }
  /* A list's rows while its events come (agenda.ts): an event's row's boxes, each a line of text with a bar as its
     background. The row pulses as a skeleton (states.styles.ts) with the row's own look. */
  .skeleton-rows .row > * {
    background: linear-gradient(var(--_subtle), var(--_subtle)) 0 50% / 70% 0.9em no-repeat;
  }
  @media (forced-colors: active) {
    .bar,
    .row,
    .today::before {
      border: 0.0625em solid CanvasText;
    }
    /* The paler number and the ground of the days around the month are forced away; a system colour is kept. */
    td.outside::before {
      color: GrayText;
    }
  }
`;
