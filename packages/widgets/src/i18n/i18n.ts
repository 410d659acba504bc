import type { MessageKey } from './de.js';

export type Lang = 'de' | 'en';

/** German for German pages and pages that say nothing; English for every other language. */
export function toLang(value: string | null | undefined): Lang {
  if (!value) return 'de';
  return value.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/**
 * A catalog in both languages, as a function that looks a message up at once, once its language is loaded.
 * Each language is a module of its own, fetched when an element first speaks it: a German page downloads no
 * English (the loader starts that fetch beside the element's code, see loader/sinn.ts). SinnElement loads its
 * catalogs before it renders, so templates look up strings synchronously.
 */
export interface Catalog<K extends string> {
  (lang: Lang, key: K, vars?: Record<string, string | number>): string;
  /** Fetches a language; undefined when it is here already. A failed fetch is tried again on the next call. */
  load(lang: Lang): Promise<void> | undefined;
}

/** What loading needs of a catalog, whatever its keys. */
export type Loadable = Pick<Catalog<never>, 'load'>;

export type Translate<K extends string> = (lang: Lang, key: K, vars?: Record<string, string | number>) => string;

/** The two imports of a catalog's language modules, written out where they live so bundlers split them. */
export type CatalogImports<K extends string> = Record<Lang, () => Promise<Record<K, string>>>;

export function catalog<K extends string>(imports: CatalogImports<K>): Catalog<K> {
  const loaded: Partial<Record<Lang, Record<K, string>>> = {};
  const pending: Partial<Record<Lang, Promise<void>>> = {};
  const text = ((lang, key, vars = {}) =>
    // Before its language is here (only code outside an element can ask so early) the key stands in.
    (loaded[lang]?.[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match))) as Catalog<K>;
  text.load = (lang) => {
    if (loaded[lang]) return undefined;
    return (pending[lang] ??= imports[lang]().then(
      (strings) => {
        loaded[lang] = strings;
      },
      (error: unknown) => {
        delete pending[lang];
        throw error;
      },
    ));
  };
  return text;
}

/** The messages every element shares, with `{name}` placeholders filled in. */
export const translate = catalog<MessageKey>({
  de: () => import('./de.js').then((module) => module.de),
  en: () => import('./en.js').then((module) => module.en),
});

/** Loads each catalog's language; undefined when all are here, so a caller need not wait. */
export function loadCatalogs(catalogs: Iterable<Loadable>, lang: Lang): Promise<unknown> | undefined {
  const pending = [...catalogs].map((each) => each.load(lang)).filter((each) => each !== undefined);
  return pending.length > 0 ? Promise.all(pending) : undefined;
}

export type { MessageKey };
