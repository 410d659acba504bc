import { MAX_EVENT_RANGE_DAYS, type FieldError } from '@sinn/sdk';
import { ProblemError, problems } from '../http/problem.js';
import type { EventRange } from '../queries/events.js';
import { addDays, berlinDate, berlinMidnight } from '../time/berlin.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function instant(value: string): Date {
  return DAY.test(value) ? berlinMidnight(value) : new Date(value);
}

/**
 * How far from today a range may start, in years either way. A series is expanded from its first start up to the
 * end of the range asked for, on the one thread that answers every request: a range in the year 5000 took over a
 * minute, in 9999 the memory of the machine, and every other request waited.
 */
const YEARS_AROUND = 10;

/**
 * The range asked for: `from` defaults to today in Berlin (`pastDays` before it for the feeds), `to` to the
 * longest range allowed after `from`.
 */
export function resolveRange(from: string | undefined, to: string | undefined, now: Date, pastDays = 0): EventRange {
  const start = instant(from ?? addDays(berlinDate(now), -pastDays));
  const today = berlinDate(now);
  const [earliest, latest] = [-YEARS_AROUND, YEARS_AROUND].map((years) => `${Number(today.slice(0, 4)) + years}${today.slice(4)}`) as [string, string];
  if (!(start >= berlinMidnight(earliest) && start < berlinMidnight(latest))) {
    throw new ProblemError(problems.invalidParameters([{ parameter: 'from', detail: `must lie within ${YEARS_AROUND} years of today: from ${earliest}, before ${latest}` }]));
  }
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
