import { de, type MessageKey } from './de.js';
import { en } from './en.js';

export type Lang = 'de' | 'en';
const catalogs: Record<Lang, Record<MessageKey, string>> = { de, en };

/** German for German pages and pages that say nothing; English for every other language. */
export function toLang(value: string | null | undefined): Lang {
  if (!value) return 'de';
  return value.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** A message of the catalog, with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

export type { MessageKey };
