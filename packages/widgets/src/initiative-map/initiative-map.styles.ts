import { css } from 'lit';

// The map's shading is the brand colour in steps (color-mix), over whatever the page paints behind it; in forced
// colours the system's own colours and the counts carry it.
export const initiativeMapStyles = css`
  :host {
    container-type: inline-size;
  }
  section {
    display: grid;
    gap: var(--_space);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
  }
  .zoom {
    display: flex;
    gap: 0.25em;
    margin-inline-end: auto;
  }
  .zoom [part~='zoom-in'],
  .zoom [part~='zoom-out'] {
    min-width: 2.75em;
    font-weight: bold;
  }
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }
  /* Its edge drawn: zoomed in, the districts run up to it, and an edge nobody sees would cut them off in mid-air.
     No taller than most of the window: a phone held sideways sees the whole of Saxony. */
  .frame {
    position: relative;
    border: 0.0625em solid var(--_border);
    max-width: calc(var(--sinn-map-max-height, min(36em, 85svh)) * 3300 / 2600);
    width: 100%;
    margin-inline: auto;
  }
  /*
   * --_k is 1 / zoom and --_u map units per CSS pixel (set by the element): what is drawn in map units keeps its
   * size on screen. One finger pans the map sideways only and still scrolls the page; two fingers pinch the map.
   */
  svg {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 3300 / 2600;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  svg:focus,
  .district:focus,
  .spot:focus {
    outline: none;
  }
  svg:focus-visible {
    outline: 0.1875em solid var(--_brand);
    outline-offset: 0.125em;
  }
  .frame > svg {
    position: relative;
  }
  /* The skeleton takes the map's own box, so nothing moves when the map comes. */
  .map-skeleton {
    width: 100%;
    aspect-ratio: 3300 / 2600;
  }
  .legends {
    display: grid;
  }
  .legends > * {
    grid-area: 1 / 1;
  }
  .legend-room {
    visibility: hidden;
  }
  /* On the district's <g>, which carries its parts, and inherited by its path: a page's ::part(region) and
     ::part(selected) recolour it. The focus's outline and forced colours stay the path's own, over any page's. */
  .district {
    fill: var(--_step);
    stroke: var(--_ground, Canvas);
    stroke-width: calc(6px * var(--_k, 1));
    stroke-linejoin: round;
    cursor: pointer;
  }
  /* A step's colour, for a district's fill and the legend's swatch alike. */
  .step-0 {
    --_step: var(--_subtle);
  }
  .step-1 {
    --_step: color-mix(in srgb, var(--_brand) 22%, transparent);
  }
  .step-2 {
    --_step: color-mix(in srgb, var(--_brand) 42%, transparent);
  }
  .step-3 {
    --_step: color-mix(in srgb, var(--_brand) 64%, transparent);
  }
  .step-4 {
    --_step: color-mix(in srgb, var(--_brand) 86%, transparent);
  }
  .district[aria-pressed='true'] {
    stroke: currentColor;
    stroke-width: calc(16px * var(--_k, 1));
  }
  .district:focus-visible path {
    stroke: currentColor;
    stroke-width: calc(22px * var(--_k, 1));
    stroke-dasharray: calc(40px * var(--_k, 1)) calc(20px * var(--_k, 1));
  }
  svg text {
    font: bold calc(90px * var(--_k, 1)) / 1 var(--_font, sans-serif);
    text-anchor: middle;
    dominant-baseline: central;
    fill: currentColor;
    paint-order: stroke;
    stroke: var(--_ground, Canvas);
    stroke-width: calc(14px * var(--_k, 1));
    pointer-events: none;
  }
  .spot {
    cursor: pointer;
  }
  .spot .dot {
    fill: currentColor;
    stroke: var(--_ground, Canvas);
    stroke-width: max(calc(8px * var(--_k, 1)), calc(1.5px * var(--_u, 1)));
  }
  /* The target: 24 px across at least, however small the dot. */
  .hit {
    fill: transparent;
    stroke: none;
  }
  .district-targets .hit {
    cursor: pointer;
  }
  /* A district's count: as big as the map's own lettering, but never under 12 px on screen (COUNT_PX). */
  .counts text {
    font-size: max(calc(90px * var(--_k, 1)), calc(12px * var(--_u, 1)));
  }
  .cluster text {
    fill: var(--_ground, Canvas);
    stroke: none;
    font-size: max(calc(52px * var(--_k, 1)), calc(10px * var(--_u, 1)));
  }
  /* Focused, a point stands on a disc of the page's ground inside a ring of the text's colour, a gap around its dot:
     whatever a district's shade, one of the two stands out from it (a ring of the brand's colour did not, on the
     darker shades). Drawn only then, and never a target: it does not cover a district's room for a finger. */
  .ring {
    display: none;
    pointer-events: none;
  }
  .spot:focus-visible .ring {
    display: inline;
    fill: var(--_ground, Canvas);
    stroke: currentColor;
    stroke-width: max(calc(10px * var(--_k, 1)), calc(2.5px * var(--_u, 1)));
  }
  .attribution {
    position: absolute;
    z-index: 1;
    inset-block-end: 0;
    inset-inline-end: 0;
    margin: 0;
    padding: 0.1em 0.4em;
    font-size: 0.75em;
    background: color-mix(in srgb, var(--_ground, Canvas) 85%, transparent);
  }
  .attribution a {
    color: inherit;
  }
  .legend {
    margin: 0;
    font-size: 0.875em;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    background: var(--_step);
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 0.0625em solid var(--_border);
  }
  @media (forced-colors: active) {
    .district path {
      fill: Canvas;
      stroke: CanvasText;
    }
    .district[aria-pressed='true'] path {
      fill: Highlight;
    }
    .spot .dot {
      fill: LinkText;
    }
    /* The districts are not shaded here, so the legend of the shading would explain nothing: their counts say it. */
    .legend {
      display: none;
    }
    /* Not Highlight: a chosen district is filled with it. */
    .spot:focus-visible .ring {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
