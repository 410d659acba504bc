import { MAX_EVENT_RANGE_DAYS, type FieldError } from '@sinn/sdk';
import { ProblemError, problems } from '../http/problem.js';
import type { EventRange } from '../queries/events.js';
import { addDays, berlinDate, berlinMidnight } from '../time/berlin.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function instant(value: string): Date {
  return DAY.test(value) ? berlinMidnight(value) : new Date(value);
}

/**
 * The range asked for: `from` defaults to today in Berlin (`pastDays` before it for the feeds), `to` to the
 * longest range allowed after `from`.
 */
export function resolveRange(from: string | undefined, to: string | undefined, now: Date, pastDays = 0): EventRange {
  const start = instant(from ?? addDays(berlinDate(now), -pastDays));
  const longest = berlinMidnight(addDays(berlinDate(start), MAX_EVENT_RANGE_DAYS));
  const end = to === undefined ? longest : instant(to);
  const errors: FieldError[] = [];
  // `to` is exclusive: one day is from=2026-12-24&to=2026-12-25.
  if (end <= start) {
    const defaultFrom = pastDays ? `${pastDays} days before today` : 'today';
    errors.push({ parameter: 'to', detail: `must be after from${from === undefined ? ` (${defaultFrom}, when from is not given)` : ''}; to is exclusive` });
  }
  // Compared with midnights in Berlin, so a range over a DST switch is not an hour short or long.
  else if (end > longest) errors.push({ parameter: 'to', detail: `at most ${MAX_EVENT_RANGE_DAYS} days after from` });
  if (errors.length) throw new ProblemError(problems.invalidParameters(errors));
  return { from: start, to: end };
}
