import { Hono } from 'hono';
import { endpoints, Event, EVENT_IDENTITY, EventQuery } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { cachedList, cachedRead } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { parseQuery } from '../http/validate.js';
import { getEvent, listEvents } from '../queries/events.js';
import { fieldsOf } from '../queries/fields.js';
import { eventCalendarRoutes } from './event-calendars.js';
import { resolveRange } from './event-range.js';
import { honoPath, slugParam } from './paths.js';

export function eventRoutes(app: Hono, deps: AppDeps): void {
  // First: Hono answers with the first route that matches, and `/v1/events/:slug` below matches `x.ics` too.
  eventCalendarRoutes(app, deps);

  const list = endpoints.listEvents.path;
  app.get(list, (c) =>
    cachedList(c, deps, async () => {
      const query = parseQuery(EventQuery, c.req.url);
      const range = resolveRange(query.from, query.to, deps.clock.now());
      const fields = fieldsOf(Event, query.fields, EVENT_IDENTITY);
      return { page: await listEvents(deps.db, query, range, deps.publicUrl, fields), fields };
    }),
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
