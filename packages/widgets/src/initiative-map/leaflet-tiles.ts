// The street layer's Leaflet side, loaded (`import()`) only after a visitor asked for streets: it is a chunk of
// its own with Leaflet in it, and the map's chunk carries none of it. Leaflet draws the tiles alone, under the
// SVG, which stays the map a person uses: no control, no handler, no attribution of Leaflet's (whose control
// writes HTML; the element shows the partner's attribution as text).
import { Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { CspTileLayer } from './csp-tile-layer.js';
import { leafletStyles } from './leaflet.styles.js';

/** Where the tiles are centred and how far in, in Leaflet's terms (a fractional zoom). */
export interface TilesView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface Tiles {
  /** Shows the tiles at this view, the container's size measured anew. */
  show(view: TilesView): void;
  /** The pixel of the container at which Leaflet draws a WGS84 point; for the tests of the alignment. */
  pixelOf(lat: number, lon: number): { x: number; y: number };
  /** Takes Leaflet and its tiles away; no tile is asked for after it. */
  remove(): void;
}

/** Leaflet's stylesheet, first in the shadow root, so that the element's own rules win where both speak. */
function adoptStyles(root: ShadowRoot): void {
  const sheet = leafletStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}

/** Draws the tiles of `template` into `container`, which lies in `root`. */
export function startTiles(container: HTMLElement, template: string, root: ShadowRoot): Tiles {
  adoptStyles(root);
  const map = new LeafletMap(container, {
    attributionControl: false,
    zoomControl: false,
    boxZoom: false,
    doubleClickZoom: false,
    dragging: false,
    keyboard: false,
    scrollWheelZoom: false,
    touchZoom: false,
    // Any zoom, not Leaflet's whole steps: the SVG's scale decides it.
    zoomSnap: 0,
    zoomAnimation: false,
    fadeAnimation: false,
    markerZoomAnimation: false,
    inertia: false,
    // street-layer.ts watches the container's own size; the window's does not matter.
    trackResize: false,
  });
  // Leaflet's TileLayer, save that a tile it drops never gets a data: URL, which a page's img-src refuses.
  new CspTileLayer(template, {
    // The tile host learns the page's origin, never its path.
    referrerPolicy: 'strict-origin',
    maxZoom: 19,
  }).addTo(map);
  return {
    show({ lat, lon, zoom }) {
      map.invalidateSize({ animate: false, pan: false });
      map.setView([lat, lon], zoom, { animate: false });
    },
    pixelOf(lat, lon) {
      const { x, y } = map.latLngToContainerPoint([lat, lon]);
      return { x, y };
    },
    remove() {
      map.remove();
    },
  };
}
