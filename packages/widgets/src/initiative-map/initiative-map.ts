import {
  INITIATIVE_POINT_FIELDS,
  listInitiativesEndpoint,
  MAX_INITIATIVE_POINTS_PER_PAGE,
  regionGeometryEndpoint,
  REGION_IDS,
  SDG_IDS,
  STAGE_IDS,
  TOPIC_IDS,
  type InitiativeQuery,
  type RegionGeometry,
  type RegionId,
  type Taxonomies,
} from '@sinn/sdk';
import { MAP_VIEW_BOX, REGION_GEOMETRY_VERSION } from '@sinn/sdk/geo';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { listAttribute } from '../base/attributes.js';
import { FilterBar } from '../base/filter-bar.js';
import type { FilterSpec } from '../base/filters.js';
import { Resource } from '../base/resource.js';
import { SinnElement } from '../base/sinn-element.js';
import { warnOnce } from '../base/warn.js';
import { emptyState, errorState, staleNotice } from '../base/states.js';
import { stateStyles } from '../base/states.styles.js';
import { labels, taxonomies, type LabelLookup } from '../base/taxonomies.js';
import type { InitiativeSelectDetail } from '../initiative-cards/initiative-cards.js';
import { InitiativeOpening } from '../initiative-cards/initiative-opening.js';
import { entries, groupedList, legend } from './list-view.js';
import { countByRegion, neighbourTowards, placesOf, stepOf, stepScale, type MapInitiative, type Place } from './map-model.js';
import { initiativeMapStyles } from './initiative-map.styles.js';
import { mapText, type MapMessageKey } from './messages/messages.js';
import type { Streets, StreetsHost } from './streets.js';
import { tileSource } from './tile-source.js';

/** Asked of the server: what changes the answer. `region` does not: the map counts every district, and a chosen one narrows what is shown. */
const QUERY_ATTRIBUTES = ['topic', 'stage', 'sdg', 'q'] as const;

interface MapData {
  geometry: RegionGeometry;
  items: MapInitiative[];
  generatedAt: string | undefined;
}

type FilterName = 'region' | 'topic' | 'stage' | 'sdg';
const FILTERS: FilterSpec<FilterName>[] = [
  { name: 'region', vocabulary: 'regions', ids: REGION_IDS },
  { name: 'topic', vocabulary: 'topics', ids: TOPIC_IDS },
  { name: 'stage', vocabulary: 'stages', ids: STAGE_IDS },
  { name: 'sdg', vocabulary: 'sdgs', ids: SDG_IDS },
];

/** Pages of points a map asks for at most (1,000 each): more initiatives than Saxony will have for a while. */
const MAX_PAGES = 10;

/**
 * Social innovations from Saxony on a map of its 13 districts, drawn from the widget's own data: no third party.
 *
 * @tagname sinn-initiative-map
 * @summary Shows SINN initiatives on a map of Saxony's districts, shaded by how many match, or as a list.
 * @attr topic - Topics, comma-separated (`wohnen,inklusion`); shows initiatives with any of them.
 * @attr region - Regions of Saxony, comma-separated (`dresden,bautzen`): the districts chosen; the map still counts every district. Choosing a district on the map sets it.
 * @attr stage - Stages: `idee`, `pilot`, `wachstum`, `etabliert`.
 * @attr sdg - UN Sustainable Development Goals by number, comma-separated (`3,11`).
 * @attr q - Free text the initiatives must contain.
 * @attr filters - Shows filter controls (region, topic, stage, SDG) that set the attributes above.
 * @attr tiles - Optional street layer: a tile URL template of a tile server the partner runs or contracts, `https:` only, with `{z}`, `{x}` and `{y}` (`https://tiles.example.org/{z}/{x}/{y}.png`). Off by default. Nothing is asked of that host until a visitor presses "Karte mit Straßen laden", whose description names it; the choice lasts for the page view (no cookie, no storage). Any other URL (`http:`, also on loopback) is refused with a console warning and no button. The page's Content-Security-Policy must allow the host in `img-src`.
 * @attr tiles-attribution - The tiles' attribution as their licence asks for it (`© OpenStreetMap contributors`), shown as text (never HTML) beside the districts' while the street layer is on.
 * @fires {CustomEvent<InitiativeSelectDetail>} sinn-initiative-select - An initiative was opened from a point or the list, and its whole record came; cancel it to show your own detail page instead of the dialog.
 * @csspart map - The SVG map.
 * @csspart region - A district on the map (a button); `selected` too where it is chosen.
 * @csspart point - A point: one initiative at its place.
 * @csspart cluster - A point for several initiatives at one place, with their count.
 * @csspart place - The list of the initiatives at a place, shown when its cluster is opened.
 * @csspart legend - The legend of the shading.
 * @csspart attribution - The source note of the districts' outlines, and of the tiles while the street layer is on.
 * @csspart streets - The button that loads the street layer (and hides it again), beside its note naming the tile host.
 * @csspart tiles - The street layer's tiles under the districts (e.g. `::part(tiles) { filter: grayscale(1) }`).
 * @csspart list - The list view, grouped by district.
 * @csspart toggle - The button that switches between map and list.
 * @csspart button - Buttons: list toggle, retry, filter reset, close.
 * @csspart filters - The filter controls.
 * @csspart dialog - The detail dialog.
 * @csspart error - The error message with its retry button.
 * @csspart empty - The sentence shown when nothing matches.
 * @csspart stale - The notice shown when a refresh failed.
 * @cssprop --sinn-map-max-height - The tallest the map is drawn; default 36em.
 * @slot - Fallback content (a link to the platform), shown until the element has loaded.
 */
export class SinnInitiativeMap extends SinnElement {
  static override styles = [...SinnElement.styles, stateStyles, initiativeMapStyles];
  static override catalogs = [...SinnElement.catalogs, mapText];

  static override properties = {
    ...SinnElement.properties,
    topic: { type: String, reflect: true },
    region: { type: String, reflect: true },
    stage: { type: String, reflect: true },
    sdg: { type: String, reflect: true },
    q: { type: String, reflect: true },
    filters: { type: Boolean, reflect: true },
    tiles: { type: String },
    tilesAttribution: { type: String, attribute: 'tiles-attribution' },
  };

  declare topic: string | undefined;
  declare region: string | undefined;
  declare stage: string | undefined;
  declare sdg: string | undefined;
  declare q: string | undefined;
  declare filters: boolean;
  declare tiles: string | undefined;
  declare tilesAttribution: string | undefined;

  // What a visitor changed, not attributes (each change asks for an update).
  /** The list instead of the map. */
  #listView = false;
  /** The district that holds the map's one tab stop. */
  #focusRegion: string | undefined;
  /** The place whose initiatives are listed under the map. */
  #openedPlace: string | undefined;
  /** What a choice on the map said, for the live region. */
  #said = '';
  /** The accepted tile template `tiles` names, if any. */
  #tileTemplate: string | undefined;
  /** The street layer's button and tiles, once their code has come for an accepted `tiles`. */
  #streets: Streets | undefined;
  readonly #streetsHost: StreetsHost = {
    name: () => this.localName,
    root: () => this.renderRoot,
    requestUpdate: () => this.requestUpdate(),
    text: (key, vars) => this.#text(key, vars),
    say: (text) => {
      this.#said = text;
    },
  };

  #vocabulary: Taxonomies | undefined;
  readonly #opening = new InitiativeOpening<MapInitiative>(
    this,
    () => ({ lang: this.language, label: this.#label() }),
    (initiative) => this.emit<InitiativeSelectDetail>('sinn-initiative-select', { initiative }),
  );
  readonly #data = new Resource<MapData>(this, (signal) => this.#fetch(signal));
  readonly #filterBar = new FilterBar<FilterName>(this, 'filters.label', FILTERS);

  /** The query the attributes ask the server with (all but `region`); wrong values are reported and left out. */
  get query(): InitiativeQuery {
    const q = this.q?.trim();
    return {
      topic: listAttribute(this, 'topic', this.topic, TOPIC_IDS),
      stage: listAttribute(this, 'stage', this.stage, STAGE_IDS),
      sdg: listAttribute(this, 'sdg', this.sdg, SDG_IDS),
      q: q ? q.slice(0, 200) : undefined,
    };
  }

  /** The districts chosen (`region`), or undefined: all. */
  get #regions(): RegionId[] | undefined {
    return listAttribute(this, 'region', this.region, REGION_IDS);
  }

  async #fetch(signal: AbortSignal): Promise<MapData> {
    const client = this.client;
    if (!client) throw new Error('no API configured');
    const fields = [...INITIATIVE_POINT_FIELDS];
    const query = { ...this.query, fields, limit: MAX_INITIATIVE_POINTS_PER_PAGE };
    const [geometry, first, terms] = await Promise.all([
      client.get(regionGeometryEndpoint, { query: { v: REGION_GEOMETRY_VERSION }, signal }),
      client.get(listInitiativesEndpoint, { query, signal }),
      taxonomies(client),
    ]);
    const items = [...(first.items as MapInitiative[])];
    let cursor = first.nextCursor;
    for (let page = 1; cursor && page < MAX_PAGES; page += 1) {
      const next = await client.get(listInitiativesEndpoint, { query: { ...query, cursor }, signal });
      items.push(...(next.items as MapInitiative[]));
      cursor = next.nextCursor;
    }
    this.#vocabulary = terms;
    return { geometry, items, generatedAt: first.generatedAt };
  }

  /** Loads the data again, keeping what is shown; if that fails, what is shown is marked with its date. */
  refresh(): Promise<void> {
    return this.#data.load({ keep: true });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back on the page: the tiles come back where they were taken away.
    if (this.#streets?.on && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Off the page, Leaflet would keep its map and its tiles for nothing; the visitor's choice stays.
    this.#streets?.detach();
  }

  protected override codeToWaitFor(): Promise<unknown> | null {
    return this.filters ? this.#filterBar.ready() : null;
  }

  protected override firstRequests(): void {
    void this.#data.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const asked = this.hasUpdated && (QUERY_ATTRIBUTES.some((name) => changed.has(name)) || changed.has('api') || changed.has('partnerKey'));
    if (asked) void this.#data.load({ keep: this.#data.data !== undefined, keepOnError: false });
    if (changed.has('region')) this.#openedPlace = undefined;
    if (changed.has('tiles')) this.#takeTiles();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The tiles' box is drawn with the map only (not with the list, nor while loading).
    const [x, y, w, h] = MAP_VIEW_BOX;
    this.#streets?.updated({ x, y, w, h });
  }

  /**
   * A new `tiles`: checked, and for an accepted one the street layer's code is fetched (from the SINN server; the
   * tile host hears nothing before the visitor's click). A layer on for another host goes: the visitor chose that one.
   */
  #takeTiles(): void {
    const raw = this.tiles?.trim();
    const source = raw ? tileSource(raw) : undefined;
    if (raw && !source) warnOnce(this, 'tiles', raw, 'an https: URL with {z}, {x} and {y} (https://tiles.example.org/{z}/{x}/{y}.png)');
    if (source?.template === this.#tileTemplate) return;
    this.#tileTemplate = source?.template;
    this.#streets?.off();
    this.#streets = undefined;
    if (!source) return;
    import('./streets.js').then(
      ({ Streets }) => {
        if (this.#tileTemplate !== source.template) return;
        this.#streets = new Streets(source, this.#streetsHost);
        this.requestUpdate();
      },
      (error: unknown) => console.warn(`<${this.localName}>: the street layer could not be loaded.`, error),
    );
  }

  #text(key: MapMessageKey, vars?: Record<string, string | number>): string {
    return mapText(this.language, key, vars);
  }

  #label(): LabelLookup {
    return labels(this.#vocabulary, this);
  }

  #countText(count: number): string {
    return count === 1 ? this.#text('map.count.one') : this.#text('map.count', { count });
  }

  /** The initiatives shown: the answer, narrowed to the districts chosen. */
  #shown(data: MapData): MapInitiative[] {
    const regions = this.#regions;
    return regions ? data.items.filter((item) => regions.includes(item.region as RegionId)) : data.items;
  }

  #setFilter = (name: FilterName, value: string): void => {
    this[name] = value || undefined;
    // The live region says the count anew, not a choice made on the map before.
    this.#said = '';
  };

  /** Choosing a district filters by it; choosing it again, while it is the only one chosen, lifts the filter. */
  #choose(id: RegionId): void {
    const only = this.#regions?.length === 1 && this.#regions[0] === id;
    this.region = only ? undefined : id;
    const name = this.#label()('regions', id);
    this.#said = only ? this.#text('map.unselected') : this.#text('map.selected', { name });
    this.#focusRegion = id;
    this.requestUpdate();
  }

  #districtKey = (event: KeyboardEvent, id: RegionId): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#choose(id);
      return;
    }
    const geometry = this.#data.data?.geometry;
    if (!geometry) return;
    const next = neighbourTowards(geometry.districts, id, event.key);
    if (!event.key.startsWith('Arrow')) return;
    event.preventDefault();
    if (!next) return;
    this.#focusRegion = next;
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[data-region="${next}"]`)?.focus());
  };

  /** A district focused by pointer or script holds the tab stop from now on. */
  #focusOn(id: string): void {
    if (this.#focusRegion === id) return;
    this.#focusRegion = id;
    this.requestUpdate();
  }

  #toggle = (): void => {
    this.#listView = !this.#listView;
    this.requestUpdate();
  };

  #openPlace(place: Place, opener: HTMLElement | SVGElement): void {
    if (place.items.length === 1) {
      this.#opening.open(place.items[0]!, opener as HTMLElement);
      return;
    }
    this.#openedPlace = place.key;
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="place"] button')?.focus());
  }

  #pointKey = (event: KeyboardEvent, place: Place): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this.#openPlace(place, event.currentTarget as SVGElement);
  };

  #map(data: MapData, shown: MapInitiative[]): TemplateResult {
    const { geometry } = data;
    const label = this.#label();
    const counts = countByRegion(data.items);
    const scale = stepScale(Math.max(0, ...counts.values()));
    const chosen = this.#regions ?? [];
    const ids = Object.keys(geometry.districts) as RegionId[];
    const focusId = this.#focusRegion && ids.includes(this.#focusRegion as RegionId) ? this.#focusRegion : (chosen[0] ?? ids[0]);
    const places = placesOf(shown);
    // Points are reached by keyboard once a district is chosen (a handful), else through the list.
    const pointTab = chosen.length > 0 ? 0 : -1;
    const [minX, minY, width, height] = MAP_VIEW_BOX;
    const streets = this.#streets;
    return html`<div class=${streets?.on ? 'frame streets' : 'frame'}>
        ${streets?.tiles() ?? nothing}
        <svg part="map" viewBox="${minX} ${minY} ${width} ${height}" role="group" aria-label=${this.#text('map.districts')} aria-describedby="map-keys">
          ${ids.map((id) => {
            const shape = geometry.districts[id]!;
            const count = counts.get(id) ?? 0;
            const name = label('regions', id);
            const selected = chosen.includes(id);
            return svg`<g class="district step-${stepOf(count, scale)}" part=${selected ? 'region selected' : 'region'} data-region=${id}
              role="button" tabindex=${id === focusId ? 0 : -1} aria-pressed=${selected ? 'true' : 'false'}
              aria-label=${count === 1 ? this.#text('map.district.one', { name }) : this.#text('map.district', { name, count })}
              @click=${() => this.#choose(id)} @keydown=${(event: KeyboardEvent) => this.#districtKey(event, id)}
              @focus=${() => this.#focusOn(id)}>
              <path d=${shape.d}></path>
            </g>`;
          })}
          ${places.map((place) => {
            const many = place.items.length > 1;
            const title = many
              ? this.#text('map.cluster', { place: place.name, count: place.items.length })
              : this.#text('map.point', { title: place.items[0]!.title, place: place.name });
            return svg`<g class=${many ? 'cluster' : 'point'} part=${many ? 'cluster' : 'point'} data-place=${place.key}
              role="button" tabindex=${pointTab} aria-label=${title}
              @click=${(event: Event) => this.#openPlace(place, event.currentTarget as SVGElement)}
              @keydown=${(event: KeyboardEvent) => this.#pointKey(event, place)}>
              <title>${title}</title>
              <circle cx=${place.x} cy=${place.y} r=${many ? 34 + Math.min(40, place.items.length * 2) : 22}></circle>
              ${many ? svg`<text x=${place.x} y=${place.y} aria-hidden="true">${place.items.length}</text>` : nothing}
            </g>`;
          })}
          <!-- The districts' counts over the points, so that a point never hides one. -->
          <g class="counts" aria-hidden="true">
            ${ids.map((id) => {
              const [x, y] = geometry.districts[id]!.label;
              return svg`<text class="count" x=${x} y=${y}>${counts.get(id) ?? 0}</text>`;
            })}
          </g>
        </svg>
        <p class="attribution" part="attribution">
          <a href=${geometry.attributionUrl} target="_blank" rel="noopener noreferrer">${geometry.attribution}</a>${streets?.attribution(this.tilesAttribution) ?? nothing}
        </p>
      </div>
      <p id="map-keys" class="visually-hidden">${this.#text('map.keys')}</p>
      ${streets?.control() ?? nothing}
      ${legend(scale, this.language)} ${this.#place(places)}`;
  }

  /** The initiatives at an opened cluster's place. */
  #place(places: Place[]): TemplateResult | typeof nothing {
    const place = places.find((candidate) => candidate.key === this.#openedPlace);
    if (!place) return nothing;
    return html`<section class="place" part="place" aria-label=${this.#text('map.place', { place: place.name })}>
      <h3>${this.#text('map.place', { place: place.name })}</h3>
      ${this.#entries(place.items)}
    </section>`;
  }

  #entries(items: MapInitiative[]): TemplateResult {
    return entries(items, (item, opener) => this.#opening.open(item, opener));
  }

  #list(data: MapData, shown: MapInitiative[]): TemplateResult {
    return groupedList(Object.keys(data.geometry.districts) as RegionId[], shown, this.#label(), (item, opener) => this.#opening.open(item, opener));
  }

  #skeleton(): TemplateResult {
    return html`<div class="frame" aria-hidden="true"><div class="map-skeleton skeleton"></div></div>`;
  }

  #content(): TemplateResult {
    const data = this.#data;
    if (data.state === 'loading') return this.#skeleton();
    if (data.state === 'error') return errorState(this, data.error, () => void data.load());
    const answer = data.data!;
    const shown = this.#shown(answer);
    return html`${data.stale ? staleNotice(this, answer.generatedAt, () => void this.refresh()) : nothing}
      ${shown.length === 0 ? emptyState(this.#text('map.empty')) : nothing}
      ${this.#listView ? this.#list(answer, shown) : this.#map(answer, shown)}`;
  }

  #status(): string {
    const data = this.#data.data;
    if (!data) return '';
    const count = this.#countText(this.#shown(data).length);
    return this.#said ? `${this.#said} ${count}` : count;
  }

  protected override render(): TemplateResult {
    const ready = this.#data.state === 'ready';
    return html`<section aria-label=${this.#text('map.label')} aria-busy=${this.#data.pending ? 'true' : 'false'}>
      ${this.filters ? this.#filterBar.render(this.#vocabulary, this.#setFilter) : nothing}
      <div class="toolbar">
        <button type="button" class="button secondary" part="button toggle" aria-pressed=${this.#listView ? 'true' : 'false'} ?disabled=${!ready}
          @click=${this.#toggle}>${this.#text('map.list')}</button>
      </div>
      <p class="visually-hidden" role="status">${this.#status()}</p>
      ${this.#content()}
      ${this.#opening.render()}
    </section>`;
  }
}

/** The events `<sinn-initiative-map>` dispatches, by name: `addEventListener` and the JSX and Vue typings read them from here. */
export interface SinnInitiativeMapEventMap {
  'sinn-initiative-select': CustomEvent<InitiativeSelectDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'sinn-initiative-map': SinnInitiativeMap;
  }
}
