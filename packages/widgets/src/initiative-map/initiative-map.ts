import {
  listInitiativesEndpoint,
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
import { REGION_GEOMETRY_VERSION } from '@sinn/sdk/geo';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { integerAttribute, listAttribute } from '../base/attributes.js';
import { contentLang } from '../base/content-lang.js';
import { FilterBar } from '../base/filter-bar.js';
import type { FilterSpec } from '../base/filters.js';
import { Resource } from '../base/resource.js';
import { SinnElement } from '../base/sinn-element.js';
import { contentErrorState, emptyState, staleNotice } from '../base/states.js';
import { stateStyles } from '../base/states.styles.js';
import { onIntent } from '../base/intent.js';
import { onDemand } from '../base/on-demand.js';
import { adoptLaterStyles } from '../base/later-styles.js';
import { labels, taxonomies, type LabelLookup } from '../base/taxonomies.js';
import type { InitiativeSelectDetail } from '../initiative-cards/initiative-cards.js';
import { InitiativeOpening } from '../initiative-cards/initiative-opening.js';
import { legend } from './legend.js';
import { MapPointers } from './map-pointers.js';
import type { MapInitiative } from './fields.js';
import { countByRegion, inReadingOrder, placesOf, spotsOf, stepOf, stepScale, type Place, type Spot, type StepScale } from './map-model.js';
import { fitTo, MAX_ZOOM, pan, union, WHOLE_MAP, zoomAt, zoomOf, ZOOM_STEP, type View } from './map-view.js';
import { wheelZoom } from './map-wheel.js';
import { initiativeMapStyles } from './initiative-map.styles.js';
import { mapText, type MapMessageKey } from './messages/messages.js';
import { mapQuery, pointsQuery, type FilterIds } from './query.js';
import type { WheelHint } from './map-hint.js';
import type { Streets, StreetsHost } from './streets.js';
import { newWindow } from '../base/new-window.js';

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
const FILTER_IDS: FilterIds = { topic: TOPIC_IDS, stage: STAGE_IDS, sdg: SDG_IDS };

/** Pages of points a map asks for at most (1,000 each): more initiatives than Saxony will have for a while. */
const MAX_PAGES = 10;

/** A point's or cluster's target, CSS px across at least (WCAG 2.5.8), whatever it shows. */
const TARGET = 24;
/** Targets closer than this (CSS px, on either axis, between their squares) merge into one cluster. */
const GAP = 2;
/** How far a focused dot's ring lies outside it, CSS px. */
const RING = 5;
/**
 * A district drawn smaller than this (CSS px, its box's shorter side) shows its count alone, not its points: their
 * targets would cover it (the three cities on a phone). Zooming in, or choosing it, brings them.
 */
const SMALL_DISTRICT = TARGET * 2.5;
/**
 * A district drawn smaller than this (CSS px, its box's shorter side) keeps a square target of 24 px at its middle,
 * where its count is, clear of points (its own too): points could otherwise leave no room for a finger to choose it
 * (a city, a long narrow district on a phone). Larger, there is room beside its points.
 */
const ROOMY_DISTRICT = TARGET * 4;
/** A district's count is this many CSS px high at least, however small the map is drawn (a phone's). */
const COUNT_PX = 12;
/** The width the map is assumed to have before it is measured. */
const ASSUMED_WIDTH = 640;

/** The arrow keys' panning on the map, as shares of the view. */
const PAN_KEYS: Record<string, [number, number]> = {
  ArrowLeft: [-0.2, 0],
  ArrowRight: [0.2, 0],
  ArrowUp: [0, -0.2],
  ArrowDown: [0, 0.2],
};

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
 * @attr heading-level - Level of the list view's district headings and of an opened place's heading, 2 to 6; default 3.
 * @attr tiles - Optional street layer: a tile URL template of a tile server the partner runs or contracts, `https:` only, with `{z}`, `{x}` and `{y}` (`https://tiles.example.org/{z}/{x}/{y}.png`). Off by default. Nothing is asked of that host until a visitor presses "Karte mit Straßen laden", whose description names it; the choice lasts for the page view (no cookie, no storage). Any other URL (`http:`, also on loopback) is refused with a console warning and no button. The page's Content-Security-Policy must allow the host in `img-src`.
 * @attr tiles-attribution - The tiles' attribution as their licence asks for it (`© OpenStreetMap contributors`), shown as text (never HTML) beside the districts' while the street layer is on.
 * @fires {CustomEvent<InitiativeSelectDetail>} sinn-initiative-select - An initiative was opened from a point or the list, and its whole record came; cancel it to show your own detail page instead of the dialog.
 * @csspart map - The SVG map. Focused, it zooms with `+`, `-` and `0` and pans with the arrow keys; Ctrl or ⌘ with the wheel zooms, a drag pans, two fingers pinch.
 * @csspart zoom - The group of zoom buttons.
 * @csspart zoom-in - The button that zooms in.
 * @csspart zoom-out - The button that zooms out.
 * @csspart zoom-reset - The button that shows the whole map again.
 * @csspart hint - The short note that Ctrl (⌘) with the wheel zooms, shown over the map after a plain wheel.
 * @csspart heading - The headings of the list view's districts and of an opened place (`heading-level`).
 * @csspart region - A district on the map (a button); `selected` too where it is chosen. Its `fill` and `stroke` colour the district.
 * @csspart selected - A chosen district, which is a `region` too (`part="region selected"`): `::part(selected)` styles the chosen ones.
 * @csspart point - A point: one initiative at its place.
 * @csspart cluster - A point for several initiatives at one place, with their count; or for places that lie too close together at this zoom, which a click zooms into.
 * @csspart place - The list of the initiatives at a place, shown when its cluster is opened.
 * @csspart close-place - The button under that list that closes it (as Escape in it does), the focus back on its cluster.
 * @csspart legend - The legend of the shading.
 * @csspart attribution - The source note of the districts' outlines, and of the tiles while the street layer is on.
 * @csspart streets - The button that loads the street layer (and hides it again), beside its note naming the tile host.
 * @csspart tiles - The street layer's tiles under the districts (e.g. `::part(tiles) { filter: grayscale(1) }`).
 * @csspart list - The list view, grouped by district.
 * @csspart toggle - The button that switches between map and list.
 * @csspart button - Buttons: zoom, list toggle, retry, filter reset, the filters' toggle (on a phone), close.
 * @csspart retry - The button that tries again, in an error message or a stale notice; a `button` too.
 * @csspart reset - The filter bar's button that clears every filter, which is a `button` too.
 * @csspart filters-toggle - Narrower than three filters side by side (a phone), the button that shows and hides the filter controls, with how many filters are on; a `button` too.
 * @csspart close - The detail dialog's close button, which is a `button` too.
 * @csspart filters - The filter controls.
 * @csspart dialog - The detail dialog.
 * @csspart detail-title - The initiative's title, the heading of the detail dialog.
 * @csspart image - The initiative's image in its detail.
 * @csspart meta - The line under the title in the detail: region, stage and organisation.
 * @csspart easy-language - The initiative's summary in Leichte Sprache in its detail, where it has one.
 * @csspart topics - The list of the initiative's topics in its detail.
 * @csspart topic - A topic badge in the detail, which is a `badge` too.
 * @csspart badges - The list of the initiative's SDG badges in its detail.
 * @csspart badge - A topic or SDG badge in the detail.
 * @csspart sdg - An SDG badge with its number in the detail, which is a `badge` too (`part="badge sdg"`).
 * @csspart crowdfunding - The crowdfunding box in the detail.
 * @csspart progress - The crowdfunding progress bar in the detail.
 * @csspart link - A link in the detail: the initiative's website, its organisation, its campaign.
 * @csspart error - The error message with its retry button; also the line under the street layer's button that says the streets could not be loaded.
 * @csspart empty - The sentence shown when nothing matches.
 * @csspart stale - The notice shown when a refresh failed.
 * @cssprop --sinn-map-max-height - The tallest the map is drawn; default 36em, and no more than 85 % of the window's height.
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
    headingLevel: { type: String, attribute: 'heading-level' },
    view: { state: true },
    tiles: { type: String },
    tilesAttribution: { type: String, attribute: 'tiles-attribution' },
  };

  declare topic: string | undefined;
  declare region: string | undefined;
  declare stage: string | undefined;
  declare sdg: string | undefined;
  declare q: string | undefined;
  declare filters: boolean;
  declare headingLevel: string | undefined;
  /**
   * The part of the map shown: a viewBox in map units (map-view.ts), clamped to the map and its zoom limits. Every
   * zoom and pan sets it, and nothing else is kept of them: a street layer under the map follows it alone.
   */
  declare view: View;
  declare tiles: string | undefined;
  declare tilesAttribution: string | undefined;

  // What a visitor changed, not attributes (each change asks for an update).
  /** The list instead of the map. */
  #listView = false;
  /** The district that holds the map's one tab stop. */
  #focusRegion: string | undefined;
  /** The place whose initiatives are listed under the map. */
  #openedPlace: string | undefined;
  /** The lists of initiatives (a place's, the list view's), once their code has come. */
  #lists: typeof import('./lists.js') | undefined;
  readonly #listsCode = onDemand(() =>
    import('./lists.js').then((code) => {
      adoptLaterStyles(this, [code.listStyles]);
      return (this.#lists = code);
    }),
  );
  /** Where an arrow key on a district leads. */
  readonly #neighbours = onDemand(() => import('./map-neighbours.js'));
  /** What a choice on the map said, for the live region. */
  #said = '';
  /** The `tiles` last taken (trimmed), accepted or not. */
  #tiles: string | undefined;
  /** The streets' code (with the check of `tiles`), once a `tiles` asked for it. */
  #streetsCode: typeof import('./streets.js') | undefined;
  /** The street layer's button and tiles, once their code has come for an accepted `tiles`. */
  #streets: Streets | undefined;
  readonly #streetsHost: StreetsHost = {
    element: this,
    say: (text) => {
      this.#said = text;
    },
  };
  /** The `region` the view was last fitted to; the view follows a new choice, and is the visitor's in between. */
  #fittedFor: string | undefined;
  /** The map's width in CSS px, as last measured: how many map units a target needs. */
  #width: number | undefined;
  #measured: HTMLElement | undefined;
  /** 1 / zoom and map units per CSS px as last drawn, for the styles (set through the CSSOM: a strict CSP forbids style attributes). */
  #scale: [number, number] = [1, 1];
  readonly #resize = new ResizeObserver(([entry]) => this.#measure(entry?.contentRect.width));
  /** The hint to zoom with Ctrl, once its code has come (map-hint.ts): at a pointer over the map, or a plain wheel. */
  #hint: WheelHint | undefined;
  readonly #hintCode = onDemand(() => import('./map-hint.js').then(async (code) => (this.#hint ??= await code.wheelHint(this))));
  readonly #wheel = wheelZoom(
    () => this.view,
    (view) => (this.view = view),
    () => this.#hintCode().then((hint) => hint.show(), (error: unknown) => this.#unloaded('the hint to zoom', error)),
  );
  /** Dragging and pinching, whose code comes at the first press on the map. */
  readonly #pointers = new MapPointers(
    () => this.view,
    (view) => (this.view = view),
    (error) => this.#unloaded('dragging the map', error),
  );

  constructor() {
    super();
    this.view = WHOLE_MAP;
    onIntent(this, '[part~="toggle"], .cluster', () => void this.#listsCode().catch(() => undefined));
    // A pointer over the map, or the focus on it: the wheel and the keys may come.
    onIntent(this, '[part="map"]', () => {
      this.#neighbours().catch(() => undefined);
      this.#hintCode().catch(() => undefined);
    });
  }

  /** Code fetched on demand did not come (the connection dropped): the console says what, and the map stays as it is. */
  #unloaded(what: string, error: unknown): void {
    console.warn(`<${this.localName}>: ${what} could not be loaded.`, error);
  }

  /** What waited for the lists' code, where it could not come: offered again under the map, with what went wrong. */
  #listsFailed: (() => Promise<void>) | undefined;

  /**
   * Shows a list (or opens a cluster) once the lists' code is here; meanwhile what was pressed shows that it loads.
   * Where the code cannot come, the console hears why, and the failure with its retry stands under the map: the
   * focus, where it was on what was pressed, goes to the retry, which brings it into view (below a map that fills
   * the window, it would be out of sight). The retry puts the focus back on what was pressed and does it again (a
   * cluster's place then takes the focus to its first initiative, once drawn; a failure, to the new retry).
   */
  #withLists(show: (lists: typeof import('./lists.js')) => void, pressed?: HTMLElement | SVGElement): Promise<void> {
    this.#listsFailed = undefined;
    pressed?.setAttribute('data-opening', '');
    return this.#listsCode()
      .then(show, (error: unknown) => {
        this.#unloaded('the list', error);
        const focused = this.shadowRoot?.activeElement === pressed;
        this.#listsFailed = () => {
          pressed?.focus();
          return this.#withLists(show, pressed);
        };
        this.requestUpdate();
        if (focused) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.state.error [part~="retry"]')?.focus());
      })
      .finally(() => {
        pressed?.removeAttribute('data-opening');
        this.requestUpdate();
      });
  }

  #vocabulary: Taxonomies | undefined;
  readonly #opening = new InitiativeOpening<MapInitiative>(
    this,
    () => ({ lang: this.language, label: this.#label() }),
    (initiative) => this.emit<InitiativeSelectDetail>('sinn-initiative-select', { initiative }),
  );
  readonly #data = new Resource<MapData>(this, (signal) => this.#fetch(signal));
  // Named apart from the cards' filters ("Initiativen filtern"), which a page may show beside the map.
  readonly #filterBar = new FilterBar<FilterName>(this, 'filters.map', FILTERS);

  /** The query the attributes ask the server with (all but `region`); wrong values are reported and left out. */
  get query(): InitiativeQuery {
    return mapQuery(this, this, FILTER_IDS);
  }

  /** The districts chosen (`region`), or undefined: all. */
  get #regions(): RegionId[] | undefined {
    return listAttribute(this, 'region', this.region, REGION_IDS);
  }

  async #fetch(signal: AbortSignal): Promise<MapData> {
    const client = this.clientOrFail();
    const query = pointsQuery(this, this, FILTER_IDS);
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
    this.#resize.disconnect();
    this.#measured = undefined;
    this.#hint?.stop();
  }

  protected override codeToWaitFor(): Promise<unknown> | null {
    return this.filters ? this.#filterBar.ready() : null;
  }

  protected override firstRequests(): void {
    void this.#data.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const since = this.changedSinceAsked(changed);
    const asked = QUERY_ATTRIBUTES.some((name) => since.has(name)) || since.has('api') || since.has('partnerKey');
    if (asked) void this.#data.load({ keep: this.#data.data !== undefined, keepOnError: false });
    if (changed.has('region')) this.#openedPlace = undefined;
    const geometry = this.#data.data?.geometry;
    if (geometry && (this.region ?? '') !== this.#fittedFor) {
      // A district chosen (on the map, by the filters or the attribute) is zoomed to; none: the whole map.
      this.#fittedFor = this.region ?? '';
      const boxes = (this.#regions ?? []).flatMap((id) => (geometry.districts[id] ? [geometry.districts[id].box] : []));
      this.view = boxes.length > 0 ? fitTo(union(boxes)) : WHOLE_MAP;
    }
    if (changed.has('tiles')) this.#takeTiles();
  }

  /**
   * A new `tiles`: the streets' code is fetched (from the SINN server; the tile host hears nothing before the
   * visitor's click) and checks it; an accepted one gets the button. A layer on for another host goes: the visitor
   * chose that one. Without `tiles`, none of this code comes.
   */
  #takeTiles(): void {
    const raw = this.tiles?.trim() || undefined;
    if (raw === this.#tiles) return;
    this.#tiles = raw;
    if (!raw && !this.#streets) return;
    // With its code here, the layer changes in this very update: a layer on for another host is gone at once.
    if (this.#streetsCode) return this.#useTiles(this.#streetsCode, raw);
    import('./streets.js').then(
      (code) => {
        // Once, before Leaflet can have added its own sheet (only after a click on the button these styles draw);
        // the strings, in their own small chunk: the render that shows the button waits for them.
        if (!this.#streetsCode) {
          adoptLaterStyles(this, [code.streetsStyles]);
          void this.speakFrom(code.streetsText).catch(() => undefined);
          this.#streetsCode = code;
        }
        if (this.#tiles === raw) this.#useTiles(code, raw);
      },
      (error: unknown) => this.#unloaded('the street layer', error),
    );
  }

  #useTiles(code: typeof import('./streets.js'), raw: string | undefined): void {
    this.#streets = code.streetsFor(raw, this.#streets, this.#streetsHost);
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The tiles follow the view (their box is drawn with the map only: not with the list, nor while loading).
    this.#streets?.updated(this.view);
    const map = this.renderRoot.querySelector<SVGSVGElement>('svg[part="map"]') ?? undefined;
    map?.style.setProperty('--_k', String(this.#scale[0]));
    map?.style.setProperty('--_u', String(this.#scale[1]));
    // The frame the map fills, the skeleton's as much as the map's, observed from the skeleton on: its width is
    // usually known (at the skeleton's first frame) by the time the answers come, so the map's first render has it,
    // with no forced layout. Where the answers come first (a slow machine), the map is drawn at the assumed width and
    // drawn again at the measured one when it is first laid out, before that frame is painted.
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame') ?? undefined;
    if (frame === this.#measured) return;
    this.#resize.disconnect();
    this.#measured = frame;
    if (frame) this.#resize.observe(frame);
  }

  #measure(width: number | undefined): void {
    if (!width || Math.abs(width - (this.#width ?? 0)) < 0.5) return;
    this.#width = width;
    this.requestUpdate();
  }

  #zoomBy = (factor: number): void => {
    this.view = zoomAt(this.view, factor);
  };

  #reset = (): void => {
    this.view = WHOLE_MAP;
  };

  /** On the map (or anything on it): + and - zoom, 0 shows it whole; on the map itself the arrows pan. */
  #mapKey = (event: KeyboardEvent): void => {
    // Ctrl with + and - zooms the page, as it should.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    let next: View;
    if (event.key === '+' || event.key === '=') next = zoomAt(this.view, ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') next = zoomAt(this.view, 1 / ZOOM_STEP);
    else if (event.key === '0') next = WHOLE_MAP;
    else {
      // On a district the arrows lead to its neighbour (#districtKey).
      const step = PAN_KEYS[event.key];
      if (!step || event.target !== event.currentTarget) return;
      next = pan(this.view, step[0] * this.view.w, step[1] * this.view.h);
    }
    event.preventDefault();
    this.view = next;
  };

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
    if (!event.key.startsWith('Arrow')) return;
    event.preventDefault();
    this.#neighbours().then(
      ({ focusNeighbour }) => focusNeighbour(this.renderRoot, this.#data.data?.geometry.districts ?? {}, id, event.key),
      (error: unknown) => this.#unloaded('moving between districts', error),
    );
  };

  /**
   * A district focused by pointer or script holds the tab stop from now on; one out of view is brought into it by
   * the code that moves between districts, which the focus on one asks for (map-neighbours.ts).
   */
  #focusOn(id: string): void {
    const at = this.#data.data?.geometry.districts[id as RegionId]?.label;
    if (at) {
      this.#neighbours().then(
        ({ intoView }) => (this.view = intoView(this.view, at)),
        (error: unknown) => this.#unloaded('moving between districts', error),
      );
    }
    if (this.#focusRegion === id) return;
    this.#focusRegion = id;
    this.requestUpdate();
  }

  #toggle = (event: Event): void => {
    void this.#withLists(() => {
      this.#listView = !this.#listView;
      this.requestUpdate();
    }, event.currentTarget as HTMLElement);
  };

  /** A point opens its initiative; a cluster lists its place's, or zooms in until its places part (lists.ts). */
  #openSpot(spot: Spot, opener: HTMLElement | SVGElement): void {
    if (spot.count === 1) return this.#opening.open(spot.places[0]!.items[0]!, opener as HTMLElement);
    void this.#withLists((lists) => lists.openCluster(this, spot, (key) => (this.#openedPlace = key)), opener);
  }

  #pointKey = (event: KeyboardEvent, spot: Spot): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this.#openSpot(spot, event.currentTarget as SVGElement);
  };

  #spotTitle(spot: Spot): string {
    const place = spot.places[0]!;
    const { name } = place;
    if (spot.places.length > 1) return this.#text('map.group', { place: name, count: spot.count });
    if (spot.count > 1) return this.#text('map.cluster', { place: name, count: spot.count });
    // A title that names its place ("Coworking auf dem Land: Hohendubrau") is not followed by it again; nor by an
    // empty place (an initiative without a municipality).
    const { title } = place.items[0]!;
    return title.includes(name) ? title : this.#text('map.point', { title, place: name });
  }

  #map(data: MapData, shown: MapInitiative[]): TemplateResult {
    const { geometry } = data;
    const label = this.#label();
    const counts = countByRegion(data.items);
    const scale = stepScale(Math.max(0, ...counts.values()));
    const chosen = this.#regions ?? [];
    const ids = Object.keys(geometry.districts) as RegionId[];
    const focusId = this.#focusRegion && ids.includes(this.#focusRegion as RegionId) ? this.#focusRegion : (chosen[0] ?? ids[0]);
    const view = this.view;
    const zoom = zoomOf(view);
    // Map units to a CSS pixel: points, counts and targets keep their size on screen at any zoom.
    const unit = view.w / (this.#width ?? ASSUMED_WIDTH);
    const drawnAtLeast = (id: string, pixels: number): boolean => {
      const box = geometry.districts[id as RegionId]?.box;
      return !box || Math.min(box[2] - box[0], box[3] - box[1]) / unit >= pixels;
    };
    const hit = (TARGET / 2) * unit;
    this.#scale = [1 / zoom, unit];
    // A dot's radius: a point's, or a cluster's, growing with its count; in map units of the whole map, never under some pixels.
    const radius = (count: number): number =>
      count > 1 ? Math.max((34 + Math.min(40, count * 2)) / zoom, (8 + Math.min(6, count / 3)) * unit) : Math.max(22 / zoom, 4 * unit);
    // A district with little room keeps a target of its own free, at its label point.
    // (Its square target, drawn over the districts, is for a pointer only: its button is the keyboard's.)
    const small = ids.filter((id) => !drawnAtLeast(id, ROOMY_DISTRICT));
    const kept = small.map((id) => geometry.districts[id]!.label);
    // Places out of view are not drawn: nothing unseen takes the focus.
    const inView = (place: Place): boolean => place.x >= view.x && place.x <= view.x + view.w && place.y >= view.y && place.y <= view.y + view.h;
    const spots = inReadingOrder(spotsOf(
      placesOf(shown).filter((place) => inView(place) && drawnAtLeast(place.region, SMALL_DISTRICT)),
      (count) => Math.max(hit, radius(count)),
      GAP * unit,
      kept,
    ));
    // Points are reached by keyboard once a district is chosen (a handful), else through the list.
    const pointTab = chosen.length > 0 ? 0 : -1;
    const streets = this.#streets;
    return html`<div class=${streets?.on ? 'frame streets' : 'frame'}>
        ${streets?.tiles() ?? nothing}
        <svg part="map" viewBox="${view.x} ${view.y} ${view.w} ${view.h}"
          role="group" aria-label=${this.#text('map.districts')} aria-describedby="map-keys" tabindex="0"
          @keydown=${this.#mapKey} @wheel=${this.#wheel} @pointerdown=${this.#pointers.down} @pointermove=${this.#pointers.move}
          @pointerup=${this.#pointers.up} @pointercancel=${this.#pointers.up} @click=${this.#pointers.click}>
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
          ${spots.map((spot) => {
            const many = spot.count > 1;
            const kind = many ? 'cluster' : 'point';
            const single = spot.places.length === 1 ? spot.places[0]! : undefined;
            const title = this.#spotTitle(spot);
            const r = radius(spot.count);
            // Named by its title element alone (also the tooltip of a pointer): an aria-label beside it made Chromium
            // say the name twice, the title as the description. A cluster that lists its initiatives says whether it does.
            const lists = many && spot.places.length === 1;
            return svg`<g class="spot ${kind}" part=${kind}
              data-place=${single ? single.key : nothing} data-places=${single ? nothing : spot.places.map((place) => place.key).join(' ')}
              role="button" tabindex=${pointTab} lang=${many ? nothing : contentLang(this.language)}
              aria-expanded=${lists ? String(this.#openedPlace === spot.key) : nothing} aria-controls=${lists && this.#openedPlace === spot.key ? 'place' : nothing}
              @click=${(event: Event) => this.#openSpot(spot, event.currentTarget as SVGElement)}
              @keydown=${(event: KeyboardEvent) => this.#pointKey(event, spot)}>
              <title>${title}</title>
              <circle class="hit" cx=${spot.x} cy=${spot.y} r=${Math.max(hit, r)}></circle>
              <circle class="ring" cx=${spot.x} cy=${spot.y} r=${r + RING * unit}></circle>
              <circle class="dot" cx=${spot.x} cy=${spot.y} r=${r}></circle>
              ${many ? svg`<text x=${spot.x} y=${spot.y} aria-hidden="true">${spot.count}</text>` : nothing}
            </g>`;
          })}
          <g class="district-targets" aria-hidden="true">
            ${kept.map(
              ([x, y], index) =>
                svg`<rect class="hit" data-chooses=${small[index]!} x=${x - hit} y=${y - hit} width=${2 * hit} height=${2 * hit} @click=${() => this.#choose(small[index]!)}></rect>`,
            )}
          </g>
          <!-- The districts' counts over the points, so that a point never hides one. -->
          <g class="counts" aria-hidden="true">${ids.map((id) => this.#districtCount(id, geometry.districts[id]!.label, counts.get(id) ?? 0, spots, radius, zoom, unit))}</g>
        </svg>
        ${this.#hint?.render() ?? nothing}
        <p class="attribution" part="attribution">
          <a href=${geometry.attributionUrl} target="_blank" rel="noopener noreferrer"><span lang=${contentLang(this.language)}>${geometry.attribution}</span>${newWindow(this.language)}</a>${streets?.attribution(this.tilesAttribution) ?? nothing}
        </p>
      </div>
      <p id="map-keys" class="visually-hidden">${this.#text('map.keys')}</p>
      ${streets?.control() ?? nothing}
      ${this.#legend(scale)} ${this.#place(spots)}`;
  }

  /**
   * A district's count at its label point: left out where its one cluster says the same (a city, which is one
   * municipality; a single point says no number); where a point of any district covers it there, beside, below or
   * above it, where none does.
   */
  #districtCount(id: RegionId, at: readonly [number, number], count: number, spots: Spot[], radius: (count: number) => number, zoom: number, unit: number): TemplateResult | typeof nothing {
    if (count > 1 && spots.some((spot) => spot.places[0]!.region === id && spot.count === count)) return nothing;
    // Half the count's box in map units, with a little air: its font 90 units of the whole map, or COUNT_PX on screen
    // where that is less (initiative-map.styles.ts), its bold digits each about 0.31 of that wide, 0.58 high.
    const font = Math.max(90 / zoom, COUNT_PX * unit);
    const [w, h] = [String(count).length * 0.31 * font + 8 / zoom, 0.58 * font];
    const free = ([x, y]: number[]) => !spots.some((spot) => Math.max(Math.abs(spot.x - x!) - w, Math.abs(spot.y - y!) - h) < radius(spot.count));
    const [x, y] = [0, 2, -2, 4].flatMap((j) => [0, 2, -2].map((i) => [at[0] + i * w, at[1] + j * h])).find(free) ?? at;
    return svg`<text class="count" x=${x} y=${y}>${count}</text>`;
  }

  /** The initiatives at an opened cluster's place (or places, at the most zoom). */
  #place(spots: Spot[]): TemplateResult | typeof nothing {
    const spot = spots.find((candidate) => candidate.key === this.#openedPlace);
    return spot && this.#lists ? this.#lists.placeList(spot, this.#level, this.language, this.#open, this.#closePlace) : nothing;
  }

  /** The place's list closed: the focus goes back to the cluster it was opened from (lists.ts). */
  #closePlace = (): void => {
    if (this.#openedPlace) this.#lists?.closePlace(this, this.#openedPlace, () => (this.#openedPlace = undefined));
  };

  #open = (item: MapInitiative, opener: HTMLElement): void => this.#opening.open(item, opener);

  get #level(): number {
    return integerAttribute(this, 'heading-level', this.headingLevel, 2, 6, 3);
  }

  #list(data: MapData, shown: MapInitiative[], lists: typeof import('./lists.js')): TemplateResult {
    return lists.groupedList(Object.keys(data.geometry.districts) as RegionId[], shown, this.#label(), this.#level, this.language, this.#open);
  }

  #zoomControls(ready: boolean): TemplateResult {
    const zoom = zoomOf(this.view);
    const most = zoom >= MAX_ZOOM - 1e-6;
    const least = zoom <= 1 + 1e-6;
    // aria-disabled, not disabled: a button pressed to its limit keeps the focus.
    return html`<div class="zoom" part="zoom" role="group" aria-label=${this.#text('map.zoom')}>
      <button type="button" class="button secondary" part="button zoom-in" aria-label=${this.#text('map.zoom.in')} ?disabled=${!ready}
        aria-disabled=${most ? 'true' : 'false'} @click=${() => this.#zoomBy(ZOOM_STEP)}><span aria-hidden="true">+</span></button>
      <button type="button" class="button secondary" part="button zoom-out" aria-label=${this.#text('map.zoom.out')} ?disabled=${!ready}
        aria-disabled=${least ? 'true' : 'false'} @click=${() => this.#zoomBy(1 / ZOOM_STEP)}><span aria-hidden="true">−</span></button>
      <button type="button" class="button secondary" part="button zoom-reset" ?disabled=${!ready}
        aria-disabled=${least ? 'true' : 'false'} @click=${this.#reset}>${this.#text('map.zoom.reset')}</button>
    </div>`;
  }

  /** The map's box, and the room of a legend, so nothing moves when they come. */
  #skeleton(): TemplateResult {
    return html`<div class="frame" aria-hidden="true"><div class="map-skeleton skeleton"></div></div>
      ${this.#legend()}`;
  }

  /**
   * The legend over the room of one (unseen, with numbers up to 40), which the skeleton holds before the numbers are
   * known: it takes the taller of the two, so a legend of shorter ranges, on fewer lines in a narrow column, does not
   * pull up what follows the map.
   */
  #legend(scale?: StepScale): TemplateResult {
    return html`<div class="legends">
      ${scale ? legend(scale, this.language) : nothing}
      <div class="legend-room" aria-hidden="true">${legend(stepScale(40), this.language)}</div>
    </div>`;
  }

  #content(): TemplateResult {
    const data = this.#data;
    if (data.state === 'loading') return this.#skeleton();
    if (data.state === 'error') return contentErrorState(this, data.error, () => data.load());
    const answer = data.data!;
    const shown = this.#shown(answer);
    // "Remove a filter" only where the visitor has one on in the bar to remove.
    return html`${data.stale ? staleNotice(this, answer.generatedAt, () => this.refresh()) : nothing}
      ${shown.length === 0 ? emptyState(this.#text(this.filters && FILTERS.some(({ name }) => this[name]) ? 'map.empty.filtered' : 'map.empty')) : nothing}
      ${this.#listView && this.#lists ? this.#list(answer, shown, this.#lists) : this.#map(answer, shown)}
      ${this.#listsFailed ? contentErrorState(this, { kind: 'network' }, this.#listsFailed) : nothing}`;
  }

  #status(): string {
    const data = this.#data.data;
    if (!data) return '';
    const count = this.#countText(this.#shown(data).length);
    return this.#said ? `${this.#said} ${count}` : count;
  }

  protected override render(): TemplateResult {
    const ready = this.#data.state === 'ready';
    return html`<section aria-label=${this.#text('map.label')} aria-busy=${this.#data.pending}>
      ${this.filters ? this.#filterBar.render(this.#vocabulary, this.#setFilter) : nothing}
      <div class="toolbar">
        ${this.#listView ? nothing : this.#zoomControls(ready)}
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
  // The events bubble and are composed: a page may listen for them on the element, the document or the window.
  interface HTMLElementEventMap extends SinnInitiativeMapEventMap {}
  interface DocumentEventMap extends SinnInitiativeMapEventMap {}
  interface WindowEventMap extends SinnInitiativeMapEventMap {}
}
