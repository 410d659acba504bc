import type { LoaderRegistration } from '../loader/registration.js';

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

// What the loader registered for the page (loader/registration.ts): a global, since the loader imports nothing
// of the runtime (it would wait a round trip for it) and a second copy of the widgets may read it too.
const LOADER = Symbol.for('sinn.loader');

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

/**
 * The language the page gives what sits at `element`: a `lang` on a part of the page around it, else the page's
 * setting (data-lang, sinn:lang), else the page's own `<html lang>`. The setting is the site's choice for SINN's
 * elements and beats `<html lang>`, which nearly every page has; a part of the page marked in another language is
 * nearer still.
 */
export function pageLanguageAt(element: Element | null): string | undefined {
  const marked = element?.closest('[lang]');
  const lang = marked?.getAttribute('lang') || undefined;
  return lang && marked !== document.documentElement ? lang : pageSettings().lang || lang;
}
