import {
  getInitiativeEndpoint,
  listInitiativesEndpoint,
  REGION_IDS,
  SDG_IDS,
  STAGE_IDS,
  TOPIC_IDS,
  type Initiative,
  type InitiativeField,
  type InitiativeQuery,
  type Taxonomies,
} from '@sinn/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { integerAttribute } from '../base/attributes.js';
import { FilterBar } from '../base/filter-bar.js';
import type { FilterSpec } from '../base/filters.js';
import { Resource } from '../base/resource.js';
import { SinnElement } from '../base/sinn-element.js';
import { contentErrorState, emptyState, moreButton, showMore, staleNotice } from '../base/states.js';
import { stateStyles } from '../base/states.styles.js';
import { labels, taxonomies } from '../base/taxonomies.js';
import { cardPiecesStyles } from './card-pieces.styles.js';
import { card, type CardContext } from './card.js';
import { CARD_FIELDS, type CompactCardInitiative } from './fields.js';
import { InitiativeOpening } from './initiative-opening.js';
import { initiativeCardsStyles } from './initiative-cards.styles.js';
import { cardsText, type CardsMessageKey } from './messages/messages.js';
import { cardsQuery, fieldsOf, listQuery, slugOf, viewOf, type FilterIds, type View } from './query.js';

const QUERY_ATTRIBUTES = ['topic', 'region', 'stage', 'sdg', 'organisation', 'q', 'limit', 'slug'] as const;

interface Page {
  /** As the view asked for them (its `fields`), or whole (`slug`, one initiative). */
  items: CompactCardInitiative[];
  /** The fields the items were asked with; undefined: whole. */
  fields: readonly InitiativeField[] | undefined;
  total: number;
  nextCursor: string | null;
  generatedAt: string | undefined;
}

export interface InitiativeSelectDetail {
  /** The initiative opened, whole, as `GET /v1/initiatives/{slug}` gives it. */
  initiative: Initiative;
}

type FilterName = 'region' | 'topic' | 'stage' | 'sdg';
const FILTERS: FilterSpec<FilterName>[] = [
  { name: 'region', vocabulary: 'regions', ids: REGION_IDS },
  { name: 'topic', vocabulary: 'topics', ids: TOPIC_IDS },
  { name: 'stage', vocabulary: 'stages', ids: STAGE_IDS },
  { name: 'sdg', vocabulary: 'sdgs', ids: SDG_IDS },
];
const FILTER_IDS: FilterIds = { region: REGION_IDS, topic: TOPIC_IDS, stage: STAGE_IDS, sdg: SDG_IDS };

/**
 * Social innovations from Saxony as cards: filtered, paged, with a detail dialog.
 *
 * @tagname sinn-initiative-cards
 * @summary Shows SINN initiatives as a grid, a list or a compact list, or a single initiative.
 * @attr topic - Topics, comma-separated (`wohnen,inklusion`); shows initiatives with any of them.
 * @attr region - Regions of Saxony, comma-separated (`dresden,bautzen`).
 * @attr stage - Stages: `idee`, `pilot`, `wachstum`, `etabliert`.
 * @attr sdg - UN Sustainable Development Goals by number, comma-separated (`3,11`).
 * @attr organisation - The slug of one organisation.
 * @attr q - Free text the initiatives must contain.
 * @attr limit - Cards per page, 1 to 100; default 6.
 * @attr {'grid' | 'list' | 'compact'} view - `grid` (default), `list` or `compact`.
 * @attr slug - Shows this one initiative in full instead of a list.
 * @attr filters - Shows filter controls (region, topic, stage, SDG) that set the attributes above.
 * @attr heading-level - Level of the card titles, 2 to 6; default 3.
 * @fires {CustomEvent<InitiativeSelectDetail>} sinn-initiative-select - A card was opened, and its whole initiative came (the detail carries it whole); cancel it to show your own detail page instead of the dialog.
 * @csspart card - One card.
 * @csspart title - The heading of a card.
 * @csspart title-button - The button in a card's heading that opens its detail.
 * @csspart image - An initiative's image.
 * @csspart teaser - The teaser text of a card.
 * @csspart meta - Region and organisation line.
 * @csspart region - The region in a card.
 * @csspart organisation - The organisation in a card.
 * @csspart badges - The list of SDG badges.
 * @csspart badge - A topic or SDG badge.
 * @csspart sdg - An SDG badge with its number, which is a `badge` too (`part="badge sdg"`).
 * @csspart topics - The list of an initiative's topics.
 * @csspart topic - A topic badge.
 * @csspart more-topics - On a card with more than two topics: how many more there are (`+2`), beside the second; the detail shows them all.
 * @csspart crowdfunding - The crowdfunding box.
 * @csspart progress - The crowdfunding progress bar.
 * @csspart link - A link to a website or campaign.
 * @csspart button - Buttons: show more, retry, filter reset, the filters' toggle (on a phone), close.
 * @csspart more - The button under the cards that shows the next ones, which is a `button` too.
 * @csspart retry - The button that tries again, in an error message or a stale notice; a `button` too.
 * @csspart reset - The filter bar's button that clears every filter, which is a `button` too.
 * @csspart filters-toggle - Narrower than three filters side by side (a phone), the button that shows and hides the filter controls, with how many filters are on; a `button` too.
 * @csspart close - The detail dialog's close button, which is a `button` too.
 * @csspart filters - The filter controls.
 * @csspart dialog - The detail dialog.
 * @csspart detail-title - An initiative's title in its detail: the dialog's heading, or that of the one initiative shown with `slug`.
 * @csspart easy-language - An initiative's summary in Leichte Sprache in its detail, where it has one.
 * @csspart error - The error message with its retry button.
 * @csspart empty - The sentence shown when nothing matches.
 * @csspart stale - The notice shown when a refresh failed.
 * @slot - Fallback content (a link to the platform), shown until the element has loaded.
 */
export class SinnInitiativeCards extends SinnElement {
  static override styles = [...SinnElement.styles, stateStyles, cardPiecesStyles, initiativeCardsStyles];
  static override catalogs = [...SinnElement.catalogs, cardsText];

  static override properties = {
    ...SinnElement.properties,
    topic: { type: String, reflect: true },
    region: { type: String, reflect: true },
    stage: { type: String, reflect: true },
    sdg: { type: String, reflect: true },
    organisation: { type: String, reflect: true },
    q: { type: String, reflect: true },
    limit: { type: String, reflect: true },
    view: { type: String, reflect: true },
    slug: { type: String, reflect: true },
    filters: { type: Boolean, reflect: true },
    headingLevel: { type: String, attribute: 'heading-level' },
  };

  declare topic: string | undefined;
  declare region: string | undefined;
  declare stage: string | undefined;
  declare sdg: string | undefined;
  declare organisation: string | undefined;
  declare q: string | undefined;
  declare limit: string | undefined;
  /** `grid` (default), `list` or `compact`; another word is said on the console and ignored. */
  declare view: View | undefined;
  declare slug: string | undefined;
  declare filters: boolean;
  declare headingLevel: string | undefined;

  #vocabulary: Taxonomies | undefined;
  readonly #opening = new InitiativeOpening<CompactCardInitiative>(
    this,
    () => this.#context(),
    (initiative) => this.emit<InitiativeSelectDetail>('sinn-initiative-select', { initiative }),
  );

  readonly #list = new Resource<Page>(this, (signal) => this.#fetchList(signal));

  /** The query the attributes ask for; wrong values are reported and left out. */
  get query(): InitiativeQuery {
    return cardsQuery(this, this, FILTER_IDS);
  }

  get #view(): View {
    return viewOf(this, this);
  }

  get #fields(): InitiativeField[] {
    return fieldsOf(this, this);
  }

  async #fetchList(signal: AbortSignal): Promise<Page> {
    const client = this.clientOrFail();
    const vocabulary = taxonomies(client);
    const slug = slugOf(this, this);
    if (slug) {
      const [one, terms] = await Promise.all([client.get(getInitiativeEndpoint, { params: { slug }, signal }), vocabulary, this.#opening.detailCode()]);
      this.#vocabulary = terms;
      return { items: [one], fields: undefined, total: 1, nextCursor: null, generatedAt: undefined };
    }
    const query = listQuery(this, this, FILTER_IDS);
    const [list, terms] = await Promise.all([client.get(listInitiativesEndpoint, { query, signal }), vocabulary]);
    this.#vocabulary = terms;
    return { ...list, fields: query.fields };
  }

  /** Loads the data again, keeping what is shown; if that fails, what is shown is marked with its date. */
  refresh(): Promise<void> {
    return this.#list.load({ keep: true });
  }

  readonly #filterBar = new FilterBar<FilterName>(this, 'filters.label', FILTERS);

  protected override codeToWaitFor(): Promise<unknown> | null {
    return this.filters ? this.#filterBar.ready() : null;
  }

  protected override firstRequests(): void {
    void this.#list.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another view asks again where its cards draw what the page's cards lack (compact to grid), not otherwise.
    const since = this.changedSinceAsked(changed);
    const shown = this.#list.data?.fields;
    const lacking = since.has('view') && shown !== undefined && this.#fields.some((field) => !shown.includes(field));
    const asked = lacking || QUERY_ATTRIBUTES.some((name) => since.has(name)) || since.has('api') || since.has('partnerKey');
    if (asked) {
      // A different question: keep the old answer on screen while asking (no jump), but never show it as
      // the answer to the new one if asking fails.
      void this.#list.load({ keep: this.#list.data !== undefined, keepOnError: false });
    }
  }

  async #more(): Promise<void> {
    const client = this.client;
    const first = this.#list.data?.items.length ?? 0;
    if (!client || !this.#list.data?.nextCursor) return;
    await showMore(
      this,
      this.#list,
      async (page, signal) => {
        const next = await client.get(listInitiativesEndpoint, { query: { ...this.query, fields: page.fields ? [...page.fields] : undefined, cursor: page.nextCursor! }, signal });
        return { ...next, fields: page.fields, items: [...page.items, ...next.items] };
      },
      '.card .open',
      first,
    );
  }


  /**
   * A card opens once its initiative's whole record is here (the cards hold only what they draw): then the page
   * hears of it, with the whole record, and the dialog shows it; meanwhile the title clicked shows that it loads.
   */
  #open = (initiative: CompactCardInitiative, opener: HTMLElement): void => {
    this.#opening.open(initiative, opener);
  };

  #setFilter = (name: FilterName, value: string): void => {
    this[name] = value || undefined;
  };

  /** Whether the cards shown carry what a full card draws: whole, or asked for with CARD_FIELDS. */
  get #full(): boolean {
    const fields = this.#list.data?.fields;
    return fields === undefined || CARD_FIELDS.every((field) => fields.includes(field));
  }

  #context(): CardContext {
    const level = integerAttribute(this, 'heading-level', this.headingLevel, 2, 6, 3);
    return {
      lang: this.language,
      label: labels(this.#vocabulary, this),
      headingLevel: level,
      // Compact cards asked for no more than they draw: turned into a grid, they stay compact until the cards
      // with all a full card draws come.
      compact: this.#view === 'compact' || !this.#full,
      open: this.#open,
    };
  }

  #skeleton(): TemplateResult {
    const count = this.slug ? 1 : (this.query.limit ?? 6);
    const compact = this.#view === 'compact';
    // The same slots as a card (card.ts), each of fixed height, so the page does not move when cards arrive.
    return html`<div class="cards ${this.#view}" aria-hidden="true">
        ${Array.from(
          { length: count },
          () => html`<div class="slot"><div class="card skeleton-card">
            ${compact ? nothing : html`<div class="media skeleton"></div>`}
            <div class="body">
              <div class="title-slot"><div class="skeleton line"></div></div>
              <div class="meta"><div class="skeleton line short"></div></div>
              ${compact
                ? nothing
                : html`<div class="teaser"><div class="skeleton line"></div><div class="skeleton line"></div></div>
                    <div class="topics"></div>
                    <div class="badges-row"></div>`}
            </div>
          </div></div>`,
        )}
      </div>
      ${this.slug ? nothing : html`<p class="more-row"><span class="more-placeholder"></span></p>`}`;
  }

  #content(): TemplateResult {
    const list = this.#list;
    if (list.state === 'loading') return this.#skeleton();
    if (list.state === 'error') return contentErrorState(this, list.error, () => list.load());
    const page = list.data!;
    // "Remove a filter" only where the visitor has one on in the bar to remove.
    if (page.items.length === 0) return emptyState(this.#text(this.filters && FILTERS.some(({ name }) => this[name]) ? 'initiatives.empty.filtered' : 'initiatives.empty'));
    const context = this.#context();
    if (this.slug) {
      // One initiative by its slug is whole. Its title's id need be unique only in the element's shadow root.
      return html`<article class="single" part="card">${this.#opening.code!.detail(page.items[0] as Initiative, context, 'single-title')}</article>`;
    }
    return html`${list.stale ? staleNotice(this, page.generatedAt, () => this.refresh()) : nothing}
      <div class="cards ${this.#view}" role="list">
        ${page.items.map((item) => html`<div class="slot" role="listitem">${card(item, context)}</div>`)}
      </div>
      <p class="more-row">
        ${page.nextCursor
          ? moreButton(this, this.#list, this.#text('initiatives.more'), () => void this.#more())
          : html`<span class="more-placeholder"></span>`}
      </p>`;
  }

  #text(key: CardsMessageKey, vars?: Record<string, string | number>): string {
    return cardsText(this.language, key, vars);
  }

  #count(): string {
    const page = this.#list.data;
    if (!page || this.slug) return '';
    // How many are shown of how many: a next page loaded changes it, so that it is said, not only seen.
    if (page.items.length < page.total) return this.#text('initiatives.count.shown', { shown: page.items.length, count: page.total });
    return page.total === 1 ? this.#text('initiatives.count.one') : this.#text('initiatives.count', { count: page.total });
  }

  protected override render(): TemplateResult {
    return html`<section aria-label=${this.#text('initiatives.label')} aria-busy=${this.#list.pending}>
      ${this.filters ? this.#filterBar.render(this.#vocabulary, this.#setFilter) : nothing}
      <p class="visually-hidden" role="status">${this.#count()}</p>
      ${this.#content()}
      ${this.#opening.render()}
    </section>`;
  }
}

/** The events `<sinn-initiative-cards>` dispatches, by name: `addEventListener` and the JSX and Vue typings read them from here. */
export interface SinnInitiativeCardsEventMap {
  'sinn-initiative-select': CustomEvent<InitiativeSelectDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'sinn-initiative-cards': SinnInitiativeCards;
  }
  // The events bubble and are composed: a page may listen for them on the element, the document or the window.
  interface HTMLElementEventMap extends SinnInitiativeCardsEventMap {}
  interface DocumentEventMap extends SinnInitiativeCardsEventMap {}
  interface WindowEventMap extends SinnInitiativeCardsEventMap {}
}
