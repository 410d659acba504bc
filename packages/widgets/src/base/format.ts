import type { Lang } from '../i18n/i18n.js';
import { cached } from './cached.js';

// Dates and money as people in Saxony read them: Europe/Berlin, whatever zone the visitor's device is in.
const TIME_ZONE = 'Europe/Berlin';
const locales: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

export function localeOf(lang: Lang): string {
  return locales[lang];
}

export function formatDate(lang: Lang, iso: string): string {
  return cached(`d${lang}`, () => new Intl.DateTimeFormat(locales[lang], { timeZone: TIME_ZONE, dateStyle: 'long' })).format(
    new Date(iso),
  );
}

export function formatDateTime(lang: Lang, iso: string): string {
  return cached(
    `dt${lang}`,
    () => new Intl.DateTimeFormat(locales[lang], { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(iso));
}

/** A time of day: `14:32` in German, `2:32 pm` in English. */
export function formatTime(lang: Lang, date: Date): string {
  return cached(
    `t${lang}`,
    () => new Intl.DateTimeFormat(locales[lang], { timeZone: TIME_ZONE, hour: 'numeric', minute: '2-digit', hour12: lang === 'en' }),
  ).format(date);
}

export function formatEuro(lang: Lang, amount: number): string {
  return cached(
    `eur${lang}`,
    () => new Intl.NumberFormat(locales[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  ).format(amount);
}

export function formatNumber(lang: Lang, value: number): string {
  return cached(`n${lang}`, () => new Intl.NumberFormat(locales[lang])).format(value);
}
