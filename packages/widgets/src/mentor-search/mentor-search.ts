import { listMentorsEndpoint, type Mentor, type MentorList, type Taxonomies } from '@sinn/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { integerAttribute } from '../base/attributes.js';
import { formatNumber } from '../base/format.js';
import { onIntent } from '../base/intent.js';
import { adoptLaterStyles } from '../base/later-styles.js';
import { onDemand } from '../base/on-demand.js';
import { Resource } from '../base/resource.js';
import { SinnElement } from '../base/sinn-element.js';
import { contentErrorState, moreButton, showMore } from '../base/states.js';
import { stateStyles } from '../base/states.styles.js';
import { labels, taxonomies } from '../base/taxonomies.js';
import type { ContactRequests } from './contact/contact.js';
import type { MentorRequestSentDetail, MentorSelectDetail } from './events.js';
import { FACET_VALUES, hasFilters, sameState, toggled } from './search-changes.js';
import { facetGroups, facetLabel } from './facets.js';
import { mentorCard, type MentorCardContext } from './mentor-card.js';
import { mentorSearchStyles } from './mentor-search.styles.js';
import { mentorText, type MentorMessageKey } from './messages/messages.js';
import { FACETS_ID, RefineDisclosure, type RefineText } from './refine.js';
import { firstState, limitOf, prefixOf, presets } from './query.js';
import { SearchBox } from './search-box.js';
import { emptyState, FACETS, toQuery, type Facet, type SearchState } from './search-state.js';
import { Suggestions, type Suggestion } from './suggestions.js';
import { writeState } from './url-sync.js';

/** How long typing pauses before the results follow. */
const TYPING_PAUSE_MS = 300;

interface Page extends MentorList {
  /** The state this page answers. */
  state: SearchState;
}

/**
 * The SINNkubator's mentors and coaches: a German search with suggestions, facets with counts, and a contact
 * request that reaches the mentor by mail without showing their address.
 *
 * @tagname sinn-mentor-search
 * @summary Search for mentors, narrow by facets, ask one for contact.
 * @attr q - Search text to start with.
 * @attr expertise - Areas of expertise ticked at the start, comma-separated (`foerdermittel,crowdfunding`).
 * @attr region - Regions ticked at the start, comma-separated (`dresden,leipzig`).
 * @attr limit - Mentors per page, 1 to 50; default 10.
 * @attr privacy-url - Your own privacy policy, linked beside the contact dialog's consent (an `https:` address).
 * @attr sync-url - Keeps the search in the page's address (parameters prefixed with the element's `id`, default `mentors`), so back and forward step through searches and a search can be shared.
 * @attr heading-level - Level of the mentors' names as headings, 2 to 6; default 3.
 * @fires {CustomEvent<MentorSelectDetail>} sinn-mentor-select - A person chose "get in touch"; cancel it to offer your own way of contact instead of the dialog.
 * @fires {CustomEvent<MentorRequestSentDetail>} sinn-mentor-request-sent - A contact request was accepted and goes to the mentor by mail (the detail holds nothing typed).
 * @csspart search - The search box with its label, hint and buttons.
 * @csspart label - The search box's label, and a field's label in the contact form.
 * @csspart input - The search box, and a text field of the contact form (name, e-mail address).
 * @csspart suggestions - The list of suggestions.
 * @csspart suggestion - One suggestion.
 * @csspart clear - The button in the search box that empties it, while it holds text; a `button` too.
 * @csspart submit - The search button beside the search box, and the contact form's send button; a `button` too.
 * @csspart highlight - A matched word, in suggestions and cards (a `<mark>`).
 * @csspart facets - The facet groups.
 * @csspart facet - One facet group.
 * @csspart legend - A facet group's title, and the title of the contact form's consent.
 * @csspart checkbox - A facet value's checkbox, and the consent's checkbox in the contact form.
 * @csspart more-values - The button under a facet group that shows all its values, or fewer again; a `button` too.
 * @csspart refine - On a phone, the button that shows and hides the facets, with how many are ticked; a `button` too.
 * @csspart show-results - On a phone, under the opened facets: how many were found, and the way to them; a `button` too.
 * @csspart reset - The button under the facets that unticks them all, while any is ticked; a `button` too.
 * @csspart count - The number of mentors found.
 * @csspart card - One mentor.
 * @csspart photo - A mentor's photo (or initials).
 * @csspart name - A mentor's name.
 * @csspart role - A mentor's role.
 * @csspart meta - Region, formats and languages.
 * @csspart region - A mentor's region.
 * @csspart badges - The list of a mentor's expertise.
 * @csspart badge - One area of expertise.
 * @csspart bio - A mentor's biography.
 * @csspart unavailable - The note on a mentor who takes no requests now.
 * @csspart contact - A mentor's button that opens the contact dialog, which is a `button` too.
 * @csspart button - Buttons: search, clear, refine (on a phone: shows and hides the facets), contact, show more, remove filters, retry.
 * @csspart more - The button under the mentors that shows the next ones, which is a `button` too.
 * @csspart retry - The button that tries again after an error, which is a `button` too.
 * @csspart empty - What is shown when nobody matches, with the filters that could be removed.
 * @csspart drop - When nobody matches: the button that removes one filter, which is a `button` too.
 * @csspart error - The error message with its retry button.
 * @csspart dialog - The contact dialog.
 * @csspart close - The contact dialog's close button, which is a `button` too.
 * @csspart title - The contact dialog's heading, and the heading of its thanks once the request is sent.
 * @csspart form - The contact form.
 * @csspart field - A field of the contact form: label, hint, error and control.
 * @csspart textarea - The contact form's message.
 * @csspart field-error - The error message of a field of the contact form.
 * @csspart error-summary - The summary of the errors at the top of the contact form.
 * @csspart summary-title - The heading of that summary.
 * @csspart consent - The contact form's consent: text, link and checkbox.
 * @csspart consent-text - The expandable privacy notice of the consent.
 * @csspart link - The link to the site's privacy policy in the consent, where the element's `privacy-url` names one.
 * @csspart success - The message in the contact dialog once the request is sent.
 * @slot - Fallback content (a link to the mentors on the platform), shown until the element has loaded.
 */
export class SinnMentorSearch extends SinnElement {
  static override styles = [...SinnElement.styles, stateStyles, mentorSearchStyles];
  static override catalogs = [...SinnElement.catalogs, mentorText];

  static override properties = {
    ...SinnElement.properties,
    q: { type: String, reflect: true },
    expertise: { type: String, reflect: true },
    region: { type: String, reflect: true },
    limit: { type: String, reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url', reflect: true },
    headingLevel: { type: String, attribute: 'heading-level' },
  };

  declare q: string | undefined;
  declare expertise: string | undefined;
  declare region: string | undefined;
  declare limit: string | undefined;
  declare syncUrl: boolean;
  declare headingLevel: string | undefined;

  /** What is searched: the text applied and the facets ticked. */
  #state: SearchState = emptyState();
  /** What the box shows: ahead of the state while typing pauses. */
  #text = '';
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The address entry the current typing writes to (one entry per typed search, not per keystroke). */
  #typingEntry = false;
  /** An area of expertise just chosen from the suggestions, said with the count until the next search. */
  #chosen: string | undefined;
  #vocabulary: Taxonomies | undefined;
  readonly #expanded = new Set<Facet>();
  readonly #list = new Resource<Page>(this, (signal) => this.#fetch(signal));
  // Suggestions that arrive for what is in the box open the list.
  readonly #suggestions = new Suggestions(this, () => this.#box.show());
  readonly #box = new SearchBox(this, this.#suggestions, {
    t: (key) => this.#t(key),
    expertise: (id) => this.#label()('expertise', id),
    kind: (kind) => {
      const known = this.#label().known('suggestion kinds', kind as Suggestion['kind'], ['mentor', 'expertise']);
      return known === 'other' ? this.t('vocabulary.other') : this.#t(`suggest.${known}`);
    },
    typed: (text) => this.#typed(text),
    search: () => this.#search(),
    choose: (suggestion) => this.#choose(suggestion),
  });
  readonly #refine = new RefineDisclosure(this);
  #contact: ContactRequests | undefined;
  /** What is shown when nobody matches, loaded with the first answer that finds nobody. */
  #noResults: typeof import('./no-results.js') | undefined;
  readonly #noResultsCode = onDemand(() =>
    import('./no-results.js').then(async (code) => {
      await this.speakFrom(code.noResultsText);
      adoptLaterStyles(this, [code.noResultsStyles]);
      return code;
    }),
  );

  constructor() {
    super();
    // The contact dialog's code is asked for on the first sign that a person is about to press "contact".
    onIntent(this, '[part~="contact"]', () => void this.#contactCode().catch(() => undefined));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#typingTimer);
  }

  #presets(): SearchState {
    return presets(this, this, FACET_VALUES);
  }

  get #limit(): number {
    return limitOf(this, this);
  }

  async #fetch(signal: AbortSignal): Promise<Page> {
    const client = this.clientOrFail();
    const state = this.#state;
    const [list, terms] = await Promise.all([client.get(listMentorsEndpoint, { query: toQuery(state, this.#limit), signal }), taxonomies(client)]);
    // Nobody matches seldom, so its code and strings come only then: the answer is shown once they are here, never
    // half of it.
    // If it cannot come, the answer is an error like the request's own, with its retry.
    if (list.items.length === 0) this.#noResults ??= await this.#noResultsCode();
    this.#vocabulary = terms;
    return { ...list, state };
  }

  protected override firstRequests(): void {
    if (this.syncUrl) {
      // Two searches with the same prefix would write and read the same parameters of the address.
      const prefix = prefixOf(this);
      const first = [...document.querySelectorAll('sinn-mentor-search[sync-url]')].find((other) => prefixOf(other) === prefix);
      if (first && first !== this) {
        console.warn(`<sinn-mentor-search>: an earlier search on this page keeps its search in the same parameters of the address (${prefix}-q, …): give each search with sync-url an id of its own.`, this);
      }
    }
    this.#apply(firstState(this, this, this.syncUrl, FACET_VALUES));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const since = this.changedSinceAsked(changed);
    const presets = this.#presets();
    let next = this.#state;
    // A preset changed by a script applies to its own part of the search.
    if (since.has('q')) next = { ...next, q: presets.q };
    if (since.has('expertise') || since.has('region')) {
      next = { q: next.q, facets: { ...next.facets, expertise: presets.facets.expertise, region: presets.facets.region } };
    }
    if (next !== this.#state) this.#apply(next);
    else if (since.has('limit') || since.has('api') || since.has('partnerKey')) void this.#load();
  }

  /** Searches for a state, unless it is the one shown; `history` says whether the address gets a new entry. */
  #apply(state: SearchState, history: 'push' | 'replace' | 'none' = 'none'): void {
    this.#chosen = undefined;
    const first = this.#list.data === undefined && !this.#list.pending;
    this.#text = state.q;
    if (!first && sameState(state, this.#state)) return;
    this.#state = state;
    if (this.syncUrl && history !== 'none') {
      const href = writeState(location.href, prefixOf(this), state);
      if (href !== location.href) {
        if (history === 'push') window.history.pushState(window.history.state, '', href);
        else window.history.replaceState(window.history.state, '', href);
      }
    }
    void this.#load();
  }

  #load(): Promise<void> {
    // A new question keeps the old answer on screen while asking (no jump), but never shows it as the answer
    // to the new one. Asking again aborts the request still under way, so a late answer is never shown.
    return this.#list.load({ keep: this.#list.data !== undefined, keepOnError: false });
  }

  #onPopState = (): void => {
    if (!this.syncUrl) return;
    clearTimeout(this.#typingTimer);
    this.#typingEntry = false;
    this.#suggestions.clear();
    this.#apply(firstState(this, this, true, FACET_VALUES));
    this.requestUpdate();
  };

  // --- the search box ---------------------------------------------------------------------------

  #t(key: MentorMessageKey, vars?: Record<string, string | number>): string {
    return mentorText(this.language, key, vars);
  }

  #typed(text: string): void {
    this.#text = text;
    this.#suggestions.ask(this.client, text);
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => {
      this.#apply({ q: text, facets: this.#state.facets }, this.#typingEntry ? 'replace' : 'push');
      this.#typingEntry = true;
    }, TYPING_PAUSE_MS);
    this.requestUpdate();
  }

  #search(): void {
    clearTimeout(this.#typingTimer);
    this.#suggestions.clear();
    this.#apply({ q: this.#text, facets: this.#state.facets }, this.#typingEntry ? 'replace' : 'push');
    this.#typingEntry = false;
  }

  #choose(suggestion: Suggestion): void {
    clearTimeout(this.#typingTimer);
    this.#suggestions.clear();
    // The typing that led to the suggestion was the way to it, not a search of its own: its entry in the page's
    // history becomes the chosen search, so that Back leads to the search before the typing, as after Enter.
    const history = this.#typingEntry ? 'replace' : 'push';
    this.#typingEntry = false;
    // An area of expertise becomes the expertise filter, in place of one chosen before (a new search for a topic,
    // not one more topic beside it; the checkboxes add more); a person is searched by name.
    const state =
      suggestion.kind === 'expertise'
        ? { q: '', facets: { ...this.#state.facets, expertise: [suggestion.value] } }
        : { q: suggestion.label, facets: this.#state.facets };
    this.#apply(state, history);
    // Said with the count: the box emptied and a checkbox elsewhere ticked, the count alone may not change.
    if (suggestion.kind === 'expertise') this.#chosen = suggestion.label;
    this.requestUpdate();
  }

  // --- facets, paging, contact ------------------------------------------------------------------------------------

  #toggle = (facet: Facet, value: string, on: boolean): void => {
    this.#typingEntry = false;
    this.#apply({ ...toggled(this.#state, facet, value, on), q: this.#text }, 'push');
  };

  #dropFacet = (facet: Facet): void => {
    this.#typingEntry = false;
    this.#apply({ q: this.#state.q, facets: { ...this.#state.facets, [facet]: [] } }, 'push');
    // The button that was pressed is gone: the focus goes to the search box, where the new search starts.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search-input')?.focus());
  };

  #reset = (): void => {
    this.#typingEntry = false;
    this.#apply({ q: this.#state.q, facets: emptyState().facets }, 'push');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search-input')?.focus());
  };

  #expand = (facet: Facet, on: boolean): void => {
    if (on) this.#expanded.add(facet);
    else this.#expanded.delete(facet);
    this.requestUpdate();
  };

  async #more(): Promise<void> {
    const client = this.client;
    const first = this.#list.data?.items.length ?? 0;
    if (!client || !this.#list.data?.nextCursor) return;
    await showMore(
      this,
      this.#list,
      async (page, signal) => {
        const next = await client.get(listMentorsEndpoint, { query: { ...toQuery(page.state, this.#limit), cursor: page.nextCursor! }, signal });
        return { ...page, items: [...page.items, ...next.items], nextCursor: next.nextCursor };
      },
      '.results > li > article',
      first,
    );
  }

  #contactWith = async (mentor: Mentor, opener: HTMLElement): Promise<void> => {
    if (!this.emit<MentorSelectDetail>('sinn-mentor-select', { mentor })) return;
    if (!this.#contact) {
      const { ContactRequests } = await this.#contactCode();
      this.#contact ??= new ContactRequests(this);
    }
    this.#contact.open(mentor, opener);
  };

  #contactCode(): Promise<typeof import('./contact/contact.js')> {
    return import('./contact/contact.js');
  }

  // --- what the person sees -------------------------------------------------------------------------------------

  #label = (): ReturnType<typeof labels> => labels(this.#vocabulary, this);

  #countText(page: Page): string {
    const chosen = this.#chosen ? `${this.#t('results.chosen', { label: this.#chosen })} ` : '';
    if (page.total === 0) return chosen + this.#t('results.count.none');
    if (page.total === 1) return chosen + this.#t('results.count.one');
    return chosen + this.#t('results.count', { count: formatNumber(this.language, page.total) });
  }

  #skeleton(): TemplateResult {
    return html`<ul class="results" aria-hidden="true">
      ${Array.from({ length: Math.min(this.#limit, 3) }, () => html`<li><div class="mentor skeleton-card"><span class="photo skeleton"></span>
        <div class="body"><div class="skeleton line"></div><div class="skeleton line short"></div><div class="skeleton line"></div></div></div></li>`)}
    </ul>`;
  }

  #results(page: Page): TemplateResult {
    const label = this.#label();
    if (page.items.length === 0) {
      return this.#noResults!.noResults({
        lang: this.language,
        state: page.state,
        facets: page.facets,
        filterName: (facet) => `${this.#t(`facet.${facet}`)}: ${page.state.facets[facet].map((id) => facetLabel(label, facet, id)).join(', ')}`,
        drop: this.#dropFacet,
      });
    }
    const context: MentorCardContext = {
      lang: this.language,
      label,
      headingLevel: integerAttribute(this, 'heading-level', this.headingLevel, 2, 6, 3),
      contact: (mentor, opener) => void this.#contactWith(mentor, opener),
    };
    return html`<ul class="results">
        ${page.items.map((mentor) => html`<li>${mentorCard(mentor, context)}</li>`)}
      </ul>
      ${page.nextCursor
        ? html`<p class="more-row">
            ${moreButton(this, this.#list, this.#t('results.more'), () => void this.#more())}
          </p>`
        : nothing}`;
  }

  /** The facets beside the results, or on a phone behind the disclosure just before them; nothing without either. */
  #facets(page: Page | undefined): TemplateResult | typeof nothing {
    const lang = this.language;
    const shown = page && (page.items.length > 0 || hasFilters(page.state));
    if (!shown && this.#list.state !== 'loading') return nothing;
    const active = FACETS.reduce((sum, facet) => sum + this.#state.facets[facet].length, 0);
    const formatCount = (count: number): string => formatNumber(lang, count);
    const text: RefineText = { t: (key, vars) => this.#t(key, vars), formatCount };
    return html`<div class="refine">
      ${this.#refine.button(text, active)}
      ${shown
        ? facetGroups({
            id: FACETS_ID,
            className: this.#refine.facetsClass,
            t: (key, vars) => this.#t(key, vars),
            label: this.#label(),
            formatCount,
            state: this.#state,
            facets: page.facets,
            expanded: this.#expanded,
            toggle: this.#toggle,
            expand: this.#expand,
            reset: this.#reset,
          })
        : html`<div id=${FACETS_ID} class="facets ${this.#refine.facetsClass}" aria-hidden="true">
            ${[5, 4, 3].map((lines) => html`<div>${Array.from({ length: lines }, () => html`<div class="skeleton line"></div>`)}</div>`)}
          </div>`}
      ${page ? this.#refine.done(text, page.total) : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const list = this.#list;
    const page = list.data;
    return html`<section class="mentor-search" aria-label=${this.#t('search.label')}>
      ${this.#box.render(this.#text)}
      <div class="layout">
        ${this.#facets(page)}
        <div class="found" aria-busy=${list.pending}>
          <p class="count" part="count" role="status">${page && !list.pending ? this.#countText(page) : ''}</p>
          ${list.state === 'loading' ? this.#skeleton() : list.state === 'error' ? contentErrorState(this, list.error, () => this.#load()) : this.#results(page!)}
        </div>
      </div>
      ${this.#contact?.render() ?? nothing}
    </section>`;
  }
}

/** The events `<sinn-mentor-search>` dispatches, by name: `addEventListener` and the JSX and Vue typings read them from here. */
export interface SinnMentorSearchEventMap {
  'sinn-mentor-select': CustomEvent<MentorSelectDetail>;
  'sinn-mentor-request-sent': CustomEvent<MentorRequestSentDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'sinn-mentor-search': SinnMentorSearch;
  }
  // The events bubble and are composed: a page may listen for them on the element, the document or the window.
  interface HTMLElementEventMap extends SinnMentorSearchEventMap {}
  interface DocumentEventMap extends SinnMentorSearchEventMap {}
  interface WindowEventMap extends SinnMentorSearchEventMap {}
}
