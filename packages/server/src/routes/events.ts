import { Hono } from 'hono';
import { endpoints, EventQuery, MAX_EVENT_RANGE_DAYS, type FieldError } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { cachedRead } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { ProblemError, problems } from '../http/problem.js';
import { parseQuery } from '../http/validate.js';
import { getEvent, listEvents, type EventRange } from '../queries/events.js';
import { addDays, berlinDate, berlinMidnight } from '../time/berlin.js';
import { honoPath, slugParam } from './paths.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function instant(value: string): Date {
  return DAY.test(value) ? berlinMidnight(value) : new Date(value);
}

/** The range asked for: `from` defaults to today in Berlin, `to` to the longest range allowed after it. */
export function resolveRange(from: string | undefined, to: string | undefined, now: Date): EventRange {
  const start = instant(from ?? berlinDate(now));
  const longest = berlinMidnight(addDays(berlinDate(start), MAX_EVENT_RANGE_DAYS));
  const end = to === undefined ? longest : instant(to);
  const errors: FieldError[] = [];
  // `to` is exclusive: one day is from=2026-12-24&to=2026-12-25.
  if (end <= start) {
    errors.push({ parameter: 'to', detail: `must be after from${from === undefined ? ' (today, when from is not given)' : ''}; to is exclusive` });
  }
  // Compared with midnights in Berlin, so a range over a DST switch is not an hour short or long.
  else if (end > longest) errors.push({ parameter: 'to', detail: `at most ${MAX_EVENT_RANGE_DAYS} days after from` });
  if (errors.length) throw new ProblemError(problems.invalidParameters(errors));
  return { from: start, to: end };
}

export function eventRoutes(app: Hono, deps: AppDeps): void {
  const list = endpoints.listEvents.path;
  app.get(list, (c) =>
    cachedRead(
      c,
      deps,
      async () => {
        const query = parseQuery(EventQuery, c.req.url);
        const range = resolveRange(query.from, query.to, deps.clock.now());
        return listEvents(deps.db, query, range, deps.publicUrl);
      },
      { list: true },
    ),
  );
  onlyAllow(app, list, ['GET', 'HEAD']);

  const one = honoPath(endpoints.getEvent.path);
  app.get(one, (c) =>
    cachedRead(c, deps, () => getEvent(deps.db, slugParam(c), deps.clock.now(), deps.publicUrl), {
      notFound: 'There is no event with this slug.',
    }),
  );
  onlyAllow(app, one, ['GET', 'HEAD']);
}
