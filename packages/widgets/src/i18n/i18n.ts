import { de, type MessageKey } from './de.js';
import { en } from './en.js';

export type Lang = 'de' | 'en';

/** German for German pages and pages that say nothing; English for every other language. */
export function toLang(value: string | null | undefined): Lang {
  if (!value) return 'de';
  return value.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export type Translate<K extends string> = (lang: Lang, key: K, vars?: Record<string, string | number>) => string;

/**
 * A catalog in both languages, as a function. The strings all elements share live in this folder; each
 * element keeps its own beside it, so a page loads only the strings of the elements it shows.
 */
export function catalog<K extends string>(catalogs: Record<Lang, Record<K, string>>): Translate<K> {
  return (lang, key, vars = {}) =>
    catalogs[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** A shared message, with `{name}` placeholders filled in. */
export const translate: Translate<MessageKey> = catalog<MessageKey>({ de, en });

export type { MessageKey };
