import type { PageSettings } from '../base/page-settings.js';

// The loader's settings for the page, from its own <script> tag, kept where every element finds them
// (base/page-settings.ts reads them): a global under a registered symbol, so that elements of another copy of
// the widgets on the page find them too, and the loader needs no module of the runtime to write them.

const LOADER = Symbol.for('sinn.loader');

export interface LoaderRegistration {
  url: string;
  settings: PageSettings;
}

/** Called by the loader with its own URL: finds its <script> tag and keeps that tag's settings for the page. */
export function registerLoader(url: string): PageSettings {
  const registry = globalThis as { [LOADER]?: LoaderRegistration };
  // A second copy of the loader on the page keeps the first one's settings.
  if (registry[LOADER]) return registry[LOADER].settings;
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
  return registry[LOADER].settings;
}
