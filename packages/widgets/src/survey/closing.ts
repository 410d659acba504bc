import { formatDate, formatDateTime } from '../base/format.js';
import type { Lang } from '../i18n/i18n.js';
import type { SurveyMessageKey } from './messages/messages.js';

type Say = (key: SurveyMessageKey, vars?: Record<string, string | number>) => string;

/**
 * When a survey closes, in words that fit after "bis" / "until". Most surveys close at midnight, which people read
 * as the end of the day before: "bis einschließlich 17. Dezember 2026" / "until the end of 17 December 2026" (the
 * date in words, as no time follows), not "bis 18.12.2026, 00:00", which reads as if the 18th were still open. Any other time is shown as it is. The API
 * writes instants in Berlin wall-clock time with their offset (`DateTime`), so a midnight reads `…T00:00:00+01:00`.
 */
export function closingTime(say: Say, lang: Lang, iso: string): string {
  return iso.includes('T00:00:00')
    ? say('survey.through', { date: formatDate(lang, new Date(Date.parse(iso) - 1).toISOString()) })
    : formatDateTime(lang, iso);
}
