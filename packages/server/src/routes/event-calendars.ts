import type { Hono } from 'hono';
import { endpoints, EVENT_FEED_PAST_DAYS, EventFeedQuery } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { eventCalendarName, feedName } from '../events/calendar-name.js';
import { writeCalendar } from '../events/ical-writer.js';
import { cachedAnswer, type Representation } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { etagOf } from '../http/response-cache.js';
import { parseQuery } from '../http/validate.js';
import { getEventSeries, listEventSeries } from '../queries/event-series.js';
import { resolveRange } from './event-range.js';
import { honoPath, slugParam } from './paths.js';

// The iCalendar files (RFC 5545): the feed a calendar program subscribes to, and one event to import. They take
// the same path as the JSON reads (content-version cache, ETag, 304, gzip); only the representation differs.

const ICS = '.ics';

function calendarFile(text: string, disposition: string): Representation {
  // The ETag is of the bytes, which depend on the data alone (DTSTAMP is the event's updated_at, not the clock).
  return { text, etag: etagOf(text), contentType: 'text/calendar; charset=utf-8', headers: { 'Content-Disposition': disposition } };
}

/** Registers the .ics routes; before the JSON event routes, whose `/v1/events/:slug` would take `x.ics` too. */
export function eventCalendarRoutes(app: Hono, deps: AppDeps): void {
  const feed = endpoints.eventFeed.path;
  app.get(feed, (c) =>
    cachedAnswer(c, deps, async () => {
      const query = parseQuery(EventFeedQuery, c.req.url);
      const range = resolveRange(query.from, query.to, deps.clock.now(), EVENT_FEED_PAST_DAYS);
      const events = await listEventSeries(deps.db, query, range);
      // Inline: a browser that opens the link offers the subscribing calendar program instead of a download.
      return calendarFile(writeCalendar(feedName(query), events), 'inline; filename="sinn-termine.ics"');
    }),
  );
  onlyAllow(app, feed, ['GET', 'HEAD']);

  const one = honoPath(endpoints.eventIcs.path);
  app.get(one, (c) =>
    cachedAnswer(
      c,
      deps,
      async () => {
        const event = await getEventSeries(deps.db, slugParam(c, ICS));
        return event && calendarFile(writeCalendar(eventCalendarName(event.title), [event]), `attachment; filename="${event.slug}${ICS}"`);
      },
      { notFound: 'There is no event with this slug.' },
    ),
  );
  onlyAllow(app, one, ['GET', 'HEAD']);
}
