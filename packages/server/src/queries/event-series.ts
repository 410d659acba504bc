import type { EventCategoryId, EventLocation, EventStatusId, TopicId } from '@sinn/sdk';
import type { Queryable } from '../db/database.js';
import { occurrencesBetween, type Series } from '../events/recurrence.js';
import { eventsWhere, seriesOf, type EventFilters, type EventRange } from './events.js';
import { namedBySlug } from './old-slugs.js';

// Events as whole series, for the iCalendar files: a calendar program expands a series itself, so an event is
// read once however many occurrences it has.

/** One event with its recurrence as stored: what an iCalendar VEVENT says. */
export interface EventSeries extends Series {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  category: EventCategoryId;
  topics: TopicId[];
  status: EventStatusId;
  allDay: boolean;
  location: EventLocation | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  sequence: number;
  updatedAt: Date;
}

type Row = Record<string, unknown>;

const SELECT = `
  select e.id, e.slug, e.title, e.summary, e.description, e.category, e.topics, e.status, e.starts_at, e.ends_at,
         e.all_day, e.rrule, e.exdates, e.location, e.online_url, e.registration_url, e.sequence, e.updated_at
  from events e`;

function eventSeriesOf(row: Row): EventSeries {
  return {
    ...seriesOf(row),
    id: row.id as string,
    slug: row.slug as string,
    title: row.title as string,
    summary: row.summary as string,
    description: row.description as string,
    category: row.category as EventCategoryId,
    topics: row.topics as TopicId[],
    status: row.status as EventStatusId,
    allDay: row.all_day as boolean,
    location: (row.location as EventLocation | null) ?? null,
    onlineUrl: (row.online_url as string | null) ?? null,
    registrationUrl: (row.registration_url as string | null) ?? null,
    sequence: row.sequence as number,
    updatedAt: row.updated_at as Date,
  };
}

/**
 * Every event that passes the filters and has an occurrence in the range, which is every event `listEvents`
 * shows for the same range, each once. Ordered by first start, then id, so equal data gives equal bytes.
 */
export async function listEventSeries(db: Queryable, filters: EventFilters, range: EventRange): Promise<EventSeries[]> {
  const where = eventsWhere(filters, range);
  const rows = await db.query<Row>(`${SELECT} ${where.sql} order by e.starts_at, e.id`, where.params);
  // A series whose occurrences in the range are all exceptions is not in the list, so it is not in the feed.
  return rows.map(eventSeriesOf).filter((event) => occurrencesBetween(event, range.from, range.to).length > 0);
}

/** One event by its slug, with its whole series. */
export async function getEventSeries(db: Queryable, slug: string): Promise<EventSeries | null> {
  const [row] = await db.query<Row>(`${SELECT} where ${namedBySlug('e.id', 'event', '$1')}`, [slug]);
  return row ? eventSeriesOf(row) : null;
}
