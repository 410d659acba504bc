import { html, LitElement, render, type PropertyDeclaration, type PropertyValues, type ReactiveController } from 'lit';
import { loadCatalogs, toLang, translate, type Lang, type Loadable, type MessageKey } from '../i18n/i18n.js';
import { drawnTogether } from './drawn-together.js';
import { onIntent } from './intent.js';
import type { PageClient } from './page-client.js';
import { sayPageMistakes } from './page-mistakes.js';
import { pageLanguageAt, pageSettings } from './page-settings.js';
import { sharedClient } from './shared-client.js';
import { contentErrorState, UNSHOWABLE } from './states.js';
import { catchFallenFocus } from './retry-focus.js';
import { forgetTaxonomies } from './taxonomies.js';
import { themeStyles } from './theme.styles.js';

/**
 * A controller that holds part of what its element shows (data, an open dialog) and can start it over: the
 * retry after an answer that could not be shown calls `hostReload` on each.
 */
export interface ReloadableController extends ReactiveController {
  hostReload(): void;
}

/**
 * What every SINN element shares: page-wide settings with per-element overrides, the page's one client,
 * German and English, the theme, and typed `sinn-…` events.
 *
 * @attr api - Address of the SINN API; default: the page's setting (the loader's origin or `<meta name="sinn:api">`).
 * @attr partner-key - The partner key; default: the page's setting.
 * @attr {'de' | 'en'} lang - `de` or `en`; default: the nearest `lang` on the page.
 * @attr theme - Space-separated: a preset (`caritas`, `diakonie`, `drk`, `paritaet`, `impact-hub`) and/or `dark` or `auto` (follows the system's dark mode).
 * @cssprop --sinn-color-brand - Brand colour of buttons, links and highlights.
 * @cssprop --sinn-color-on-brand - Text colour on the brand colour.
 * @cssprop --sinn-color-text - Text colour; default: inherited from the page.
 * @cssprop --sinn-color-surface - Background of cards and dialogs; default: transparent (dark theme: dark grey).
 * @cssprop --sinn-color-border - Colour of borders; default: the text colour, faint.
 * @cssprop --sinn-radius - Corner radius; default 0.5em.
 * @cssprop --sinn-space - Basic spacing; default 1em.
 * @cssprop --sinn-font-family - Font; default: inherited from the page.
 */
export class SinnElement extends LitElement {
  static override styles = [themeStyles];

  static override properties = {
    api: { type: String },
    partnerKey: { type: String, attribute: 'partner-key' },
    lang: { type: String },
    theme: { type: String, reflect: true },
  };

  declare api: string | undefined;
  declare partnerKey: string | undefined;
  declare lang: string;
  declare theme: string | undefined;

  /** The catalogs the element speaks from, loaded in its language before it renders; each element adds its own. */
  protected static catalogs: readonly Loadable[] = [translate];

  /** Catalogs of code the element loads later (a dialog's), added by `speakFrom`. */
  readonly #laterCatalogs = new Set<Loadable>();
  #speechless = false;
  #requested = false;
  /** Properties set after the first requests went out and before the first render (see `changedSinceAsked`). */
  readonly #sinceAsked = new Set<PropertyKey>();
  readonly #reloadable = new Set<ReloadableController>();
  /** The last render failed: the error state stands in its place (and its failure was said on the console). */
  #unshowable = false;
  /** The height the page gave the element before its code came, held until its first render (see the constructor). */
  #reserved: number | undefined;
  /** The element's own inline min-height, given back when the held one goes; undefined until it is held. */
  #ownMinHeight: string | undefined;

  constructor() {
    super();
    // Upgraded on a laid-out page: the room the page kept for it until its code came (the README's
    // `:not(:defined) { min-height }`, read now, while that rule still applies) is held until its first render.
    // Else its fallback link, a line tall, would stand in it meanwhile, and what follows would move up and down.
    if (this.isConnected) this.#reserved = this.getBoundingClientRect().height || undefined;
    // Whatever a person is about to do here may ask the API for more than its first answers (a filter, a next page,
    // a record opened whole): the HTTP client comes meanwhile, not after the click.
    onIntent(this, '*', () => void this.client?.http().catch(() => undefined));
  }

  /** The language the element speaks: its own `lang`, the page's nearest, the page setting, else German. */
  get language(): Lang {
    // The property, not only the attribute: frameworks (React 19, Vue) set `lang` as a property.
    return toLang(this.lang || this.getAttribute('lang') || pageLanguageAt(this.parentElement));
  }

  /** The page's shared client for this element's API address, or null when the page names none. */
  get client(): PageClient | null {
    const api = this.api || pageSettings().api;
    if (!api) return null;
    return sharedClient(api, this.partnerKey || pageSettings().partnerKey);
  }

  /**
   * The client, for a load that cannot go without one: without an API address the load fails, and the error state
   * says what to add (states.ts).
   */
  clientOrFail(): PageClient {
    const client = this.client;
    if (!client) throw new Error('no API configured');
    return client;
  }

  t(key: MessageKey, vars?: Record<string, string | number>): string {
    return translate(this.language, key, vars);
  }

  /**
   * Adds a catalog that code loaded later speaks from; resolves when its strings for the element's language are
   * here. Every render waits for them from now on (a dialog's first render needs them), or, with `hold` false, only
   * once they have come: code that comes at a mere sign of intent must not hold the renders meanwhile (the tab stop
   * moving with the focus, the busy state of what was pressed), and nothing it shows is drawn before they are here.
   */
  speakFrom(catalog: Loadable, hold = true): Promise<void> {
    if (hold) this.#laterCatalogs.add(catalog);
    return Promise.resolve(catalog.load(this.language)).then(() => void this.#laterCatalogs.add(catalog));
  }

  /**
   * Waits for the element's strings in its language (and code it loads on demand) before each render that needs
   * them. Where they cannot be fetched (the connection dropped after the element's code came), the element shows
   * its light-DOM fallback, the link to the platform, and tries again at its next update.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const first = !this.#requested;
    let data: Promise<unknown> | void = undefined;
    if (first) {
      this.#requested = true;
      data = this.firstRequests();
    }
    const catalogs = [...(this.constructor as typeof SinnElement).catalogs, ...this.#laterCatalogs];
    const strings = loadCatalogs(catalogs, this.language);
    const code = this.codeToWaitFor();
    // The first render waits at least one microtask for the requests just started: the HTTP client (ky) sends a
    // request a microtask after it is asked, and a first render (a month's grid) takes longer than many an answer.
    // Where the element hands back its first data, the first render waits for it until the next frame (nothing is
    // painted before then anyway): an answer that comes by then is drawn in the first render, and the view is not
    // drawn, laid out and painted twice, first empty.
    const frame = data && Promise.race([data, new Promise(requestAnimationFrame)]);
    const pending = first || strings || code ? Promise.all([strings, code, frame]) : undefined;
    if (!pending) return this.#updateSpeaking(true);
    // The first render waits for those of the elements defined with this one too (drawn-together.ts).
    return (first ? drawnTogether(pending) : pending).then(
      () => this.#updateSpeaking(true),
      (error: unknown) => {
        console.error(`SINN widgets: <${this.localName}> could not load its texts or code.`, error);
        this.#updateSpeaking(false);
      },
    );
  }

  /**
   * Code the next render needs that is loaded only where it is used (a filter bar): null when it is here. The
   * render waits for it, as for the strings, so that nothing moves when it comes.
   */
  protected codeToWaitFor(): Promise<unknown> | null {
    return null;
  }


  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration, useNewValue?: boolean, newValue?: unknown): void {
    if (name !== undefined && this.#requested && !this.hasUpdated) {
      const value: unknown = useNewValue ? newValue : this[name as keyof this];
      const hasChanged = options?.hasChanged ?? (this.constructor as typeof SinnElement).getPropertyOptions(name).hasChanged;
      if (hasChanged ? hasChanged(value, oldValue) : !Object.is(value, oldValue)) this.#sinceAsked.add(name);
    }
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  /**
   * What changed of the element's question since its requests asked it, for `willUpdate` to ask again: after the
   * first render, what this update changed; in the first update, only what was set after `firstRequests` asked (a
   * page script setting `region` while the strings come), not the attributes it asked with.
   */
  protected changedSinceAsked(changed: PropertyValues): Pick<ReadonlySet<PropertyKey>, 'has'> {
    return this.hasUpdated ? changed : this.#sinceAsked;
  }

  /**
   * Starts what the element's first render will show, once its attributes are known: called once, before its
   * first update (and before it waits for its strings), so that its requests are on their way while it renders.
   * Elements that load data override it; their `willUpdate` then asks again only when a question changed. What
   * it returns, a promise of the first answer that does not reject (Resource's `load`), the first render waits
   * for until the next frame.
   */
  protected firstRequests(): Promise<unknown> | void {}


  #updateSpeaking(speaking: boolean): void {
    this.#speechless = !speaking;
    super.scheduleUpdate();
  }

  /**
   * The light-DOM fallback, the link to the platform, from the moment the element is defined: its first render
   * waits for its strings, and meanwhile an empty shadow root would hide the link and drop the element to no
   * height at all, moving what follows it up and down again.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#showFallback(root);
    return root;
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!this.#speechless) return super.shouldUpdate(changed);
    this.#showFallback(this.renderRoot);
    this.#release();
    return false;
  }

  protected override update(changed: PropertyValues): void {
    const focused = this.shadowRoot?.activeElement != null;
    super.update(changed);
    // Drawn: from now on the element is as tall as what it shows, in the frame that shows it.
    this.#release();
    if (focused) catchFallenFocus(this);
  }

  #release(): void {
    if (this.#reserved === undefined) return;
    this.#reserved = undefined;
    if (this.#ownMinHeight === undefined) return;
    this.style.minHeight = this.#ownMinHeight;
    // The page's markup as it was: no empty style attribute left behind.
    if (this.getAttribute('style') === '') this.removeAttribute('style');
  }

  #showFallback(root: HTMLElement | DocumentFragment): void {
    render(html`<slot></slot>`, root, this.renderOptions);
  }

  /**
   * The element's one render-error boundary. The widgets do not check the API's answers field by field (nothing
   * parses them on the way in), so an answer that does not fit (a missing object, a date that is none, a list
   * that is not one) throws while a template reads it. Lit then commits nothing of that render, marks the update
   * done and rethrows: caught here, the whole view gives way to the error state with its retry, instead of an
   * uncaught exception and a view stuck where it was, or half a card. Said once on the console per failure;
   * the next render that succeeds (after the retry, or with other data) takes the error state's place.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
      this.#unshowable = false;
    } catch (error) {
      this.#showUnshowable(error);
    }
  }

  #showUnshowable(error: unknown): void {
    if (!this.#unshowable) {
      this.#unshowable = true;
      console.error(`SINN widgets: <${this.localName}> could not show an answer of the SINN server.`, error, this);
    }
    // Where the focus was inside the element (on the event just opened), it goes to the retry, not to the page.
    const focused = this.shadowRoot?.activeElement != null;
    render(contentErrorState(this, UNSHOWABLE, () => this.reload()), this.renderRoot, this.renderOptions);
    this.#release();
    if (focused) this.renderRoot.querySelector<HTMLElement>('[part~="retry"]')?.focus();
  }

  /**
   * The retry of the error state an answer that could not be shown leads to: everything the element shows is
   * asked for anew (its data and the vocabulary, for an answer may be broken in either) and open dialogs close.
   * The same answer may come again, and the error state with it. Elements that keep more override this.
   */
  protected reload(): void {
    const client = this.client;
    if (client) forgetTaxonomies(client);
    for (const controller of this.#reloadable) controller.hostReload();
    this.requestUpdate();
  }

  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if ('hostReload' in controller) this.#reloadable.add(controller as ReloadableController);
  }

  override removeController(controller: ReactiveController): void {
    super.removeController(controller);
    this.#reloadable.delete(controller as ReloadableController);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Once: put back on the page before its first render, it holds the same room, and keeps the page's own value.
    if (this.#reserved !== undefined && this.#ownMinHeight === undefined) {
      this.#ownMinHeight = this.style.minHeight;
      // Through the CSSOM: a strict CSP forbids style attributes, not this.
      this.style.minHeight = `${this.#reserved}px`;
    }
    // The page-wide theme applies where the element names none, through the same attribute the styles read.
    if (!this.hasAttribute('theme')) {
      const theme = pageSettings().theme;
      if (theme) this.theme = theme;
    }
    sayPageMistakes(this);
  }

  /** Dispatches a `sinn-…` event that bubbles out of the shadow DOM. */
  protected emit<T>(name: `sinn-${string}`, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
