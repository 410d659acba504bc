import { TIME_ZONE, toBerlin } from '../time/berlin.js';

/**
 * When a survey closes, in words that follow "bis" / "until", as the survey element says it. Most surveys close at
 * midnight, which people read as the end of the day before: "einschließlich 4. Dezember 2026" / "the end of
 * 4 December 2026", not "5. Dezember 2026 um 00:00 Uhr", which reads as if the 5th were still open.
 */
export function closingWords(closesAt: Date, language: 'de' | 'en'): string {
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const wall = toBerlin(closesAt);
  if (wall.hour === 0 && wall.minute === 0 && wall.second === 0) {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE }).format(closesAt.getTime() - 1);
    return language === 'de' ? `einschließlich ${day}` : `the end of ${day}`;
  }
  const at = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(closesAt);
  return language === 'de' ? `${at} Uhr` : at;
}
