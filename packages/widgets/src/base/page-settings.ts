// Page-wide settings, set once per page and read by every element: from the loader's own <script> tag
// (data-api, data-partner-key, data-lang, data-theme) or from <meta name="sinn:…"> tags, which is what the
// WordPress plugin prints, so that no inline script is needed. An element's own attributes override them.

export interface PageSettings {
  /** Origin (and path) of the SINN API. */
  api?: string;
  partnerKey?: string;
  lang?: string;
  theme?: string;
}

const LOADER = Symbol.for('sinn.loader');

interface LoaderRegistration {
  url: string;
  settings: PageSettings;
}

/** Called by the loader with its own URL: finds its <script> tag and keeps that tag's settings for the page. */
export function registerLoader(url: string): void {
  const registry = globalThis as { [LOADER]?: LoaderRegistration };
  if (registry[LOADER]) return; // a second copy of the loader on the page keeps the first one's settings
  const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((tag) => tag.src === url);
  const data = script?.dataset ?? {};
  registry[LOADER] = {
    url,
    settings: {
      // Loaded from the SINN server itself, the loader knows where the API is without being told.
      api: data.api || new URL(url).origin,
      ...(data.partnerKey ? { partnerKey: data.partnerKey } : {}),
      ...(data.lang ? { lang: data.lang } : {}),
      ...(data.theme ? { theme: data.theme } : {}),
    },
  };
}

/** The meta tags' names and the settings they give. */
const META: Record<string, keyof PageSettings> = {
  'sinn:api': 'api',
  'sinn:partner-key': 'partnerKey',
  'sinn:lang': 'lang',
  'sinn:theme': 'theme',
};

/** The page's settings: the loader's, completed by meta tags. */
export function pageSettings(): PageSettings {
  const loader = (globalThis as { [LOADER]?: LoaderRegistration })[LOADER]?.settings ?? {};
  const fromMeta: PageSettings = {};
  // One look through the page for all of them: every element asks when it arrives, and a page may be large.
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name^="sinn:"]')) {
    const key = META[meta.name];
    if (key && meta.content && !fromMeta[key]) fromMeta[key] = meta.content;
  }
  // Meta tags are the site's explicit choice (a WordPress setting, e.g. its own relay as the API) and win.
  return { ...loader, ...fromMeta };
}

/** The language the page gives what sits at `element`: the nearest `lang` from there up, else the page's setting. */
export function pageLanguageAt(element: Element | null): string | undefined {
  return element?.closest('[lang]')?.getAttribute('lang') || pageSettings().lang;
}
