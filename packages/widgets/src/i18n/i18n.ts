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
 *
 * A catalog may come in two parts: what the element shows when the page loads, and what only a person's actions
 * lead to (a form's mistakes, failures and confirmation), fetched by `more(lang)` with the code that checks and
 * sends.
 */
export interface Catalog<K extends string> {
  (lang: Lang, key: K, vars?: Record<string, string | number>): string;
  /** Fetches a language; undefined when it is here already. A failed fetch is tried again on the next call. */
  load(lang: Lang): Promise<void> | undefined;
  /**
   * Fetches the second part in this language; once it came, `load` fetches both parts of any language. Until
   * then a failure here leaves the first part as it was, so an element keeps speaking.
   */
  more(lang: Lang): Promise<void>;
}

/** What loading needs of a catalog, whatever its keys. */
export type Loadable = Pick<Catalog<never>, 'load'>;

/** The two imports of a part of a catalog, written out where its modules live so that bundlers split them. */
export type CatalogImports<K extends string> = Record<Lang, () => Promise<Record<K, string>>>;

export function catalog<K extends string, L extends string = never>(first: CatalogImports<K>, later?: CatalogImports<L>): Catalog<K | L> {
  const parts: CatalogImports<string>[] = later ? [first, later] : [first];
  let wanted = 1;
  const strings: Record<Lang, Record<string, string>> = { de: {}, en: {} };
  const loaded = new Set<string>();
  const pending = new Map<string, Promise<void>>();
  const fetchPart = (lang: Lang, index: number): Promise<void> | undefined => {
    const name = `${lang}${index}`;
    if (loaded.has(name)) return undefined;
    let fetching = pending.get(name);
    if (!fetching) {
      fetching = parts[index]![lang]().then(
        (part) => {
          Object.assign(strings[lang], part);
          loaded.add(name);
          pending.delete(name);
        },
        (error: unknown) => {
          pending.delete(name);
          throw error;
        },
      );
      pending.set(name, fetching);
    }
    return fetching;
  };
  const text = ((lang, key, vars) => {
    // Before its language is here (only code outside an element can ask so early) the key stands in.
    const message = strings[lang][key] ?? key;
    return vars ? fill(message, vars) : message;
  }) as Catalog<K | L>;
  text.load = (lang) => whenAll(parts.slice(0, wanted).map((_, index) => fetchPart(lang, index)))?.then(() => undefined);
  text.more = async (lang) => {
    await Promise.all(parts.map((_, index) => fetchPart(lang, index)));
    wanted = parts.length;
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
  return whenAll([...catalogs].map((each) => each.load(lang)));
}

/**
 * `{name}` placeholders filled in from `vars`; one unknown stays as it is written. A loop rather than a regular
 * expression: a month grid fills a hundred labels per render.
 */
function fill(message: string, vars: Record<string, string | number>): string {
  let out = '';
  let from = 0;
  for (let open = message.indexOf('{'); open >= 0; open = message.indexOf('{', from)) {
    const close = message.indexOf('}', open);
    if (close < 0) break;
    const name = message.slice(open + 1, close);
    out += message.slice(from, open) + (name in vars ? String(vars[name]) : message.slice(open, close + 1));
    from = close + 1;
  }
  return out + message.slice(from);
}

/** All the fetches under way; undefined when there is none, so that nothing waits for what is here already. */
function whenAll(fetches: (Promise<void> | undefined)[]): Promise<unknown> | undefined {
  const pending = fetches.filter((each) => each !== undefined);
  return pending.length > 0 ? Promise.all(pending) : undefined;
}

export type { MessageKey };
