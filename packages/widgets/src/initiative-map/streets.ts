// What the map shows of its street layer (the button, the tiles' box, their attribution) and what it does, loaded
// (`import()`, a chunk of its own from the SINN server) only where `tiles` is set, with the check of that URL
// (tile-source.ts), and used where it names an accepted tile server: a map without `tiles` carries none of it.
// Leaflet itself comes later still, with the visitor's click (street-layer.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { SinnElement } from '../base/sinn-element.js';
import { streetsText, type StreetsMessageKey } from './messages/streets/messages.js';
import { warnOnce } from '../base/warn.js';
import { StreetLayer, type MapView } from './street-layer.js';
import { tileSource, type TileSource } from './tile-source.js';

export { streetsText } from './messages/streets/messages.js';
export { streetsStyles } from './streets.styles.js';

/** The map element the street layer is drawn in, and how it says something in the element's live region. */
export interface StreetsHost {
  element: SinnElement;
  say(text: string): void;
}

/**
 * A map's street layer for its `tiles` (trimmed; undefined: none): `current` where it has the same source, else a new
 * one for an accepted source (`current` is turned off), else none, and a URL refused is said once on the console.
 */
export function streetsFor(raw: string | undefined, current: Streets | undefined, host: StreetsHost): Streets | undefined {
  const source = raw ? tileSource(raw) : undefined;
  if (raw && !source) warnOnce(host.element, 'tiles', raw, 'an https: URL with {z}, {x} and {y} (https://tiles.example.org/{z}/{x}/{y}.png)');
  if (source?.template === current?.source.template) return current;
  current?.off();
  return source ? new Streets(source, host) : undefined;
}

/** The street layer of one map for one accepted tile source; the visitor's choice lasts as long as it does. */
export class Streets {
  readonly source: TileSource;
  readonly #host: StreetsHost;
  /** Leaflet's side, once the visitor asked for streets; undefined while they are off. */
  #layer: StreetLayer | undefined;
  /** The streets did not come at the last press (the network gone, Trusted Types refusing Leaflet): said by the button. */
  #failed = false;

  constructor(source: TileSource, host: StreetsHost) {
    this.source = source;
    this.#host = host;
  }

  /** The visitor asked for streets (and has not turned them off). */
  get on(): boolean {
    return this.#layer !== undefined;
  }

  #toggle = (): void => {
    this.#failed = false;
    if (this.#layer) {
      this.off();
    } else {
      const host = this.#host;
      const element = host.element;
      this.#layer = new StreetLayer(this.source, element.renderRoot as ShadowRoot, (error) => {
        console.warn(`<${element.localName}>: the street layer could not be loaded.`, error);
        this.#layer = undefined;
        this.#failed = true;
        host.say(this.#text('map.streets.failed'));
        element.requestUpdate();
      });
    }
    this.#host.element.requestUpdate();
  };

  #text(key: StreetsMessageKey, vars?: Record<string, string | number>): string {
    return streetsText(this.#host.element.language, key, vars);
  }

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

  /**
   * The button, with the note that names the tile host: one button, so that the focus stays on it. Where the streets
   * did not come, a line under it says so until the next press: the live region's word alone is gone once said, and
   * is never seen.
   */
  control(): TemplateResult {
    const text = (key: StreetsMessageKey, vars?: Record<string, string>) => this.#text(key, vars);
    const { host } = this.source;
    const failed = this.#failed;
    return html`<div class="streets-control">
      <button type="button" class="button secondary" part="button streets" aria-describedby=${failed ? 'streets-note streets-failed' : 'streets-note'}
        @click=${this.#toggle}>
        ${text(this.on ? 'map.streets.hide' : 'map.streets.load')}
      </button>
      <p id="streets-note" class="streets-note">${text(this.on ? 'map.streets.shown' : 'map.streets.host', { host })}</p>
      ${failed ? html`<p id="streets-failed" class="state error" part="error">${text('map.streets.failed')}</p>` : nothing}
    </div>`;
  }

  /** After each update: the tiles follow `view` (the SVG's viewBox) in the box drawn, or go where none is. */
  updated(view: MapView): void {
    const layer = this.#layer;
    if (!layer) return;
    layer.follow(view);
    void layer.attach(this.#host.element.renderRoot.querySelector<HTMLElement>('.tiles') ?? undefined);
  }
}
