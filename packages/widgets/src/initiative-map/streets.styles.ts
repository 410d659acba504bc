import { css } from 'lit';

// The street layer's button, its note and the tiles' box: adopted into the map's shadow root when the streets'
// code comes (only where `tiles` is set), so that a map without streets carries none of it.
export const streetsStyles = css`
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
  .streets .district {
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
  /* Why the streets did not come, on a line of its own under the button. */
  .streets-control > .state {
    flex-basis: 100%;
    margin: 0;
  }
`;
