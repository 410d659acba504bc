import { fileRoute, route } from '../route.js';
import type { EventDetail, EventFeedQuery, EventList, EventQuery } from '../schemas/event.js';

/**
 * The largest page of events: a calendar's month (its six weeks) in one request even where 500 events fill it,
 * since each further page is a round trip more before the month can be drawn. Other lists stop at 100.
 */
export const MAX_EVENTS_PER_PAGE = 1000;

export const listEventsEndpoint = /* @__PURE__ */ route<EventList, EventQuery>({ path: '/v1/events', cached: true });

export const getEventEndpoint = /* @__PURE__ */ route<EventDetail, undefined, 'slug'>({ path: '/v1/events/{slug}', pathParams: ['slug'], cached: true });

export const eventFeedEndpoint = /* @__PURE__ */ fileRoute<EventFeedQuery>({ path: '/v1/events.ics', mediaType: 'text/calendar', cached: true });

export const eventIcsEndpoint = /* @__PURE__ */ fileRoute({
  path: '/v1/events/{slug}.ics',
  pathParams: ['slug'],
  mediaType: 'text/calendar',
  cached: true,
});
