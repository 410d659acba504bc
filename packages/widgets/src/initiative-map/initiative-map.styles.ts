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
    justify-content: flex-end;
  }
  .button[aria-pressed='true'] {
    background: var(--_brand);
    color: var(--_on-brand);
  }
  .frame {
    position: relative;
    max-width: calc(var(--sinn-map-max-height, 36em) * 3300 / 2600);
    width: 100%;
    margin-inline: auto;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 3300 / 2600;
  }
  /* The street layer's tiles lie in the SVG's own box, under it; Leaflet draws them, the SVG takes every pointer. */
  .tiles {
    position: absolute;
    inset: 0;
    z-index: 0;
    overflow: hidden;
    pointer-events: none;
    background: none;
  }
  /* With streets under them, the districts let them show through; outlines and counts stay as they are. */
  .streets .district path {
    fill-opacity: 0.55;
  }
  .streets-control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .streets-note {
    margin: 0;
    font-size: 0.875em;
  }
  .frame > svg {
    position: relative;
  }
  /* The skeleton takes the map's own box, so nothing moves when the map comes. */
  .map-skeleton {
    width: 100%;
    aspect-ratio: 3300 / 2600;
  }
  .district path {
    stroke: var(--_ground, Canvas);
    stroke-width: 6;
    stroke-linejoin: round;
    cursor: pointer;
  }
  .step-0 path,
  .swatch.step-0 {
    fill: var(--_subtle);
    background: var(--_subtle);
  }
  .step-1 path,
  .swatch.step-1 {
    fill: color-mix(in srgb, var(--_brand) 22%, transparent);
    background: color-mix(in srgb, var(--_brand) 22%, transparent);
  }
  .step-2 path,
  .swatch.step-2 {
    fill: color-mix(in srgb, var(--_brand) 42%, transparent);
    background: color-mix(in srgb, var(--_brand) 42%, transparent);
  }
  .step-3 path,
  .swatch.step-3 {
    fill: color-mix(in srgb, var(--_brand) 64%, transparent);
    background: color-mix(in srgb, var(--_brand) 64%, transparent);
  }
  .step-4 path,
  .swatch.step-4 {
    fill: color-mix(in srgb, var(--_brand) 86%, transparent);
    background: color-mix(in srgb, var(--_brand) 86%, transparent);
  }
  .district[aria-pressed='true'] path {
    stroke: currentColor;
    stroke-width: 16;
  }
  .district:focus {
    outline: none;
  }
  .district:focus-visible path {
    stroke: currentColor;
    stroke-width: 22;
    stroke-dasharray: 40 20;
  }
  svg text {
    font: bold 90px/1 var(--_font, sans-serif);
    text-anchor: middle;
    dominant-baseline: central;
    fill: currentColor;
    paint-order: stroke;
    stroke: var(--_ground, Canvas);
    stroke-width: 14;
    pointer-events: none;
  }
  .point,
  .cluster {
    cursor: pointer;
  }
  .point circle,
  .cluster circle {
    fill: currentColor;
    stroke: var(--_ground, Canvas);
    stroke-width: 8;
  }
  .cluster text {
    fill: var(--_ground, Canvas);
    stroke: none;
    font-size: 52px;
  }
  .point:focus,
  .cluster:focus {
    outline: none;
  }
  .point:focus-visible circle,
  .cluster:focus-visible circle {
    stroke: var(--_brand);
    stroke-width: 16;
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
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 0.0625em solid var(--_border);
  }
  .entries {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25em;
  }
  .entry {
    font: inherit;
    color: inherit;
    text-align: start;
    text-decoration: underline;
    background: none;
    border: 0;
    padding: 0.35em 0;
    min-height: 2.75em;
    cursor: pointer;
  }
  .list h3,
  .place h3 {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }
  @media (forced-colors: active) {
    .district path {
      fill: Canvas;
      stroke: CanvasText;
    }
    .district[aria-pressed='true'] path {
      fill: Highlight;
    }
    .point circle,
    .cluster circle {
      fill: LinkText;
    }
  }
`;
