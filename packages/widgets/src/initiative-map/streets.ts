// What the map shows of its street layer (the button, the tiles' box, their attribution) and what it does, loaded
// (`import()`, a chunk of its own from the SINN server) only where `tiles` is set, with the check of that URL
// (tile-source.ts), and used where it names an accepted tile server: a map without `tiles` carries none of it.
// Leaflet itself comes later still, with the visitor's click (street-layer.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { MapMessageKey } from './messages/messages.js';
import { StreetLayer, type MapView } from './street-layer.js';
import type { TileSource } from './tile-source.js';

export { tileSource } from './tile-source.js';
export { streetsStyles } from './streets.styles.js';

/** What the street layer asks of the map element. */
export interface StreetsHost {
  /** The element's tag, for what the console is told. */
  name(): string;
  /** Its shadow root. */
  root(): HTMLElement | DocumentFragment;
  requestUpdate(): void;
  /** A string of the map's catalog in the element's language. */
  text(key: MapMessageKey, vars?: Record<string, string | number>): string;
  /** Says something in the element's live region. */
  say(text: string): void;
}

/** The street layer of one map for one accepted tile source; the visitor's choice lasts as long as it does. */
export class Streets {
  readonly source: TileSource;
  readonly #host: StreetsHost;
  /** Leaflet's side, once the visitor asked for streets; undefined while they are off. */
  #layer: StreetLayer | undefined;

  constructor(source: TileSource, host: StreetsHost) {
    this.source = source;
    this.#host = host;
  }

  /** The visitor asked for streets (and has not turned them off). */
  get on(): boolean {
    return this.#layer !== undefined;
  }

  #toggle = (): void => {
    if (this.#layer) {
      this.off();
    } else {
      const host = this.#host;
      this.#layer = new StreetLayer(this.source, host.root() as ShadowRoot, (error) => {
        console.warn(`<${host.name()}>: the street layer could not be loaded.`, error);
        this.#layer = undefined;
        host.say(host.text('map.streets.failed'));
        host.requestUpdate();
      });
    }
    this.#host.requestUpdate();
  };

  /** Turns the streets off: Leaflet and its tiles go. */
  off(): void {
    void this.#layer?.attach(undefined);
    this.#layer = undefined;
  }

  /** Takes Leaflet away while the element is off the page; the choice stays. */
  detach(): void {
    void this.#layer?.attach(undefined);
  }

  /** The box under the SVG that Leaflet draws the tiles in, while the streets are on. */
  tiles(): TemplateResult | typeof nothing {
    return this.on ? html`<div class="tiles" part="tiles" aria-hidden="true"></div>` : nothing;
  }

  /** The tiles' attribution beside the districts', as text, while the streets are on. */
  attribution(text: string | undefined): TemplateResult | typeof nothing {
    const shown = text?.trim();
    return this.on && shown ? html` · <span class="tiles-attribution">${shown}</span>` : nothing;
  }

  /** The button, with the note that names the tile host: one button, so that the focus stays on it. */
  control(): TemplateResult {
    const text = this.#host.text;
    const { host } = this.source;
    return html`<div class="streets-control">
      <button type="button" class="button secondary" part="button streets" aria-describedby="streets-note" @click=${this.#toggle}>
        ${text(this.on ? 'map.streets.hide' : 'map.streets.load')}
      </button>
      <p id="streets-note" class="streets-note">${text(this.on ? 'map.streets.shown' : 'map.streets.host', { host })}</p>
    </div>`;
  }

  /** After each update: the tiles follow `view` (the SVG's viewBox) in the box drawn, or go where none is. */
  updated(view: MapView): void {
    const layer = this.#layer;
    if (!layer) return;
    layer.follow(view);
    void layer.attach(this.#host.root().querySelector<HTMLElement>('.tiles') ?? undefined);
  }
}
