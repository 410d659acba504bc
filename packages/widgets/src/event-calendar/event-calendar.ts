import {
  EVENT_CATEGORY_IDS,
  EVENT_FORMAT_IDS,
  eventFeedEndpoint,
  eventIcsEndpoint,
  getEventEndpoint,
  listEventsEndpoint,
  REGION_IDS,
  TOPIC_IDS,
  type Event,
  type EventFeedQuery,
  type Occurrence,
  type Taxonomies,
} from '@sinn/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { integerAttribute } from '../base/attributes.js';
import type { DetailDialog } from '../base/detail-dialog.js';
import { FilterBar } from '../base/filter-bar.js';
import type { FilterSpec } from '../base/filters.js';
import { heading } from '../base/heading.js';
import { adoptLaterStyles } from '../base/later-styles.js';
import { RecordOpener, type OpenFailure } from '../base/record-opener.js';
import { Resource } from '../base/resource.js';
import { SinnElement } from '../base/sinn-element.js';
import { contentErrorState, emptyState, errorState, moreButton, showMore, staleNotice } from '../base/states.js';
import { stateStyles } from '../base/states.styles.js';
import { labels, taxonomies, taxonomiesHere } from '../base/taxonomies.js';
import { agenda, eventRow, upcoming, skeletonRows, type ListContext } from './agenda.js';
import { GRID_DAYS, gridStart, monthStart, type Day } from './days.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import type { DetailContext } from './event-detail.js';
import { eventsByDay, place, type Placed } from './layout.js';
import { calendarText, type CalendarMessageKey } from './messages/messages.js';
import type { GridEvent, JsonLdEvent, RowEvent } from './fields.js';
import { keyTarget, monthGrid } from './month-grid.js';
import { eventHeading } from './status.js';
import {
  filterQueryOf,
  fromOf,
  limitOf,
  listQuery,
  monthOf,
  monthQuery,
  todayOf,
  viewOf,
  zoneOf,
  type FilterIds,
  type View,
} from './query.js';
import { longDay, monthTitle } from './when.js';

type FilterName = 'region' | 'category' | 'topic' | 'format';
const FILTERS: FilterSpec<FilterName>[] = [
  { name: 'region', vocabulary: 'regions', ids: REGION_IDS },
  { name: 'category', vocabulary: 'eventCategories', ids: EVENT_CATEGORY_IDS },
  { name: 'topic', vocabulary: 'topics', ids: TOPIC_IDS },
  { name: 'format', vocabulary: 'eventFormats', ids: EVENT_FORMAT_IDS },
];
const FILTER_IDS: FilterIds = { region: REGION_IDS, category: EVENT_CATEGORY_IDS, topic: TOPIC_IDS, format: EVENT_FORMAT_IDS };
const QUERY_PROPERTIES = ['view', 'region', 'category', 'topic', 'format', 'from', 'month', 'limit', 'timeZone', 'structuredData', 'api', 'partnerKey', 'events'];
/** Below this width (in the element's em) a month grid has no room for titles, and the agenda takes over. */
const NARROW_EM = 40;

/**
 * An event as the calendar's lists hold it: what its views draw (the API is asked for these `fields` only), and,
 * with `structured-data`, what the JSON-LD writes. Given to the `events` property, it is whole.
 */
type ListedEvent = GridEvent & RowEvent & Partial<JsonLdEvent>;

/** What the dialog shows: an event, a day with its events, or an event that could not be opened. */
type DialogItem = EventSelectDetail['event'] | Day | OpenFailure<ListedEvent>;

/** What is shown: the events, and for a month which month they are. */
interface Shown {
  events: ListedEvent[];
  /** Whether the events carry what the JSON-LD writes. */
  jsonLd: boolean;
  month: Day | undefined;
  nextCursor: string | null;
  total: number;
  generatedAt: string | undefined;
}

/** A month's events, all of them: or the events given to the element, all there are. */
function monthShown(events: ListedEvent[], month: Day | undefined, jsonLd: boolean): Shown {
  return { events, jsonLd, month, nextCursor: null, total: events.length, generatedAt: undefined };
}

/** An answer's events placed on their days in a zone, and what the month grid makes of them. */
interface Placement {
  shown: Shown;
  zone: string | undefined;
  placed: Placed<ListedEvent>[];
  visible?: ListedEvent[];
  byDay?: Map<Day, Placed<ListedEvent>[]>;
}

export interface EventSelectDetail {
  /**
   * The occurrence opened, whole, as `GET /v1/events/{slug}` gives its event: with the event's coming
   * `occurrences`, and the opened occurrence's `occurrenceId`, `start` and `end`. An event given to the `events`
   * property comes as it was given.
   */
  event: Event & { occurrences?: Occurrence[] };
}

/**
 * SINN's events: a month grid, an agenda grouped by day, or the next few events for a sidebar; with a detail
 * dialog, "add to calendar" and a feed to subscribe to.
 *
 * @tagname sinn-event-calendar
 * @summary Shows SINN events as a month grid, an agenda or a list of upcoming events.
 * @attr {'month' | 'agenda' | 'upcoming'} view - `month` (default), `agenda` or `upcoming`. A month narrower than 40em shows as an agenda.
 * @attr region - Regions of Saxony, comma-separated (`chemnitz,zwickau`).
 * @attr category - Event categories, comma-separated (`workshop,hackathon`).
 * @attr topic - Topics, comma-separated (`wohnen,inklusion`).
 * @attr format - `onsite`, `online` or `hybrid`, comma-separated.
 * @attr month - The month shown first, `YYYY-MM`; default: this month.
 * @attr from - Where the agenda and upcoming views start, `YYYY-MM-DD`; default: today.
 * @attr limit - Events per page of the agenda (default 20) and of the upcoming list (default 5), 1 to 100.
 * @attr filters - Shows filter controls (region, category, topic, format) that set the attributes above.
 * @attr time-zone - `Europe/Berlin` (default), `local` (the visitor's device) or another IANA zone.
 * @attr week-numbers - Shows the ISO week numbers (KW) in the month grid.
 * @attr structured-data - Writes schema.org `Event` JSON-LD of the events shown into the page, for search engines.
 * @attr heading-level - Level of the calendar's heading, 2 to 5; default 2 (day headings one below).
 * @prop {Event[] | undefined} events - Events to show instead of asking the SINN API (from your own source, or
 *   rendered on the server); the element then makes no request for them.
 * @fires {CustomEvent<EventSelectDetail>} sinn-event-select - An event was opened, and its whole record came (the detail carries it whole); cancel it to show your own detail page instead of the dialog.
 * @csspart header - The heading, the month navigation and the subscribe box.
 * @csspart title - The calendar's heading (the month).
 * @csspart nav - The month navigation.
 * @csspart summary - The line that says how many events are shown (in a month without events, that it has none).
 * @csspart grid - The month grid (a table).
 * @csspart event - An event: a bar in the grid, a row in a list.
 * @csspart more - The "+N more" button of a day in the grid; and the button under the agenda that shows more events, a `button` too.
 * @csspart status - "Cancelled" or "Postponed" before an event's title.
 * @csspart agenda - The agenda and upcoming lists.
 * @csspart day-heading - A day's heading in the agenda.
 * @csspart legend - The legend of the event categories.
 * @csspart subscribe - The box with the feed to subscribe to.
 * @csspart feed-url - The feed's address, to copy.
 * @csspart copy - The button beside the feed's address that copies it, which is a `button` too.
 * @csspart webcal - The link that opens the feed in a calendar app (`webcal:`), which is a `link` too.
 * @csspart facts - When, where, organiser and registration in the detail.
 * @csspart detail-title - The heading of the detail dialog: an event's status and title, or a day's date.
 * @csspart easy-language - An event's summary in Leichte Sprache in its detail, where it has one.
 * @csspart registration - The link to an event's registration in its detail, while it is open; a `link` too.
 * @csspart online - The link to an online event in its detail, which is a `link` too.
 * @csspart ics - The link in the detail that downloads the event as an `.ics` file, which is a `link` too.
 * @csspart google - The link in the detail that adds the event to Google Calendar, which is a `link` too.
 * @csspart outlook - The link in the detail that adds the event to Outlook, which is a `link` too.
 * @csspart link - Links: registration, online, add to calendar.
 * @csspart button - Buttons: previous, next, today, copy, retry, close, show more, filter reset, the filters' toggle (on a phone).
 * @csspart previous - The button that shows the month before, which is a `button` too.
 * @csspart today - The button that shows the current month, which is a `button` too.
 * @csspart next - The button that shows the month after, which is a `button` too.
 * @csspart next-month - Under a month shown as a list (narrow), the button that shows the month after, named; a `button` too.
 * @csspart retry - The button that tries again, in an error message or a stale notice; a `button` too.
 * @csspart reset - The filter bar's button that clears every filter, which is a `button` too.
 * @csspart filters-toggle - Narrower than three filters side by side (a phone), the button that shows and hides the filter controls, with how many filters are on; a `button` too.
 * @csspart close - The detail dialog's close button, which is a `button` too.
 * @csspart filters - The filter controls.
 * @csspart dialog - The detail dialog.
 * @csspart error - The error message with its retry button.
 * @csspart empty - The sentence shown when an agenda or the upcoming list has nothing to show (a month says so in its summary).
 * @csspart stale - The notice shown when a refresh failed.
 * @cssprop --sinn-category-netzwerktreffen - Colour of the category `netzwerktreffen` (Netzwerktreffen): a bar's edge and tint, its swatch in the legend; default #1f6feb.
 * @cssprop --sinn-category-workshop - Colour of the category `workshop` (Workshop): a bar's edge and tint, its swatch in the legend; default #2e8540.
 * @cssprop --sinn-category-hackathon - Colour of the category `hackathon` (Hackathon): a bar's edge and tint, its swatch in the legend; default #8250df.
 * @cssprop --sinn-category-studienreise - Colour of the category `studienreise` (Studienreise): a bar's edge and tint, its swatch in the legend; default #b35900.
 * @cssprop --sinn-category-dialog - Colour of the category `dialog` (Dialogveranstaltung): a bar's edge and tint, its swatch in the legend; default #0a7ea4.
 * @cssprop --sinn-category-roadshow - Colour of the category `roadshow` (Roadshow): a bar's edge and tint, its swatch in the legend; default #c2185b.
 * @cssprop --sinn-category-festival - Colour of the category `festival` (Festival): a bar's edge and tint, its swatch in the legend; default #d4a000.
 * @cssprop --sinn-category-webinar - Colour of the category `webinar` (Webinar): a bar's edge and tint, its swatch in the legend; default #5c6bc0.
 * @cssprop --sinn-category-preisverleihung - Colour of the category `preisverleihung` (Preisverleihung): a bar's edge and tint, its swatch in the legend; default #a0522d.
 * @cssprop --sinn-category-sprechstunde - Colour of the category `sprechstunde` (Sprechstunde): a bar's edge and tint, its swatch in the legend; default #607d8b.
 * @cssprop --sinn-category-other - Colour of the events of a category newer than the widget, named "Sonstiges" ("Other") in the legend; default #8c959f (grey).
 * @slot - Fallback content (a link to the platform), shown until the element has loaded.
 */
export class SinnEventCalendar extends SinnElement {
  static override styles = [...SinnElement.styles, stateStyles, eventCalendarStyles];
  static override catalogs = [...SinnElement.catalogs, calendarText];

  static override properties = {
    ...SinnElement.properties,
    view: { type: String, reflect: true },
    region: { type: String, reflect: true },
    category: { type: String, reflect: true },
    topic: { type: String, reflect: true },
    format: { type: String, reflect: true },
    month: { type: String, reflect: true },
    from: { type: String, reflect: true },
    limit: { type: String, reflect: true },
    filters: { type: Boolean, reflect: true },
    timeZone: { type: String, attribute: 'time-zone' },
    weekNumbers: { type: Boolean, attribute: 'week-numbers' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    headingLevel: { type: String, attribute: 'heading-level' },
    events: { attribute: false },
  };

  /** `month` (default), `agenda` or `upcoming`; another word is said on the console and ignored. */
  declare view: View | undefined;
  declare region: string | undefined;
  declare category: string | undefined;
  declare topic: string | undefined;
  declare format: string | undefined;
  declare month: string | undefined;
  declare from: string | undefined;
  declare limit: string | undefined;
  declare filters: boolean;
  declare timeZone: string | undefined;
  declare weekNumbers: boolean;
  declare structuredData: boolean;
  declare headingLevel: string | undefined;
  declare events: Event[] | undefined;

  /** The month navigated to; undefined: the `month` attribute's. */
  #navigated: Day | undefined;
  #focus: Day | undefined;
  #narrow = false;
  #copied = '';
  /** Whether the subscribe box was ever opened: its content comes then, with the detail's code. */
  #subscribing = false;
  #vocabulary: Taxonomies | undefined;
  #lifetime = new AbortController();
  #months = new Map<string, Promise<ListedEvent[]>>();
  #given: Shown | undefined;
  /** The answer's events on their days in the zone shown, and what the month makes of them, worked out once. */
  #placement: Placement | undefined;
  /** The dialog of an event or a day, made when its code came (with the detail's, #dialogCode). */
  #dialog: DetailDialog<DialogItem> | undefined;
  /**
   * Events and days open in the dialog, whose code (with the detail's) comes on the first sign that a person is
   * about to open one: a pointer over an event or a day's "+N more", the focus on one or on a day of the grid.
   */
  readonly #opener = new RecordOpener<ListedEvent, EventSelectDetail['event'], Day>(
    this,
    () => this.#dialogCode(),
    async (event, signal) => {
      // The detail's code and strings come meanwhile, once; their failure is the dialog's to say.
      const code = this.#detail ? undefined : this.#loadDetail();
      const whole = await this.#whole(event, signal);
      await code;
      return whole;
    },
    (event) => this.emit<EventSelectDetail>('sinn-event-select', { event }),
    '[part~="event"], [part~="more"], td:focus',
  );
  /** The detail of an event, loaded with the first one a person opens (or the subscribe box). */
  #detail: typeof import('./event-detail.js') | undefined;
  #detailComing: Promise<void> | undefined;
  #detailFailed = false;
  readonly #data = new Resource<Shown>(this, (signal) => this.#load(signal));
  // Measured in the next frame: switching between grid and agenda changes the element's height, which must
  // not happen inside the observer's own notification (a "ResizeObserver loop" error).
  readonly #resize = new ResizeObserver(() => requestAnimationFrame(() => this.#measure()));

  // ---- what the attributes ask for ----

  get #zone(): string | undefined {
    return zoneOf(this, this);
  }

  get #view(): View {
    return viewOf(this, this);
  }

  get #today(): Day {
    return todayOf(this, this);
  }

  get #shownMonth(): Day {
    return this.#navigated ?? monthOf(this, this);
  }

  get #from(): Day {
    return fromOf(this, this);
  }

  /** The filters, as the feed and the list take them. */
  get #filterQuery(): EventFeedQuery {
    return filterQueryOf(this, this, FILTER_IDS);
  }

  get #limit(): number {
    return limitOf(this, this);
  }

  /** The month grid, or the agenda of the month where the grid has no room. */
  get #mode(): 'grid' | 'month-agenda' | 'agenda' | 'upcoming' {
    const view = this.#view;
    if (view === 'month') return this.#narrow ? 'month-agenda' : 'grid';
    return view;
  }

  get #level(): number {
    return integerAttribute(this, 'heading-level', this.headingLevel, 2, 5, 2);
  }

  // ---- data ----

  async #load(signal: AbortSignal): Promise<Shown> {
    const client = this.clientOrFail();
    const vocabulary = taxonomies(client);
    const jsonLd = this.structuredData;
    let shown: Shown;
    if (this.#view === 'month') {
      const month = this.#shownMonth;
      const events = await this.#monthEvents(month);
      shown = monthShown(events, month, jsonLd);
    } else {
      const list = await this.#listPage(signal);
      shown = { events: list.items, jsonLd, month: undefined, nextCursor: list.nextCursor, total: list.total, generatedAt: list.generatedAt };
    }
    this.#vocabulary = await vocabulary;
    return shown;
  }

  /**
   * Every event of a month's six weeks, page after page, remembered per month, filter and fields: the months
   * around are fetched when a person reaches for the navigation, and going back to a month asks the server only
   * whether it changed (ETag).
   */
  #monthEvents(month: Day): Promise<ListedEvent[]> {
    const client = this.client!;
    const query = monthQuery(this, this, month, FILTER_IDS);
    const key = client.url(listEventsEndpoint, {}, query);
    let promise = this.#months.get(key);
    if (!promise) {
      const signal = this.#lifetime.signal;
      promise = (async () => {
        const events: ListedEvent[] = [];
        let cursor: string | undefined;
        do {
          const page = await client.get(listEventsEndpoint, { query: { ...query, cursor }, signal });
          events.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return events;
      })();
      // A failure is not remembered: the retry asks again.
      promise.catch(() => this.#months.delete(key));
      this.#months.set(key, promise);
    }
    return promise;
  }

  /**
   * The months before and after the one shown, fetched when the pointer or the focus reaches the month's
   * navigation: what a person may see next is there when they click, and a page nobody browses downloads one
   * month, not three.
   */
  #prefetch = (): void => {
    if (!this.client || this.events || this.#view !== 'month') return;
    const month = this.#shownMonth;
    for (const other of [monthStart(month, 1), monthStart(month, -1)]) this.#monthEvents(other).catch(() => undefined);
  };

  /**
   * What the view shows: the events given to the `events` property, as they are (drawn in the same frame, with
   * no request), or those the API answered.
   */
  get #current(): Shown | undefined {
    const events = this.events;
    if (!events) return this.#data.data;
    const month = this.#view === 'month' ? this.#shownMonth : undefined;
    if (this.#given?.events !== events || this.#given.month !== month) {
      this.#given = monthShown(events, month, true);
    }
    return this.#given;
  }

  /** The labels of categories and formats for given events: from the API where there is one, drawn when they come. */
  #loadLabels(): void {
    const client = this.client;
    if (!client || (this.#vocabulary ??= taxonomiesHere(client))) return;
    taxonomies(client).then(
      (vocabulary) => {
        this.#vocabulary = vocabulary;
        this.requestUpdate();
      },
      () => undefined,
    );
  }

  /** The retry after an answer that could not be shown: the months remembered may hold that answer. */
  protected override reload(): void {
    this.#months.clear();
    super.reload();
  }

  /** Loads the data again, keeping what is shown; if that fails, what is shown is marked with its date. */
  refresh(): Promise<void> {
    this.#months.clear();
    return this.#data.load({ keep: true });
  }

  /**
   * The whole record of a listed occurrence: its event from `GET /v1/events/{slug}`, with the occurrence's own id,
   * start and end. Events given to the `events` property are whole already.
   */
  async #whole(event: ListedEvent, signal: AbortSignal): Promise<EventSelectDetail['event']> {
    if (this.events) return event as Event;
    const client = this.clientOrFail();
    const detail = await client.get(getEventEndpoint, { params: { slug: event.slug }, signal });
    return { ...detail, occurrenceId: event.occurrenceId, start: event.start, end: event.end };
  }

  /** A page of the list views (not the month's), from its start or from a cursor. */
  #listPage(signal: AbortSignal, cursor?: string) {
    return this.client!.get(listEventsEndpoint, { query: { ...listQuery(this, this, FILTER_IDS), cursor }, signal });
  }

  async #more(): Promise<void> {
    const first = this.#data.data?.events.length ?? 0;
    if (!this.client || !this.#data.data?.nextCursor) return;
    await showMore(
      this,
      this.#data,
      async (shown, signal) => {
        const next = await this.#listPage(signal, shown.nextCursor!);
        return { ...shown, events: [...shown.events, ...next.items], nextCursor: next.nextCursor };
      },
      '.agenda button.row',
      first,
    );
  }


  // ---- life cycle ----

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#lifetime.signal.aborted) this.#lifetime = new AbortController();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    this.#lifetime.abort(new DOMException('The element left the page', 'AbortError'));
    this.#months.clear();
  }

  #measure(): void {
    const width = this.getBoundingClientRect().width;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    // Not laid out (hidden): keep what was decided.
    const narrow = width > 0 ? width / em < NARROW_EM : this.#narrow;
    if (narrow !== this.#narrow) {
      this.#narrow = narrow;
      this.requestUpdate();
    }
  }

  readonly #filterBar = new FilterBar<FilterName>(this, 'filters.events', FILTERS);

  protected override codeToWaitFor(): Promise<unknown> | null {
    return this.filters ? this.#filterBar.ready() : null;
  }

  protected override firstRequests(): Promise<void> | void {
    // The first render guesses from the window (read without a layout, in the usual 16px em): a phone gets the
    // agenda at once. The element itself is measured once its first render is in place (see firstUpdated).
    this.#narrow = innerWidth < NARROW_EM * 16;
    if (this.events) this.#loadLabels();
    else return this.#data.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('month')) this.#navigated = undefined;
    // Only the lists read the limit, but a wrong one is said in every view, as any wrong value is: a page that
    // switches its view later finds it said now.
    if (changed.has('limit')) void this.#limit;
    const since = this.changedSinceAsked(changed);
    const asked = QUERY_PROPERTIES.some((name) => since.has(name));
    if (asked && this.events) this.#loadLabels();
    else if (asked) {
      // A different question: keep the old answer on screen while asking (no jump), but never show it as
      // the answer to the new one if asking fails.
      void this.#data.load({ keep: this.#data.data !== undefined, keepOnError: false });
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Measured now, the layout this asks for is the one the browser would do for this frame anyway; measured
    // before the first render, it would be one more. Where the guess was wrong (a narrow column on a wide screen)
    // the other view replaces it before anything is painted.
    this.#measure();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.structuredData || changed.has('structuredData')) {
      // For search engines only: its code comes when a page asks for it. What is written is what is shown when
      // the code is there, so an earlier call that resolves later cannot write an older state.
      void import('./structured-data.js').then(({ writeStructuredData }) =>
        // Events asked for without what the JSON-LD writes (structured-data was just set) are not written.
        writeStructuredData(this, this.structuredData && this.#current?.jsonLd ? ((this.#visibleEvents() as JsonLdEvent[] | undefined) ?? null) : null),
      );
    }
  }

  // ---- interaction ----

  #nextFromEnd = (): void => {
    this.#go(monthStart(this.#shownMonth, 1));
    this.renderRoot.querySelector<HTMLElement>('[part~=next]')!.focus();
  };

  #go(month: Day, focus?: Day): void {
    this.#navigated = month;
    this.#focus = focus;
    if (this.events) this.requestUpdate();
    else void this.#data.load({ keep: true, keepOnError: false });
    // A person going from month to month with the navigation in hand is likely to go on.
    if (this.renderRoot.querySelector('.nav:hover, .nav:focus-within')) this.#prefetch();
  }

  /**
   * An event opens once its whole record is here (the lists hold only what they draw): then the page hears of it,
   * with the whole record, and the dialog shows it; meanwhile the thing clicked shows that it loads.
   */
  #openEvent = (event: ListedEvent, opener: HTMLElement | undefined): void => {
    void this.#opener.open(event, opener);
  };

  /** The dialog; the detail's code is on its way with it (once), and its failure is said in the dialog. */
  async #dialogCode(): Promise<DetailDialog<DialogItem>> {
    if (!this.#detail) void this.#loadDetail();
    const { DetailDialog } = await import('../base/detail-dialog.js');
    return (this.#dialog ??= new DetailDialog(this));
  }

  /**
   * The detail's code and strings, which come with the first event opened or the subscribe box, with the
   * dialog's chunk, which holds the detail's summary in Leichte Sprache (no round trip more); asked for once at a
   * time. Offline since the calendar came, the dialog opens with the event's title (the box with its summary),
   * says what went wrong and offers a retry.
   */
  #loadDetail(): Promise<void> {
    return (this.#detailComing ??= (async () => {
      this.#detailFailed = false;
      this.requestUpdate();
      try {
        const [detail, easy] = await Promise.all([import('./event-detail.js'), import('../base/easy-language.js'), calendarText.more(this.language)]);
        adoptLaterStyles(this, [easy.easyLanguageStyles, detail.eventDetailStyles]);
        this.#detail = detail;
      } catch (error) {
        console.error('SINN widgets: the detail of the calendar could not be loaded.', error);
        this.#detailFailed = true;
      }
      this.#detailComing = undefined;
      this.requestUpdate();
    })());
  }

  async #retryDetail(focus: string): Promise<void> {
    await this.#loadDetail();
    await this.updateComplete;
    // The retry button is gone, the detail or the error in its place: the first control there takes the focus.
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  /** What stands in the detail's place while its code comes, or could not come. */
  #detailPending(focus: string): TemplateResult {
    return this.#detailFailed
      ? errorState(this, { kind: 'network' }, () => void this.#retryDetail(focus))
      : html`<p role="status">${this.t('state.loading')}</p>`;
  }

  #openDay = (day: Day, opener: HTMLElement): void => {
    void this.#opener.show(day, opener);
  };

  #onGridKey = async (event: KeyboardEvent): Promise<void> => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-day]');
    if (!cell) return;
    const day = Number(cell.dataset.day);
    const target = keyTarget(event.key, day, event.ctrlKey || event.metaKey, event.shiftKey);
    // Enter and Space on an event (focused by a click) are the event's own.
    if (target === undefined || (target === 'open' && (event.target as HTMLElement).closest('button'))) return;
    event.preventDefault();
    if (target === 'open') {
      this.#openDay(day, cell);
      return;
    }
    const month = monthStart(target);
    if (month !== this.#shownMonth) this.#go(month, target);
    else {
      this.#focus = target;
      this.requestUpdate();
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`td[data-day="${target}"]`)?.focus();
  };

  #onGridClick = (event: MouseEvent): void => {
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>('td[data-day]');
    if (!cell) return;
    const day = Number(cell.dataset.day);
    const button = target.closest<HTMLElement>('button');
    // An event's bar opens the event, a day's "+N more" the day.
    if (button) {
      const id = button.dataset.id;
      const found = id ? this.#current?.events.find((one) => one.occurrenceId === id) : undefined;
      if (found) this.#openEvent(found, button);
      else if (!id) this.#openDay(day, button);
      return;
    }
    // A click on a day (not on one of its events) makes it the grid's day, as the arrow keys would.
    this.#focus = day;
    this.requestUpdate();
    cell.focus();
  };

  #onSubscribeToggle = (event: ToggleEvent): void => {
    if (this.#subscribing || !(event.target as HTMLDetailsElement).open) return;
    this.#subscribing = true;
    void this.#loadDetail();
  };

  #setFilter = (name: FilterName, value: string): void => {
    this[name] = value || undefined;
  };

  // ---- rendering ----

  #text(key: CalendarMessageKey, vars?: Record<string, string | number>): string {
    return calendarText(this.language, key, vars);
  }

  /** Asked several times per render (count, grid, JSON-LD): every event placed once per answer and zone. */
  #placed(shown: Shown): Placement {
    const zone = this.#zone;
    if (this.#placement?.shown !== shown || this.#placement.zone !== zone) {
      this.#placement = { shown, zone, placed: shown.events.map((event) => place(event, zone)) };
    }
    return this.#placement;
  }

  /** The events the view shows now (for a month, those of the month itself), or undefined while loading. */
  #visibleEvents(): ListedEvent[] | undefined {
    const shown = this.#current;
    if (!shown) return undefined;
    const month = shown.month;
    if (month === undefined) return shown.events;
    if (month !== this.#shownMonth) return undefined;
    const end = monthStart(month, 1);
    const placement = this.#placed(shown);
    return (placement.visible ??= placement.placed.filter((one) => one.first < end && one.last >= month).map((one) => one.event));
  }

  #byDay(shown: Shown): Map<Day, Placed<ListedEvent>[]> {
    const placement = this.#placed(shown);
    const start = gridStart(shown.month!);
    return (placement.byDay ??= eventsByDay(placement.placed, start, start + GRID_DAYS));
  }

  #listContext(): ListContext<ListedEvent> {
    return {
      lang: this.language,
      zone: this.#zone,
      label: labels(this.#vocabulary, this),
      headingLevel: this.#level + 1,
      open: this.#openEvent,
    };
  }

  #detailContext(): DetailContext {
    const client = this.client;
    return {
      lang: this.language,
      zone: this.#zone,
      label: labels(this.#vocabulary, this),
      icsUrl: (event) => client?.url(eventIcsEndpoint, { slug: event.slug }) ?? '',
      feedUrl: client?.url(eventFeedEndpoint, {}, this.#filterQuery) ?? '',
      copied: this.#copied,
      setCopied: (sentence) => {
        this.#copied = sentence;
        this.requestUpdate();
      },
      now: Date.now(),
    };
  }

  #header(id: string): TemplateResult {
    const mode = this.#mode;
    const month = this.#shownMonth;
    const title =
      mode === 'upcoming'
        ? this.#text('calendar.upcoming')
        : mode === 'agenda'
          ? this.#text('calendar.label')
          : monthTitle(month, this.language);
    const monthly = this.#view === 'month';
    return html`<div class="header" part="header">
      ${heading(this.#level, title, 'title', id)}
      ${monthly
        ? // A button's aria-label is its whole name: the arrows in it are not read.
          html`<div class="nav" part="nav" @pointerenter=${this.#prefetch} @focusin=${this.#prefetch}>
            <button class="button secondary" part="button previous" aria-label=${this.#text('calendar.previous')} @click=${() => this.#go(monthStart(month, -1))}>‹</button>
            <button class="button secondary" part="button today" @click=${() => this.#go(monthStart(this.#today), this.#today)}>${this.#text('calendar.today')}</button>
            <button class="button secondary" part="button next" aria-label=${this.#text('calendar.next')} @click=${() => this.#go(monthStart(month, 1))}>›</button>
          </div>`
        : nothing}
      ${mode === 'upcoming'
        ? nothing
        : html`<details class="subscribe-box" part="subscribe" @toggle=${this.#onSubscribeToggle}>
            <summary>${this.#text('event.subscribe')}</summary>
            ${this.#subscribing
              ? this.#detail
                ? this.#detail.subscribeLinks(this.#detailContext(), `${id}-feed`)
                : this.#detailPending('.subscribe-box a')
              : nothing}
          </details>`}
    </div>`;
  }

  #summary(): string {
    const events = this.#visibleEvents();
    if (!events) return '';
    const mode = this.#mode;
    if (this.#view === 'month') {
      const month = monthTitle(this.#shownMonth, this.language);
      if (events.length === 0) return this.#text('calendar.count.none', { month });
      return events.length === 1 ? this.#text('calendar.count.one', { month }) : this.#text('calendar.count', { count: events.length, month });
    }
    const count = this.#current?.total ?? 0;
    // The upcoming list shows its `limit` and has no button for more: it says that these are the next of more.
    if (mode === 'upcoming' && events.length < count) return this.#text('calendar.count.next', { shown: events.length, count });
    return count === 1 ? this.#text('calendar.count.list.one') : this.#text('calendar.count.list', { count });
  }

  #content(id: string): TemplateResult {
    const data = this.#data;
    const mode = this.#mode;
    if (data.state === 'error' && !this.events) return contentErrorState(this, data.error, () => data.load());
    const stale = data.stale ? staleNotice(this, data.data?.generatedAt, () => this.refresh()) : nothing;
    const events = this.#visibleEvents();
    if (mode === 'grid') {
      const month = this.#shownMonth;
      const today = this.#today;
      const focus = this.#focus !== undefined && monthStart(this.#focus) === month ? this.#focus : monthStart(today) === month ? today : month;
      const shown = this.#current;
      return html`${stale}
        <div class="grid-box" @keydown=${this.#onGridKey} @click=${this.#onGridClick}>
          ${monthGrid({
            lang: this.language,
            zone: this.#zone,
            label: labels(this.#vocabulary, this),
            month,
            focus,
            today,
            weekNumbers: this.weekNumbers,
            byDay: events && shown ? this.#byDay(shown) : undefined,
            loading: this.t('state.loading'),
            labelledBy: id,
          })}
        </div>
        <p class="visually-hidden">${this.#text('calendar.hint')}</p>`;
    }
    // Not here yet. Anything else is drawn: an answer whose list is none breaks the render, and the render-error
    // boundary shows the error state, where a falsy check would have kept the skeleton for ever.
    if (events === undefined) return skeletonRows(mode === 'upcoming' ? this.#limit : Math.min(this.#limit, 6), mode === 'upcoming');
    // A month without events says so in its summary, as the grid does; its agenda says no more (the same sentence
    // twice), and offers the next month.
    const monthly = mode === 'month-agenda';
    if (!events.length && !monthly) return html`${stale}${emptyState(this.#text('calendar.empty'))}`;
    const context = this.#listContext();
    if (mode === 'upcoming') return html`${stale}${upcoming(events, context, this.#from)}`;
    // A month's agenda on a phone is long: the next month is also offered at its end, and from there the focus
    // goes up to the navigation, where the new month begins. An agenda of its own ends with its next page.
    const end = monthly
      ? html`<button class="button secondary" part="button next-month" @click=${this.#nextFromEnd}>${this.#text('calendar.next')}: ${monthTitle(monthStart(this.#shownMonth, 1), this.language)}</button>`
      : data.data?.nextCursor && moreButton(this, this.#data, this.#text('calendar.loadMore'), () => void this.#more());
    return html`${stale}${events.length ? agenda(events, context, monthly ? this.#shownMonth : this.#from) : nothing}
      ${end ? html`<p class="more-row">${end}</p>` : nothing}`;
  }

  #legend(): TemplateResult | typeof nothing {
    if (this.#mode !== 'grid') return nothing;
    const label = labels(this.#vocabulary, this);
    // Events of a category newer than the widget are drawn in a neutral colour, which the legend then names.
    const other = this.#visibleEvents()?.some((event) => !(EVENT_CATEGORY_IDS as readonly string[]).includes(event.category));
    return html`<ul class="legend" part="legend" aria-label=${this.#text('calendar.legend')}>
      ${EVENT_CATEGORY_IDS.map((id) => html`<li class="cat-${id}">${this.#vocabulary ? label('eventCategories', id) : ''}</li>`)}
      ${other ? html`<li class="cat-other">${this.t('vocabulary.other')}</li>` : nothing}
    </ul>`;
  }

  #dialogContent = (item: DialogItem, headingId: string): TemplateResult => {
    // The event's title, as the list had it, names the dialog that says why it could not be opened.
    if (typeof item !== 'number' && 'failed' in item) return this.#opener.failure(item, eventHeading(item.failed, this.language, labels(this.#vocabulary, this), headingId));
    if (typeof item !== 'number') {
      if (this.#detail) return this.#detail.eventDetail(item, this.#detailContext(), headingId);
      // The event's title names the dialog where its detail's code could not come.
      return html`${eventHeading(item, this.language, labels(this.#vocabulary, this), headingId)} ${this.#detailPending('dialog[open] button')}`;
    }
    const shown = this.#current;
    const events = shown?.month !== undefined ? (this.#byDay(shown).get(item) ?? []).map((placed) => placed.event) : [];
    return html`<h2 id=${headingId} part="detail-title">${longDay(item, this.language)}</h2>
      ${events.length
        ? html`<ul class="rows">
            ${events.map((event) => html`<li>${eventRow(event, item, this.#listContext())}</li>`)}
          </ul>`
        : html`<p>${this.#text('calendar.day.empty')}</p>`}`;
  };

  protected override render(): TemplateResult {
    // Unique in the element's shadow root, which is all an id needs to be.
    const id = 'calendar-title';
    return html`<section aria-labelledby=${id} aria-busy=${this.#data.pending} class=${this.#mode}>
      ${this.filters ? this.#filterBar.render(this.#vocabulary, this.#setFilter) : nothing}
      ${this.#header(id)}
      <p class="summary" part="summary" role="status">${this.#summary()}</p>
      ${this.#content(id)} ${this.#legend()} ${this.#dialog?.render(this.#dialogContent) ?? nothing} ${this.#opener.render()}
    </section>`;
  }
}

/** The events `<sinn-event-calendar>` dispatches, by name: `addEventListener` and the JSX and Vue typings read them from here. */
export interface SinnEventCalendarEventMap {
  'sinn-event-select': CustomEvent<EventSelectDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'sinn-event-calendar': SinnEventCalendar;
  }
  // The events bubble and are composed: a page may listen for them on the element, the document or the window.
  interface HTMLElementEventMap extends SinnEventCalendarEventMap {}
  interface DocumentEventMap extends SinnEventCalendarEventMap {}
  interface WindowEventMap extends SinnEventCalendarEventMap {}
}
