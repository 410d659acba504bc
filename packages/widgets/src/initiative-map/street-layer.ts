// The map's optional street layer: a partner's tiles under the SVG, drawn by Leaflet, which comes (as a chunk of
// its own, leaflet-tiles.ts) only once a visitor has asked for streets. Nothing here speaks to the tile host
// before that. The SVG stays the map a person uses; the tiles follow its view.
import { fromMap, MAP_PROJECTION } from '@sinn/sdk/geo';
import type { Tiles, TilesView } from './leaflet-tiles.js';
import type { TileSource } from './tile-source.js';

/** A part of the map's plane (its SVG viewBox, in the units of `@sinn/sdk/geo`'s toMap). */
export interface MapView {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The size the view is drawn at, in CSS pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

/** Leaflet's tile size: a whole world is 256 pixels wide at zoom 0. */
const TILE_SIZE = 256;

/**
 * Leaflet's centre and fractional zoom that show `view` at `size` as the SVG does (preserveAspectRatio's
 * default, "xMidYMid meet": the view's centre in the middle, the whole view inside). Both planes are Web
 * Mercator, so a scale and a shift are all there is between them.
 */
export function tilesViewOf(view: MapView, size: PixelSize): TilesView {
  const pixelsPerUnit = Math.min(size.width / view.w, size.height / view.h);
  const zoom = Math.log2((pixelsPerUnit * 360 * MAP_PROJECTION.unitsPerDegree) / TILE_SIZE);
  const [lon, lat] = fromMap(view.x + view.w / 2, view.y + view.h / 2);
  return { lat, lon, zoom };
}

/**
 * The tiles under the map, for one tile source and one shadow root. `attach(container)` starts Leaflet in a
 * container laid exactly under the SVG; `follow(view)` keeps the tiles on the SVG's view; `attach(undefined)`
 * (the layer turned off, the list shown) takes them away.
 */
export class StreetLayer {
  readonly #source: TileSource;
  readonly #root: ShadowRoot;
  readonly #failed: (error: unknown) => void;
  #tiles: Tiles | undefined;
  #container: HTMLElement | undefined;
  #view: MapView | undefined;
  #size: PixelSize | undefined;
  // A new size of the container is the SVG's new size (the two share one box): measured, not the size last given.
  readonly #resized = new ResizeObserver(() => {
    this.#size = undefined;
    this.#show();
  });

  /** `failed` hears of Leaflet's chunk not coming (the network gone): the element then offers the button again. */
  constructor(source: TileSource, root: ShadowRoot, failed: (error: unknown) => void) {
    this.#source = source;
    this.#root = root;
    this.#failed = failed;
  }

  get source(): TileSource {
    return this.#source;
  }

  /** The Leaflet map drawing now, if any (for tests of the alignment). */
  get tiles(): Tiles | undefined {
    return this.#tiles;
  }

  /** Draws the tiles into `container`, or takes them away with undefined; resolves once they are placed. */
  async attach(container: HTMLElement | undefined): Promise<void> {
    if (container === this.#container) return;
    this.#detach();
    this.#container = container;
    if (!container) return;
    let start: typeof import('./leaflet-tiles.js').startTiles;
    try {
      ({ startTiles: start } = await import('./leaflet-tiles.js'));
    } catch (error) {
      if (this.#container === container) this.#container = undefined;
      this.#failed(error);
      return;
    }
    // Turned off, or moved, while Leaflet was on its way.
    if (this.#container !== container || !container.isConnected) return;
    this.#tiles = start(container, this.#source.template, this.#root);
    this.#resized.observe(container);
    this.#show();
  }

  /**
   * Shows the tiles under `view` (the SVG's viewBox) at `pixelSize` (the SVG's size on screen; measured from the
   * tiles' container when left out, and again whenever that changes size).
   */
  follow(view: MapView, pixelSize?: PixelSize): void {
    const last = this.#view;
    // The element asks on every update; Leaflet is moved only when the view or the size given has changed.
    const same = last && last.x === view.x && last.y === view.y && last.w === view.w && last.h === view.h;
    if (same && pixelSize?.width === this.#size?.width && pixelSize?.height === this.#size?.height) return;
    this.#view = view;
    this.#size = pixelSize;
    this.#show();
  }

  #show(): void {
    const container = this.#container;
    if (!this.#tiles || !container || !this.#view) return;
    const size = this.#size ?? { width: container.clientWidth, height: container.clientHeight };
    if (size.width <= 0 || size.height <= 0) return;
    this.#tiles.show(tilesViewOf(this.#view, size));
  }

  #detach(): void {
    this.#resized.disconnect();
    this.#tiles?.remove();
    this.#tiles = undefined;
  }
}
