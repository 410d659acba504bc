// Leaflet's TileLayer cancels the request of a tile it no longer wants (a zoom left, a tile scrolled away, the
// layer removed) by setting that image's src to its empty GIF, a data: URL. A partner's Content-Security-Policy
// whose img-src names the tile host alone (as the README asks) refuses it: a CSP violation for every such tile,
// about nine a zoom. Here the image loses its src instead, which cancels its request as well, and loads nothing.
// Part of the street layer's chunk (leaflet-tiles.ts): nothing of it comes before a visitor's consent.
import { GridLayer, TileLayer, type Coords, type TileLayerOptions } from 'leaflet/dist/leaflet-src.esm.js';

/** What Leaflet's GridLayer keeps of its tiles, which its types leave out. */
interface TileLayerInternals {
  _tiles: Record<string, { el: HTMLImageElement; coords: Coords }>;
  _tileZoom: number | undefined;
  _map: unknown;
  fire(type: string, data: object): void;
}

/** GridLayer's own methods that TileLayer overrides, called on from the overrides below. */
const grid = GridLayer.prototype as unknown as {
  _removeTile(this: TileLayerInternals, key: string): void;
  _tileReady(this: TileLayerInternals, coords: Coords, error: unknown, tile: HTMLImageElement | undefined): void;
};

/**
 * A TileLayer whose tiles never get a data: URL: Leaflet 1.9's `_abortLoading`, `_removeTile` and `_tileReady`,
 * with `removeAttribute('src')` where Leaflet sets its `emptyImageUrl`. An image without src fires neither load nor
 * error, so no late event of a cancelled tile reaches a new tile of the same key.
 */
export const CspTileLayer = TileLayer.extend({
  // Stops the tiles of another zoom that are still loading (Leaflet calls it as the zoom changes).
  _abortLoading(this: TileLayerInternals): void {
    for (const [key, { el, coords }] of Object.entries(this._tiles)) {
      if (coords.z === this._tileZoom || el.complete) continue;
      el.removeAttribute('src');
      el.remove();
      delete this._tiles[key];
      this.fire('tileabort', { tile: el, coords });
    }
  },

  _removeTile(this: TileLayerInternals, key: string): void {
    const tile = this._tiles[key];
    if (!tile) return;
    tile.el.removeAttribute('src');
    grid._removeTile.call(this, key);
  },

  _tileReady(this: TileLayerInternals, coords: Coords, error: unknown, tile: HTMLImageElement | undefined): void {
    if (!this._map || (tile && !tile.hasAttribute('src'))) return;
    grid._tileReady.call(this, coords, error, tile);
  },
}) as new (template: string, options?: TileLayerOptions) => TileLayer;
