import { css } from 'lit';

export const stateStyles = css`
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .state p {
    margin: 0;
    flex: 1 1 16em;
  }
  .state.error {
    border-inline-start: 0.35em solid var(--_brand);
  }
  /* The button that asks for the next page, while the page comes: it keeps the focus, and says it is busy. Why a
     page did not come stands below it (states.ts, moreButton). */
  [part~='more'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  /* The row under a list with that button (or, under a month's agenda, the next month's). */
  .more-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_space) * 0.5);
  }
  [part~='more'] + .state {
    flex-basis: 100%;
  }
  .skeleton {
    background: var(--_subtle);
    border-radius: calc(var(--_radius) / 2);
    animation: sinn-pulse 1.6s ease-in-out infinite;
  }
  @keyframes sinn-pulse {
    50% {
      opacity: 0.55;
    }
  }
  /* The thing clicked while its whole record comes (base/record-opener.ts): its background pulses, in its own box,
     so nothing around it moves and its text keeps its contrast. Important: over a bar's or button's cursor. */
  [data-opening] {
    cursor: progress !important;
    animation: sinn-opening 1.2s ease-in-out infinite;
  }
  @keyframes sinn-opening {
    50% {
      background-color: color-mix(in srgb, currentColor 16%, transparent);
    }
  }
  /* An SVG shape draws no background: one being opened (a point on the map) pulses whole. */
  svg [data-opening] {
    animation-name: sinn-pulse;
  }
  /* What could not be opened for want of its code (record-opener.ts): over the bottom of the window, where the
     person is, whatever the length of the list. */
  .unreached {
    position: fixed;
    inset: auto 0.75em 0.75em;
    z-index: 2147483000;
    max-width: 34em;
    margin-inline: auto;
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.5);
    background: var(--_ground);
    border-radius: var(--_radius);
    box-shadow: 0 0.25em 1.5em rgb(0 0 0 / 0.3);
  }
  .unreached .state {
    flex-basis: 100%;
  }
  /* The spacing in the detail dialog, whose other styles come with its code (dialog.styles.ts): here, in the place
     the dialog's styles had among an element's static ones, before its own. An open dialog's, so that it outweighs
     an element's own "p { margin: 0 }", which came later and ran a description's paragraphs together. */
  dialog[open] > * {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  .prose {
    white-space: pre-line;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
    [data-opening] {
      animation: none;
      background-color: color-mix(in srgb, currentColor 16%, transparent) !important;
    }
    svg [data-opening] {
      opacity: 0.55;
    }
  }
`;
