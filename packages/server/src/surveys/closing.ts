import { berlinDateTime, toBerlin } from '../time/berlin.js';

/**
 * When a survey closes, in words that follow "bis" / "until", as the survey element says it. Most surveys close at
 * midnight, which people read as the end of the day before: "einschließlich 4. Dezember 2026" / "the end of
 * 4 December 2026", not "5. Dezember 2026 um 00:00 Uhr", which reads as if the 5th were still open.
 */
export function closingWords(closesAt: Date, language: 'de' | 'en'): string {
  const wall = toBerlin(closesAt);
  if (wall.hour === 0 && wall.minute === 0 && wall.second === 0) {
    const day = berlinDateTime(closesAt.getTime() - 1, language, false);
    return language === 'de' ? `einschließlich ${day}` : `the end of ${day}`;
  }
  const at = berlinDateTime(closesAt, language);
  return language === 'de' ? `${at} Uhr` : at;
}
