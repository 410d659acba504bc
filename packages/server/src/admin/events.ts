import { EventInput, type AdminEvent } from '@sinn/sdk';
import ICAL from 'ical.js';
import type * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { invalidRule, occurrencesBetween, seriesEnd, type Series } from '../events/recurrence.js';
import { isoOf } from '../queries/columns.js';
import { eventFields } from '../queries/events.js';
import { toBerlin } from '../time/berlin.js';
import { invalidField } from './body.js';
import { checkMedia, everyRecord, mediaRef, organisationId, unique, type ContentKind } from './content.js';

type Input = z.output<typeof EventInput>;
type Row = Record<string, unknown>;

/** Events recur by the day at most often: anything faster is no event series, and would flood the lists. */
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

const isBerlinMidnight = (instant: Date) => {
  const wall = toBerlin(instant);
  return wall.hour === 0 && wall.minute === 0 && wall.second === 0;
};

/** The series the input describes, after the checks the schema cannot make; each failure names its field. */
function seriesOf(input: Input): Series {
  const startsAt = new Date(input.start);
  const endsAt = new Date(input.end);
  if (endsAt <= startsAt) throw invalidField(['end'], 'must be after start');
  if (input.allDay) {
    if (!isBerlinMidnight(startsAt)) throw invalidField(['start'], 'an all-day event starts at midnight, Europe/Berlin');
    if (!isBerlinMidnight(endsAt)) throw invalidField(['end'], 'an all-day event ends at midnight (Europe/Berlin) after its last day');
  }
  const recurrence = input.recurrence ?? null;
  if (!recurrence) return { startsAt, endsAt, rrule: null, exdates: [] };
  const reason = invalidRule(recurrence.rule);
  if (reason) throw invalidField(['recurrence', 'rule'], `not a valid RRULE: ${reason}`);
  const freq = ICAL.Recur.fromString(recurrence.rule).freq;
  if (!FREQUENCIES.includes(freq)) throw invalidField(['recurrence', 'rule'], `FREQ must be one of ${FREQUENCIES.join(', ')}`);
  const exdates = unique((recurrence.exceptions ?? []).map((text) => new Date(text).getTime())).map((time) => new Date(time));
  const series: Series = { startsAt, endsAt, rrule: recurrence.rule, exdates: [] };
  (recurrence.exceptions ?? []).forEach((text, index) => {
    const start = new Date(text);
    const [hit] = occurrencesBetween(series, start, new Date(start.getTime() + 1));
    if (hit?.start.getTime() !== start.getTime()) {
      throw invalidField(['recurrence', 'exceptions', index], 'not the start of an occurrence of this series');
    }
  });
  return { ...series, exdates };
}

/**
 * What the schema cannot see across fields: an event on site (or hybrid) says where it is; one online only has no
 * district (its filters and the region's calendar leave it out of every district); registration closes before it
 * begins. Each failure names its field.
 */
function checkPlaceAndRegistration(input: Input): void {
  if (input.format !== 'online' && !input.location) {
    throw invalidField(['location'], `required where the format is ${input.format}: the name and city of where it takes place`);
  }
  if (input.format === 'online' && input.region) throw invalidField(['region'], 'an online-only event has no region: null, or leave it out');
  const deadline = input.registration?.deadline;
  if (deadline && new Date(deadline) > new Date(input.start)) throw invalidField(['registration', 'deadline'], 'must not be after start');
}

export const eventKind: ContentKind<Input, AdminEvent> = {
  table: 'events',
  noun: 'event',
  slugIsPersonal: false,
  slugSource: (input) => input.title,
  async columns(tx, input) {
    const series = seriesOf(input);
    checkPlaceAndRegistration(input);
    const organisation = await organisationId(tx, input.organiser, 'organiser');
    await checkMedia(tx, input.image, 'image');
    const location = input.location
      ? {
          name: input.location.name,
          street: input.location.street ?? null,
          postalCode: input.location.postalCode ?? null,
          city: input.location.city,
          accessibility: input.location.accessibility ?? null,
        }
      : null;
    return {
      title: [input.title],
      summary: [input.summary],
      description: [input.description],
      easy_language: [input.easyLanguage ?? null],
      category: [input.category],
      topics: [unique(input.topics), 'text[]'],
      region: [input.region ?? null],
      format: [input.format],
      status: [input.status ?? 'scheduled'],
      starts_at: [series.startsAt],
      ends_at: [series.endsAt],
      all_day: [input.allDay ?? false],
      rrule: [series.rrule],
      exdates: [series.exdates, 'timestamptz[]'],
      series_until: [seriesEnd(series)],
      location: [location === null ? null : JSON.stringify(location), 'jsonb'],
      online_url: [input.onlineUrl ?? null],
      registration_url: [input.registration?.url ?? null],
      registration_deadline: [input.registration?.deadline ? new Date(input.registration.deadline) : null],
      organisation_id: [organisation],
      image_id: [input.image?.id ?? null],
      image_alt: [input.image?.alt ?? null],
    };
  },
  read: readEvent,
  list: everyRecord('events', readEvent),
};

async function readEvent(db: Queryable, slug: string): Promise<AdminEvent | null> {
  const [row] = await db.query<Row>(
    `select e.*, o.slug as org_slug from events e join organisations o on o.id = e.organisation_id where e.slug = $1`,
    [slug],
  );
  if (!row) return null;
  return {
    ...eventFields(row),
    start: isoOf(row.starts_at),
    end: isoOf(row.ends_at),
    organiser: row.org_slug as string,
    image: mediaRef(row, 'image'),
  };
}
