import type { Event, EventDetail, EventField, EventQuery, Occurrence } from '@sinn/sdk';
import * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { occurrencesBetween, type Series, type Span } from '../events/recurrence.js';
import { berlinDate, berlinIso } from '../time/berlin.js';
import { isoOf, imageColumns, imageOf, ORGANISATION_COLUMNS, organisationOf } from './columns.js';
import { decodeCursor, pageOf } from './cursor.js';
import { wants, type Fields } from './fields.js';
import { namedBySlug } from './old-slugs.js';
import { Where } from './sql.js';

// The columns of an event every read takes; the long texts, the organiser and the image only where they are sent.
const COLUMNS = `e.id, e.slug, e.title, e.category, e.topics, e.region, e.format, e.status, e.starts_at, e.ends_at,
  e.all_day, e.rrule, e.exdates, e.location, e.online_url, e.registration_url, e.registration_deadline, e.sequence,
  e.updated_at`;
const TEXTS = { summary: 'e.summary', description: 'e.description', easyLanguage: 'e.easy_language' } as const;

function select(fields?: Fields<EventField>): string {
  const texts = (Object.keys(TEXTS) as (keyof typeof TEXTS)[]).filter((key) => wants(fields, key)).map((key) => TEXTS[key]);
  const organiser = wants(fields, 'organiser');
  const image = wants(fields, 'image');
  return `select ${[COLUMNS, ...texts, ...(organiser ? [ORGANISATION_COLUMNS] : []), ...(image ? [imageColumns('e.image_id', 'e.image_alt', 'img')] : [])].join(', ')}
    from events e
    ${organiser ? 'join organisations o on o.id = e.organisation_id' : ''}
    ${image ? 'left join media img on img.id = e.image_id' : ''}`;
}

/** How many coming occurrences an event's detail lists. */
const DETAIL_OCCURRENCES = 20;

type Row = Record<string, unknown>;

function occurrenceId(slug: string, span: Span, allDay: boolean): string {
  // Unique per occurrence and readable: the day for all-day events, the Berlin start time otherwise.
  return `${slug}@${allDay ? berlinDate(span.start) : berlinIso(span.start)}`;
}

/** The fields of an event row that read the same in the public shape and in the staff's write shape. */
export function eventFields(row: Row) {
  const registrationUrl = row.registration_url as string | null;
  const rrule = row.rrule as string | null;
  return {
    id: row.id as string,
    slug: row.slug as string,
    title: row.title as string,
    summary: row.summary as string,
    description: row.description as string,
    easyLanguage: (row.easy_language as string | null) ?? null,
    category: row.category as Event['category'],
    topics: row.topics as Event['topics'],
    region: (row.region as Event['region']) ?? null,
    format: row.format as Event['format'],
    status: row.status as Event['status'],
    allDay: row.all_day as boolean,
    recurrence: rrule ? { rule: rrule, exceptions: (row.exdates as Date[]).map(isoOf) } : null,
    location: (row.location as Event['location']) ?? null,
    onlineUrl: (row.online_url as string | null) ?? null,
    registration: registrationUrl
      ? { url: registrationUrl, deadline: row.registration_deadline ? isoOf(row.registration_deadline) : null }
      : null,
    sequence: row.sequence as number,
    updatedAt: isoOf(row.updated_at),
  };
}

function toEvent(row: Row, span: Span, publicUrl: string): Event {
  return {
    ...eventFields(row),
    occurrenceId: occurrenceId(row.slug as string, span, row.all_day as boolean),
    start: berlinIso(span.start),
    end: berlinIso(span.end),
    timeZone: 'Europe/Berlin',
    organiser: organisationOf(row),
    image: imageOf(row, 'img', publicUrl),
  };
}

/** What places an event's occurrences in time. */
export function seriesOf(row: Row): Series {
  return {
    startsAt: row.starts_at as Date,
    endsAt: row.ends_at as Date,
    rrule: row.rrule as string | null,
    exdates: row.exdates as Date[],
  };
}

export interface EventRange {
  from: Date;
  to: Date;
}

/** The filters every range query of events takes: the list, and the iCalendar feed. */
export type EventFilters = Pick<EventQuery, 'region' | 'category' | 'topic' | 'format'>;

/**
 * The events (as `e`) that pass the filters and may have an occurrence in the range. Only a first cut: which
 * occurrences fall into the range the expansion of each series decides.
 */
export function eventsWhere(filters: EventFilters, range: EventRange): Where {
  const where = new Where();
  const from = where.param(range.from);
  const to = where.param(range.to);
  // A single event overlaps the range; a series has started before its end and not ended before its start.
  where.and(
    `e.starts_at < ${to}::timestamptz and (
       (e.rrule is null and e.ends_at > ${from}::timestamptz) or
       (e.rrule is not null and (e.series_until is null or e.series_until > ${from}::timestamptz)))`,
  );
  if (filters.region) where.and(`e.region = any(${where.param(filters.region)}::text[])`);
  if (filters.category) where.and(`e.category = any(${where.param(filters.category)}::text[])`);
  if (filters.topic) where.and(`e.topics && ${where.param(filters.topic)}::text[]`);
  if (filters.format) where.and(`e.format = any(${where.param(filters.format)}::text[])`);
  return where;
}

/**
 * The occurrences of all events in the range that pass the filters, in start order, one page of them; whole, or
 * with the keys `fields` names.
 */
export async function listEvents(db: Queryable, query: EventQuery, range: EventRange, publicUrl: string, fields?: Fields<EventField>) {
  const limit = query.limit ?? 20;
  const where = eventsWhere(query, range);
  // First only what placing occurrences in time needs; the full rows are read for the one page shown.
  const rows = await db.query<Row>(
    `select e.id, e.slug, e.starts_at, e.ends_at, e.all_day, e.rrule, e.exdates from events e ${where.sql}`,
    where.params,
  );

  // Each occurrence's sort key is computed once: start, then the occurrence id for a stable order.
  const occurrences = rows
    .flatMap((row) => occurrencesBetween(seriesOf(row), range.from, range.to).map((span) => ({ row, span })))
    .map((occurrence) => ({
      ...occurrence,
      time: occurrence.span.start.getTime(),
      id: occurrenceId(occurrence.row.slug as string, occurrence.span, occurrence.row.all_day as boolean),
    }))
    .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // The start in epoch milliseconds and the occurrence id that breaks ties.
  const after = decodeCursor(query.cursor, z.tuple([z.int(), z.string().check(z.maxLength(200))]));
  const rest = after
    ? occurrences.filter(({ time, id }) => time > after[0] || (time === after[0] && id > after[1]))
    : occurrences;
  const { page, nextCursor } = pageOf(rest, limit, ({ time, id }) => [time, id]);
  const ids = [...new Set(page.map(({ row }) => row.id as string))];
  const full = new Map(
    (await db.query<Row>(`${select(fields)} where e.id = any($1::uuid[])`, [ids])).map((row) => [row.id as string, row]),
  );
  return {
    items: page.map(({ row, span }) => {
      const event = toEvent(full.get(row.id as string)!, span, publicUrl);
      // A key not asked for may come from a column not read: it is left out here, before anything sends it.
      return fields ? fields.pick(event) : event;
    }),
    total: occurrences.length,
    nextCursor,
  };
}

/** One event: its next occurrence (or its last, when all are past) and up to 20 coming ones. */
export async function getEvent(db: Queryable, slug: string, now: Date, publicUrl: string): Promise<EventDetail | null> {
  const [row] = await db.query<Row>(`${select()} where ${namedBySlug('e.id', 'event', '$1')}`, [slug]);
  if (!row) return null;
  const series = seriesOf(row);
  const farFuture = new Date(now.getTime() + 5 * 366 * 86_400_000);
  let spans = occurrencesBetween(series, now, farFuture).slice(0, DETAIL_OCCURRENCES);
  if (spans.length === 0) {
    // Over: show where it was, the last occurrences up to now.
    spans = occurrencesBetween(series, series.startsAt, now).slice(-DETAIL_OCCURRENCES);
  }
  const first = spans[0] ?? { start: series.startsAt, end: series.endsAt };
  const occurrences: Occurrence[] = spans.map((span) => ({
    occurrenceId: occurrenceId(slug, span, row.all_day as boolean),
    start: berlinIso(span.start),
    end: berlinIso(span.end),
  }));
  return { ...toEvent(row, first, publicUrl), occurrences };
}
