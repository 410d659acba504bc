import type { SinnHttpClient } from '@sinn/sdk';
import { html, LitElement, render, type PropertyValues } from 'lit';
import { loadCatalogs, toLang, translate, type Lang, type Loadable, type MessageKey } from '../i18n/i18n.js';
import { pageLanguageAt, pageSettings } from './page-settings.js';
import { sharedClient } from './shared-client.js';
import { themeStyles } from './theme.styles.js';

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

  /** The language the element speaks: its own `lang`, the page's nearest, the page setting, else German. */
  get language(): Lang {
    // The property, not only the attribute: frameworks (React 19, Vue) set `lang` as a property.
    return toLang(this.lang || this.getAttribute('lang') || pageLanguageAt(this.parentElement));
  }

  /** The page's shared client for this element's API address, or null when the page names none. */
  get client(): SinnHttpClient | null {
    const api = this.api || pageSettings().api;
    if (!api) return null;
    return sharedClient(api, this.partnerKey || pageSettings().partnerKey);
  }

  t(key: MessageKey, vars?: Record<string, string | number>): string {
    return translate(this.language, key, vars);
  }

  /** Adds a catalog that code loaded later speaks from; resolves when its strings for the element's language are here. */
  speakFrom(catalog: Loadable): Promise<void> {
    this.#laterCatalogs.add(catalog);
    return Promise.resolve(catalog.load(this.language));
  }

  /**
   * Waits for the element's strings in its language before each render that needs them. Where they cannot be
   * fetched (the connection dropped after the element's code came), the element shows its light-DOM fallback,
   * the link to the platform, and tries again at its next update.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const catalogs = [...(this.constructor as typeof SinnElement).catalogs, ...this.#laterCatalogs];
    const pending = loadCatalogs(catalogs, this.language);
    if (!pending) return this.#updateSpeaking(true);
    return pending.then(
      () => this.#updateSpeaking(true),
      (error: unknown) => {
        console.error(`SINN widgets: <${this.localName}> could not load its texts.`, error);
        this.#updateSpeaking(false);
      },
    );
  }

  #updateSpeaking(speaking: boolean): void {
    this.#speechless = !speaking;
    super.scheduleUpdate();
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!this.#speechless) return super.shouldUpdate(changed);
    render(html`<slot></slot>`, this.renderRoot, this.renderOptions);
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page-wide theme applies where the element names none, through the same attribute the styles read.
    if (!this.hasAttribute('theme')) {
      const theme = pageSettings().theme;
      if (theme) this.theme = theme;
    }
  }

  /** Dispatches a `sinn-…` event that bubbles out of the shadow DOM. */
  protected emit<T>(name: `sinn-${string}`, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
