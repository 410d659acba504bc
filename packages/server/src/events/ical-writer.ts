import ICAL from 'ical.js';
import { EVENT_CATEGORY_LABELS, EVENT_STATUS_LABELS, TOPIC_LABELS } from '@sinn/sdk/labels';
import type { EventSeries } from '../queries/event-series.js';
import { berlinDate, occursOnce, TIME_ZONE, toBerlin } from '../time/berlin.js';
import { BERLIN_VTIMEZONE } from './berlin-vtimezone.js';

// Events as an iCalendar object (RFC 5545) built with ical.js, which escapes TEXT values and folds long lines.
// Each event is one VEVENT with its whole series (RRULE, EXDATE); calendar programs expand it themselves.

/** UIDs are `<event id>@` this: the id never changes, so a calendar keeps recognising the event after edits. */
const UID_DOMAIN = 'sinn-sachsen.de';
const PRODID = '-//SINN Sachsen//SINN API//DE';
/** How often a subscribed calendar should fetch the feed again. */
const REFRESH_INTERVAL = 'PT6H';
/** RFC 5545, 3.1: a content line SHOULD NOT be longer than 75 octets, line break excluded. */
const MAX_LINE_OCTETS = 75;

// NAME (RFC 7986) and X-WR-CALNAME are TEXT, but ical.js does not know them and would write their values
// unescaped. Declared here, for this writer's stringify only, they are escaped like SUMMARY; ical.js's own
// tables, which the recurrence expansion reads too, stay as they are.
const CALENDAR_DESIGN = {
  ...ICAL.design.icalendar,
  property: {
    ...ICAL.design.icalendar.property,
    name: { defaultType: 'text' },
    'x-wr-calname': { defaultType: 'text' },
  },
};

const VTIMEZONE_JCAL = ICAL.parse(BERLIN_VTIMEZONE) as unknown[];

// RFC 5545, 3.8.1.11: a VEVENT is TENTATIVE, CONFIRMED or CANCELLED. A postponed event will take place, but not
// at the time shown, so it is neither confirmed nor called off: TENTATIVE keeps it in the calendar and shows
// that its time is not to be relied on.
const STATUS = { scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/** Text as iCalendar TEXT may carry it: line breaks as LF (escaped as `\n`), no other control characters. */
function plain(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function text(component: ICAL.Component, name: string, value: string | null): void {
  if (value) component.addPropertyWithValue(name, plain(value));
}

function utc(instant: Date): ICAL.Time {
  return ICAL.Time.fromJSDate(instant, true);
}

function dayOf(instant: Date): ICAL.Time {
  const { year, month, day } = toBerlin(instant);
  return ICAL.Time.fromData({ year, month, day, isDate: true });
}

/**
 * An instant as Berlin wall-clock time with TZID, the form a series needs to keep its clock time across the
 * switches. A time Berlin clocks show twice (02:30 on the autumn switch day) is written in UTC instead, unless
 * a series needs the wall clock (`wallClock`): a reading of the clock cannot say which of the two is meant, and
 * parsers disagree (RFC 5545 takes the first, ical.js the second).
 */
function dateTime(component: ICAL.Component, name: string, instant: Date, wallClock: boolean): void {
  const wall = toBerlin(instant);
  if (!wallClock && !occursOnce(wall)) {
    component.addPropertyWithValue(name, utc(instant));
    return;
  }
  const property = new ICAL.Property(name);
  property.setParameter('tzid', TIME_ZONE);
  property.setValue(ICAL.Time.fromData({ ...wall, isDate: false }));
  component.addProperty(property);
}

/** The stored rule; for an all-day series UNTIL becomes a date, as DTSTART is one (RFC 5545, 3.3.10). */
function ruleOf(event: EventSeries): ICAL.Recur {
  const recur = ICAL.Recur.fromString(event.rrule ?? '');
  if (event.allDay && recur.until && !recur.until.isDate) {
    // The last day whose midnight is not after UNTIL: exactly the occurrences the stored rule allows.
    const [year, month, day] = berlinDate(recur.until.toJSDate()).split('-').map(Number) as [number, number, number];
    recur.until = ICAL.Time.fromData({ year, month, day, isDate: true });
  }
  return recur;
}

function location(event: EventSeries): string | null {
  const place = event.location;
  if (!place) return event.onlineUrl;
  const town = [place.postalCode, place.city].filter(Boolean).join(' ');
  return [place.name, place.street, town].filter(Boolean).join(', ');
}

// Many calendar programs show neither URL nor STATUS, so the description says both in words.
function description(event: EventSeries): string {
  return [
    event.status === 'scheduled' ? null : `${EVENT_STATUS_LABELS[event.status].de}.`,
    event.description,
    event.onlineUrl ? `Online: ${event.onlineUrl}` : null,
    event.registrationUrl ? `Anmeldung: ${event.registrationUrl}` : null,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function vevent(event: EventSeries): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  vevent.addPropertyWithValue('uid', `${event.id}@${UID_DOMAIN}`);
  // From the data, not the clock: the same data gives the same bytes, and so the same ETag, on every request.
  vevent.addPropertyWithValue('dtstamp', utc(event.updatedAt));
  vevent.addPropertyWithValue('last-modified', utc(event.updatedAt));
  vevent.addPropertyWithValue('sequence', event.sequence);
  const series = event.rrule !== null;
  if (event.allDay) {
    // DTEND is exclusive: the day after the last day, as stored.
    vevent.addPropertyWithValue('dtstart', dayOf(event.startsAt));
    vevent.addPropertyWithValue('dtend', dayOf(event.endsAt));
  } else {
    // DTEND only fixes the duration of every occurrence, so it never needs the wall clock.
    dateTime(vevent, 'dtstart', event.startsAt, series);
    dateTime(vevent, 'dtend', event.endsAt, false);
  }
  if (series) {
    vevent.addPropertyWithValue('rrule', ruleOf(event));
    for (const exdate of event.exdates) {
      if (event.allDay) vevent.addPropertyWithValue('exdate', dayOf(exdate));
      else dateTime(vevent, 'exdate', exdate, true);
    }
  }
  vevent.addPropertyWithValue('status', STATUS[event.status]);
  text(vevent, 'summary', event.title);
  text(vevent, 'description', description(event));
  text(vevent, 'location', location(event));
  // Where a person signs up, else where an online event takes place.
  const url = event.registrationUrl ?? event.onlineUrl;
  if (url) vevent.addPropertyWithValue('url', url);
  const categories = new ICAL.Property('categories');
  categories.setValues([EVENT_CATEGORY_LABELS[event.category].de, ...event.topics.map((topic) => TOPIC_LABELS[topic].de)]);
  vevent.addProperty(categories);
  return vevent;
}

// ical.js folds when a line reaches foldLength octets and puts the space that marks a continuation in front of
// another foldLength octets, so its continuation lines are one octet too long. One less while it writes keeps
// every physical line within 75; set and restored in one synchronous call, nothing else sees the change.
function stringify(calendar: ICAL.Component): string {
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = MAX_LINE_OCTETS - 1;
  try {
    // Every content line ends with CRLF, the last one included.
    return `${ICAL.stringify.component(calendar.jCal, CALENDAR_DESIGN)}\r\n`;
  } finally {
    ICAL.foldLength = foldLength;
  }
}

/** A VCALENDAR named `name` that publishes these events, with the Europe/Berlin VTIMEZONE their times refer to. */
export function writeCalendar(name: string, events: readonly EventSeries[]): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  // RFC 7986 NAME, and X-WR-CALNAME for the programs (Outlook, Google) that read only that. Built as TEXT
  // explicitly: ical.js would type a property it does not know as UNKNOWN.
  for (const property of ['name', 'x-wr-calname']) calendar.addProperty(new ICAL.Property([property, {}, 'text', plain(name)]));
  // RFC 7986 REFRESH-INTERVAL must say VALUE=DURATION; X-PUBLISHED-TTL is its older Microsoft form.
  calendar.addProperty(new ICAL.Property(['refresh-interval', {}, 'duration', REFRESH_INTERVAL]));
  calendar.addProperty(new ICAL.Property(['x-published-ttl', {}, 'unknown', REFRESH_INTERVAL]));
  calendar.addSubcomponent(new ICAL.Component(structuredClone(VTIMEZONE_JCAL)));
  for (const event of events) calendar.addSubcomponent(vevent(event));
  return stringify(calendar);
}
