import { fileRoute, route } from '../route.js';
import type { EventDetail, EventFeedQuery, EventList, EventQuery } from '../schemas/event.js';

export const listEventsEndpoint = /* @__PURE__ */ route<EventList, EventQuery>({ path: '/v1/events', cached: true });

export const getEventEndpoint = /* @__PURE__ */ route<EventDetail>({ path: '/v1/events/{slug}', pathParams: ['slug'], cached: true });

export const eventFeedEndpoint = /* @__PURE__ */ fileRoute<EventFeedQuery>({ path: '/v1/events.ics', mediaType: 'text/calendar', cached: true });

export const eventIcsEndpoint = /* @__PURE__ */ fileRoute({
  path: '/v1/events/{slug}.ics',
  pathParams: ['slug'],
  mediaType: 'text/calendar',
  cached: true,
});
