import * as z from 'zod/mini';
import { DateOnly, DateTime, FIELDS_MEDIA_TYPE, Id, Image, listOf, narrowsTo, partialOf, Slug, WebUrl } from './common.js';
import { OrganisationRef } from './organisation.js';
import { CursorParam, fieldsParam, listParam } from './query.js';
import { MAX_EVENTS_PER_PAGE } from '../routes/event.js';
import { named } from './registry.js';
import { EventCategoryId, EventFormatId, EventStatusId, RegionId, TopicId } from './taxonomies.js';

/** The longest range one events request may ask for. */
export const MAX_EVENT_RANGE_DAYS = 366;

export const EventLocation = /* @__PURE__ */ named(
  'EventLocation',
  z.object({
    name: z.string(),
    street: z.nullable(z.string()),
    postalCode: z.nullable(z.string().check(z.regex(/^\d{5}$/))),
    city: z.string(),
    /** Step-free access, accessible toilet, hearing loop, sign language: what a visitor needs to know. */
    accessibility: z.nullable(z.string()),
  }),
);

export const Registration = /* @__PURE__ */ named(
  'Registration',
  z.object({
    url: WebUrl,
    /** After this instant registration is closed. */
    deadline: z.nullable(DateTime),
  }),
);

export const Recurrence = /* @__PURE__ */ named(
  'Recurrence',
  z.object({
    /** An RFC 5545 RRULE value, e.g. `FREQ=MONTHLY;BYDAY=1WE`. */
    rule: z.string(),
    /** Start instants of occurrences that were taken out of the series. */
    exceptions: z.array(DateTime),
  }),
);

const eventFields = {
  id: Id,
  slug: Slug,
  /** Identifies one occurrence of a (possibly recurring) event: the slug and the occurrence's start. */
  occurrenceId: z.string(),
  title: z.string().check(z.maxLength(200)),
  summary: z.string().check(z.maxLength(400)),
  description: z.string(),
  /** A summary in Leichte Sprache (easy-to-read German). */
  easyLanguage: z.nullable(z.string()),
  category: EventCategoryId,
  topics: z.array(TopicId),
  /** Where the event takes place; null for events that are online only. */
  region: z.nullable(RegionId),
  format: EventFormatId,
  status: EventStatusId,
  /** Start of this occurrence, in Europe/Berlin with its offset. */
  start: DateTime,
  /** End of this occurrence (exclusive). For all-day events the midnight after the last day. */
  end: DateTime,
  allDay: z.boolean(),
  timeZone: z.literal('Europe/Berlin'),
  recurrence: z.nullable(Recurrence),
  location: z.nullable(EventLocation),
  onlineUrl: z.nullable(WebUrl),
  registration: z.nullable(Registration),
  organiser: OrganisationRef,
  image: z.nullable(Image),
  /** Rises with every change of the event, as iCalendar's SEQUENCE. */
  sequence: z.int().check(z.nonnegative()),
  updatedAt: DateTime,
};

export const Event = /* @__PURE__ */ named('Event', z.object(eventFields), 'One occurrence of an event.');

export const Occurrence = /* @__PURE__ */ named(
  'Occurrence',
  z.object({ occurrenceId: z.string(), start: DateTime, end: DateTime }),
);

export const EventDetail = /* @__PURE__ */ named(
  'EventDetail',
  z.object({
    ...eventFields,
    /** Up to 20 coming occurrences; for an event that is over, its last ones. */
    occurrences: z.array(Occurrence),
  }),
  'An event with its next occurrence in `start`/`end` (its last, when it is over) and up to 20 coming occurrences.',
);

/**
 * What every item of a list of events carries, whatever `fields` asks for: the event's slug (what
 * `GET /v1/events/{slug}` takes) and the occurrence's id (an event recurs: one list may hold several of it).
 */
export const EVENT_IDENTITY = ['slug', 'occurrenceId'] as const;

export const PartialEvent = /* @__PURE__ */ named(
  'PartialEvent',
  partialOf(Event, EVENT_IDENTITY),
  'An occurrence of an event in a list asked with `fields`: the keys asked for and `slug` and `occurrenceId`, each as in `Event`; no other key.',
);

export const PartialEventList = /* @__PURE__ */ listOf(
  'PartialEventList',
  PartialEvent,
  `A list of events asked with \`fields\`, sent as \`${FIELDS_MEDIA_TYPE}\`.`,
);

export const EventList = /* @__PURE__ */ narrowsTo(listOf('EventList', Event), PartialEventList);

const DateOrDateTime = z.union([DateOnly, DateTime]);

/** How many days before today an iCalendar feed reaches when `from` is not given. */
export const EVENT_FEED_PAST_DAYS = 30;

// The range's end and the filters, shared by the list and the feed, so both answer the same question.
const eventFilters = {
  /** End of the range (exclusive): a day or an instant. Default and maximum: 366 days after `from`. */
  to: z.optional(DateOrDateTime),
  region: listParam(RegionId),
  category: listParam(EventCategoryId),
  topic: listParam(TopicId),
  format: listParam(EventFormatId),
};

export const EventQuery = /* @__PURE__ */ named(
  'EventQuery',
  z.object({
    /** Start of the range: a day (Europe/Berlin) or an instant. Default: today. */
    from: z.optional(DateOrDateTime),
    ...eventFilters,
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_EVENTS_PER_PAGE))),
    cursor: CursorParam,
    fields: fieldsParam(Event),
  }),
);

/** The filters of `EventQuery` without paging: a feed holds every event that passes them. */
export const EventFeedQuery = /* @__PURE__ */ named(
  'EventFeedQuery',
  z.object({
    /**
     * Start of the range: a day (Europe/Berlin) or an instant. Default: 30 days before today, so that
     * events of the past month stay in a subscribed calendar.
     */
    from: z.optional(DateOrDateTime),
    ...eventFilters,
  }),
);





export type EventLocation = z.infer<typeof EventLocation>;
export type Event = z.infer<typeof Event>;
export type EventDetail = z.infer<typeof EventDetail>;
export type EventList = z.infer<typeof EventList>;
/** A key of an event that `fields` may ask for. */
export type EventField = keyof Event;
/** An occurrence as a list asked with `fields: F` sends it. */
export type EventFields<F extends EventField> = Pick<Event, F | (typeof EVENT_IDENTITY)[number]>;
export type PartialEventList = z.infer<typeof PartialEventList>;
export type EventQuery = z.input<typeof EventQuery>;
export type EventFeedQuery = z.input<typeof EventFeedQuery>;
export type Occurrence = z.infer<typeof Occurrence>;
