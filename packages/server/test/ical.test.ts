import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { EventDetail, eventFeedEndpoint, eventIcsEndpoint, EventList, SinnClient } from '@sinn/sdk';
import { addDays, fromBerlin } from '../src/time/berlin.js';
import { insertEvent } from './helpers/events.js';
import { collectPages, getParsed, getProblem } from './helpers/http.js';
import { startTestServer, TODAY, type TestServer } from './helpers/server.js';

// The iCalendar files as a calendar program reads them: parsed and expanded by ical.js (Thunderbird's
// library), compared with what the JSON endpoints say about the same events.

interface Calendar {
  response: Response;
  text: string;
  root: ICAL.Component;
  events: ICAL.Component[];
}

/** RFC 5545, 3.1: CRLF after every line, none longer than 75 octets (the space of a continuation included). */
function assertWellFormed(text: string): void {
  assert.ok(text.endsWith('\r\n'), 'the last line ends with CRLF');
  assert.doesNotMatch(text, /[^\r]\n|\r[^\n]/, 'a bare LF or CR');
  const long = text.split('\r\n').filter((line) => Buffer.byteLength(line, 'utf8') > 75);
  assert.deepEqual(long, [], 'lines over 75 octets');
}

async function getCalendar(url: string, init?: RequestInit): Promise<Calendar> {
  const response = await fetch(url, init);
  const text = await response.text();
  assert.equal(response.status, 200, `${url} answered ${response.status}: ${text.slice(0, 300)}`);
  assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
  assertWellFormed(text);
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return { response, text, root, events: root.getAllSubcomponents('vevent') };
}

const uidOf = (id: string) => `${id}@sinn-sachsen.de`;

function eventOf(calendar: Calendar, id: string): ICAL.Event {
  const found = calendar.events.filter((event) => event.getFirstPropertyValue('uid') === uidOf(id));
  assert.equal(found.length, 1, `event ${id} is in the calendar once`);
  return new ICAL.Event(found[0]!);
}

/** `hour` o'clock in Berlin on the day `days` after the tests' today. */
function daysFromToday(days: number, hour: number): Date {
  const [year, month, day] = addDays(TODAY, days).split('-').map(Number) as [number, number, number];
  return fromBerlin(year, month, day, hour);
}

async function idOf(server: TestServer, slug: string): Promise<string> {
  const [row] = await server.database.db.query<{ id: string }>('select id from events where slug = $1', [slug]);
  return row!.id;
}

/** The instant a time names; a DATE is a day in Berlin, the days the feed publishes. */
function instantOf(time: ICAL.Time): number {
  return time.isDate ? fromBerlin(time.year, time.month, time.day).getTime() : time.toJSDate().getTime();
}

/** Every occurrence that overlaps [from, to), expanded by ical.js from the series in the calendar: `uid start`. */
function expand(calendar: Calendar, from: Date, to: Date): string[] {
  const occurrences: string[] = [];
  for (const component of calendar.events) {
    const event = new ICAL.Event(component);
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const { startDate, endDate } = event.getOccurrenceDetails(next);
      const start = instantOf(startDate);
      if (start >= to.getTime()) break;
      if (instantOf(endDate) > from.getTime()) occurrences.push(`${event.uid} ${new Date(start).toISOString()}`);
    }
  }
  return occurrences.sort();
}

/** The occurrences `GET /v1/events` lists for a query, every page, as `uid start`. */
async function listed(server: TestServer, query: string): Promise<string[]> {
  const { items } = await collectPages(`${server.url}/v1/events?${query}&limit=100`, EventList);
  return items.map((item) => `${uidOf(item.id)} ${new Date(item.start).toISOString()}`).sort();
}

describe('the iCalendar files of the events', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ logLevel: 'silent' });
  });
  after(() => server.stop());

  it('writes long German text with umlauts, commas, semicolons, backslashes and line breaks so that it reads back exactly', async () => {
    const title = 'Fachtag „Nachbarschaft, Pflege & Teilhabe“; Grüße aus Görlitz\\Zittau – Übersetzung ins Sorbische 🎉';
    const description = [
      'Wir laden herzlich ein: Pflegedienste, Nachbarschaftshilfen, Kommunen; alle, die Teilhabe im Alter gestalten.',
      'Pfad im Netzlaufwerk: \\\\server\\fachtag\\programm.pdf, Raum 2; Zeitplan folgt.',
      `Lange Zeile ohne Umbruch: ${'Straßenbahnhaltestelle-Öffentlichkeitsarbeit-'.repeat(6)}Ende`,
      `ASCII ohne Umlaute: ${'abcdefghij'.repeat(20)}`,
    ].join('\n');
    const slug = await insertEvent(server, {
      slug: 'ics-fachtag-goerlitz',
      title,
      description,
      region: 'goerlitz',
      topics: ['familie-kinder'],
      location: JSON.stringify({ name: 'Haus „Am Markt“; Saal 2', street: 'Obermarkt 1, Hinterhaus', postalCode: '02826', city: 'Görlitz', accessibility: null }),
      starts_at: fromBerlin(2026, 12, 3, 9, 0),
      ends_at: fromBerlin(2026, 12, 3, 16, 30),
    });
    const id = await idOf(server, slug);
    for (const url of [`${server.url}/v1/events/${slug}.ics`, `${server.url}/v1/events.ics?region=goerlitz`]) {
      const calendar = await getCalendar(url);
      const vtimezone = calendar.root.getFirstSubcomponent('vtimezone');
      assert.equal(vtimezone?.getFirstPropertyValue('tzid'), 'Europe/Berlin', url);
      const event = eventOf(calendar, id);
      assert.equal(event.summary, title);
      assert.equal(event.description, description);
      assert.equal(event.location, 'Haus „Am Markt“; Saal 2, Obermarkt 1, Hinterhaus, 02826 Görlitz');
      assert.deepEqual(event.component.getFirstProperty('categories')?.getValues(), ['Netzwerktreffen', 'Familie, Kinder und Jugend']);
      assert.equal(event.startDate.toJSDate().toISOString(), fromBerlin(2026, 12, 3, 9, 0).toISOString());
      assert.match(calendar.text, /\r\nDTSTART;TZID=Europe\/Berlin:20261203T090000\r\n/);
      // Folded: the description alone is longer than several lines.
      assert.ok(calendar.text.split('\r\n').filter((line) => line.startsWith(' ')).length > 10);
    }
  });

  it('lists a weekly series across the autumn switch once, with RRULE and EXDATE, and ical.js expands it to the occurrences the JSON lists', async () => {
    const slug = await insertEvent(server, {
      slug: 'ics-dienstagsrunde',
      starts_at: fromBerlin(2026, 10, 13, 18, 0),
      ends_at: fromBerlin(2026, 10, 13, 20, 0),
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261117T230000Z',
      exdates: [fromBerlin(2026, 10, 27, 18, 0)],
      series_until: fromBerlin(2026, 11, 17, 20, 0),
    });
    // An all-day series: its UNTIL must become a date, as its DTSTART is one.
    const allDay = await insertEvent(server, {
      slug: 'ics-aktionstag',
      all_day: true,
      starts_at: fromBerlin(2026, 10, 17),
      ends_at: fromBerlin(2026, 10, 18),
      rrule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261121T230000Z',
      exdates: [fromBerlin(2026, 10, 31)],
      series_until: fromBerlin(2026, 11, 22),
    });
    const query = 'from=2026-10-01&to=2026-12-01';
    const feed = await getCalendar(`${server.url}/v1/events.ics?${query}`);
    const uids = feed.events.map((event) => event.getFirstPropertyValue('uid'));
    assert.equal(new Set(uids).size, uids.length, 'every event once');

    const series = eventOf(feed, await idOf(server, slug));
    assert.equal(series.component.getFirstPropertyValue('rrule')?.toString(), 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261117T230000Z');
    assert.match(feed.text, /\r\nEXDATE;TZID=Europe\/Berlin:20261027T180000\r\n/);
    const weekly = expand({ ...feed, events: [series.component] }, new Date(0), new Date('2030-01-01'));
    assert.deepEqual(
      weekly.map((occurrence) => occurrence.split(' ')[1]),
      ['2026-10-13T16:00:00.000Z', '2026-10-20T16:00:00.000Z', '2026-11-03T17:00:00.000Z', '2026-11-10T17:00:00.000Z', '2026-11-17T17:00:00.000Z'],
    );
    assert.match(feed.text, /\r\nDTSTART;VALUE=DATE:20261017\r\nDTEND;VALUE=DATE:20261018\r\n/);
    assert.equal(eventOf(feed, await idOf(server, allDay)).component.getFirstPropertyValue('rrule')?.toString(), 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261122');

    assert.deepEqual(expand(feed, new Date('2026-09-30T22:00:00Z'), new Date('2026-11-30T23:00:00Z')), await listed(server, query));
  });

  it('expands the demo year, its recurring series with their exceptions included, to exactly the occurrences the JSON lists', async () => {
    const query = 'from=2026-05-15&to=2027-05-15';
    const feed = await getCalendar(`${server.url}/v1/events.ics?${query}`);
    const recurring = feed.events.filter((event) => event.hasProperty('rrule'));
    assert.ok(recurring.length >= 3, `${recurring.length} series`);
    assert.ok(recurring.some((event) => event.hasProperty('exdate')));
    const expected = await listed(server, query);
    assert.ok(expected.length >= 300);
    assert.deepEqual(expand(feed, new Date('2026-05-14T22:00:00Z'), new Date('2027-05-14T22:00:00Z')), expected);
  });

  it('puts 02:30 on the spring switch day where the JSON does (03:30 summer time) and each 02:30 of the autumn switch day at its own instant', async () => {
    const cases = [
      // 02:30 does not exist on 28 March 2027; the JSON says 03:30 summer time, the hour that exists.
      { slug: 'ics-fruehjahr', starts_at: fromBerlin(2027, 3, 28, 2, 30), ends_at: fromBerlin(2027, 3, 28, 4, 30), start: '2027-03-28T03:30:00+02:00' },
      // 02:30 happens twice on 25 October 2026: first in summer time, then in winter time.
      { slug: 'ics-herbst-sommerzeit', starts_at: fromBerlin(2026, 10, 25, 2, 30), ends_at: fromBerlin(2026, 10, 25, 4, 0), start: '2026-10-25T02:30:00+02:00' },
      { slug: 'ics-herbst-winterzeit', starts_at: new Date('2026-10-25T01:30:00Z'), ends_at: new Date('2026-10-25T03:00:00Z'), start: '2026-10-25T02:30:00+01:00' },
    ];
    for (const { start, ...fields } of cases) await insertEvent(server, fields);
    const feed = await getCalendar(`${server.url}/v1/events.ics?from=2026-10-24&to=2027-04-01`);
    for (const { slug, start } of cases) {
      const json = await getParsed(`${server.url}/v1/events/${slug}`, EventDetail);
      assert.equal(json.start, start);
      const file = await getCalendar(`${server.url}/v1/events/${slug}.ics`);
      const id = await idOf(server, slug);
      for (const event of [eventOf(file, id), eventOf(feed, id)]) {
        assert.equal(event.startDate.toJSDate().getTime(), Date.parse(json.start), slug);
        assert.equal(event.endDate.toJSDate().getTime(), Date.parse(json.end), slug);
      }
    }
    const spring = await getCalendar(`${server.url}/v1/events/ics-fruehjahr.ics`);
    assert.match(spring.text, /\r\nDTSTART;TZID=Europe\/Berlin:20270328T033000\r\n/);
  });

  it('marks a cancelled event CANCELLED, a postponed one TENTATIVE and a scheduled one CONFIRMED', async () => {
    const day = { starts_at: fromBerlin(2026, 12, 10, 18, 0), ends_at: fromBerlin(2026, 12, 10, 20, 0) };
    for (const status of ['cancelled', 'postponed', 'scheduled']) await insertEvent(server, { slug: `ics-status-${status}`, status, ...day });
    for (const [status, expected] of [['cancelled', 'CANCELLED'], ['postponed', 'TENTATIVE'], ['scheduled', 'CONFIRMED']] as const) {
      const file = await getCalendar(`${server.url}/v1/events/ics-status-${status}.ics`);
      assert.equal(file.events[0]?.getFirstPropertyValue('status'), expected, status);
    }
  });

  it('raises SEQUENCE and changes the ETag when the title changes, and keeps both for an update that changes nothing', async () => {
    const slug = await insertEvent(server, {
      slug: 'ics-sequenz',
      sequence: 2,
      updated_at: new Date('2026-11-01T08:00:00Z'),
      starts_at: fromBerlin(2026, 12, 1, 18, 0),
      ends_at: fromBerlin(2026, 12, 1, 20, 0),
    });
    const url = `${server.url}/v1/events/${slug}.ics`;
    const update = async (sql: string) => {
      await server.database.db.query(`update events set ${sql} where slug = $1`, [slug]);
      await server.deps.contentVersion.refresh();
      const calendar = await getCalendar(url);
      return { calendar, event: new ICAL.Event(calendar.events[0]!), etag: calendar.response.headers.get('etag') };
    };
    const first = await getCalendar(url);
    const before = new ICAL.Event(first.events[0]!);
    assert.equal(before.sequence, 2);
    assert.match(first.text, /\r\nDTSTAMP:20261101T080000Z\r\n/);

    const renamed = await update("title = 'Adventsstammtisch'");
    assert.equal(renamed.event.summary, 'Adventsstammtisch');
    assert.equal(renamed.event.sequence, 3);
    assert.notEqual(renamed.etag, first.response.headers.get('etag'));
    assert.doesNotMatch(renamed.calendar.text, /DTSTAMP:20261101T080000Z/, 'the change stamps updated_at, and so DTSTAMP');

    const same = await update('title = title, starts_at = starts_at');
    assert.equal(same.event.sequence, 3);
    assert.equal(same.calendar.text, renamed.calendar.text);
    assert.equal(same.etag, renamed.etag);
    const unseen = await update("image_alt = 'Ein Foto, das der Kalender nicht zeigt'");
    assert.equal(unseen.event.sequence, 3);

    const moved = await update(`starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour'`);
    assert.equal(moved.event.sequence, 4);
    const setByWriter = await update("description = 'Neu', sequence = 10");
    assert.equal(setByWriter.event.sequence, 10);
  });

  it('gives region=chemnitz the Chemnitz events only, from 30 days back, the same events the JSON lists for that range', async () => {
    const recent = await insertEvent(server, {
      slug: 'ics-vor-drei-wochen',
      starts_at: daysFromToday(-21, 18),
      ends_at: daysFromToday(-21, 20),
    });
    const old = await insertEvent(server, {
      slug: 'ics-vor-sechs-wochen',
      starts_at: daysFromToday(-42, 18),
      ends_at: daysFromToday(-42, 20),
    });
    const feed = await getCalendar(`${server.url}/v1/events.ics?region=chemnitz`);
    assert.match(feed.text, /\r\nX-WR-CALNAME:SINN – Termine: Chemnitz\r\n/);
    const uids = new Set(feed.events.map((event) => event.getFirstPropertyValue('uid')));
    assert.equal(uids.size, feed.events.length);
    assert.ok(uids.has(uidOf(await idOf(server, recent))), 'an event three weeks ago stays in the feed');
    assert.ok(!uids.has(uidOf(await idOf(server, old))), 'one six weeks ago is gone');

    const { items } = await collectPages(`${server.url}/v1/events?region=chemnitz&from=${addDays(TODAY, -30)}&limit=100`, EventList);
    assert.ok(items.length > 0);
    assert.ok(items.every((item) => item.region === 'chemnitz'));
    assert.deepEqual([...uids].sort(), [...new Set(items.map((item) => uidOf(item.id)))].sort());

    const two = await getCalendar(`${server.url}/v1/events.ics?region=chemnitz,dresden&category=workshop`);
    assert.match(two.text, /\r\nNAME:SINN – Termine: Chemnitz\\, Dresden · Workshop\r\n/);
  });

  it('answers paging, unknown and wrong parameters with a 400 problem, and an unknown slug with a 404 problem', async () => {
    for (const [query, parameter] of [
      ['limit=5', 'limit'],
      ['cursor=abc', 'cursor'],
      ['regio=chemnitz', 'regio'],
      ['region=atlantis', 'region'],
      ['from=2026-01-01&to=2027-06-01', 'to'],
    ]) {
      const problem = await getProblem(`${server.url}/v1/events.ics?${query}`, 400);
      assert.ok(problem.errors?.some((error) => error.parameter === parameter), query);
    }
    await getProblem(`${server.url}/v1/events/gibt-es-nicht.ics`, 404);
    await getProblem(`${server.url}/v1/events/Kein_Slug.ics`, 404);
    await getProblem(`${server.url}/v1/events.ics`, 405, { method: 'POST' });
  });

  it('keeps the JSON and the iCalendar file of one event apart', async () => {
    const slug = await insertEvent(server, { slug: 'ics-getrennt', starts_at: daysFromToday(10, 18), ends_at: daysFromToday(10, 20) });
    const json = await getParsed(`${server.url}/v1/events/${slug}`, EventDetail);
    assert.equal(json.slug, slug);
    const file = await getCalendar(`${server.url}/v1/events/${slug}.ics`);
    assert.equal(file.response.headers.get('content-disposition'), `attachment; filename="${slug}.ics"`);
    assert.equal(file.events.length, 1);
    assert.match(file.text, /\r\nNAME:SINN – Test ics-getrennt\r\n/);
    await getProblem(`${server.url}/v1/events/${slug}.ical`, 404);
    await getProblem(`${server.url}/v1/events/${slug}.ics.ics`, 404);
    await getProblem(`${server.url}/v1/events/${slug}.ics`, 405, { method: 'DELETE' });
  });

  it('sends the same bytes twice with an ETag, answers If-None-Match with 304, and gzips on request', async () => {
    const url = `${server.url}/v1/events.ics?region=leipzig`;
    const first = await getCalendar(url);
    const second = await getCalendar(url);
    assert.equal(second.text, first.text);
    const etag = first.response.headers.get('etag');
    assert.ok(etag);
    assert.equal(second.response.headers.get('etag'), etag);
    assert.equal(first.response.headers.get('content-disposition'), 'inline; filename="sinn-termine.ics"');
    assert.match(first.text, /\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n/);
    assert.match(first.text, /\r\nX-PUBLISHED-TTL:PT6H\r\n/);
    assert.match(first.text, /^BEGIN:VCALENDAR\r\n(?:.*\r\n)*?VERSION:2\.0\r\n/);
    assert.match(first.text, /\r\nMETHOD:PUBLISH\r\n/);

    const revalidated = await fetch(url, { headers: { 'If-None-Match': etag } });
    assert.equal(revalidated.status, 304);
    assert.equal(await revalidated.text(), '');
    const gzipped = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(gzipped.headers.get('content-encoding'), 'gzip');
    assert.equal(await gzipped.text(), first.text);
    const head = await fetch(url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('etag'), etag);
  });

  it('gives every event a UID from its id, the same from another server process on the same data', async () => {
    const url = '/v1/events.ics?region=leipzig&from=2026-05-15&to=2027-05-15';
    const ours = await getCalendar(`${server.url}${url}`);
    const { items } = await collectPages(`${server.url}/v1/events?region=leipzig&from=2026-05-15&to=2027-05-15&limit=100`, EventList);
    assert.deepEqual(
      ours.events.map((event) => event.getFirstPropertyValue('uid')).sort(),
      [...new Set(items.map((item) => uidOf(item.id)))].sort(),
    );
    const other = await startTestServer({ logLevel: 'silent' });
    try {
      const theirs = await getCalendar(`${other.url}${url}`);
      assert.equal(theirs.text, ours.text);
      assert.equal(theirs.response.headers.get('etag'), ours.response.headers.get('etag'));
    } finally {
      await other.stop();
    }
  });

  it('builds the feed and event URLs with the client, for a page to link to', async () => {
    const slug = await insertEvent(server, { slug: 'ics-link', starts_at: daysFromToday(3, 18), ends_at: daysFromToday(3, 20) });
    const client = new SinnClient({ baseUrl: `${server.url}/` });
    const feedUrl = client.url(eventFeedEndpoint, {}, { region: ['chemnitz'], category: ['workshop'] });
    assert.equal(feedUrl, `${server.url}/v1/events.ics?category=workshop&region=chemnitz`);
    await getCalendar(feedUrl);
    // A file endpoint has no response schema, so the JSON client does not take it (tsc checks this line).
    // @ts-expect-error: not an Endpoint
    const refused = () => client.get(eventFeedEndpoint);
    assert.equal(typeof refused, 'function');
    const fileUrl = client.url(eventIcsEndpoint, { slug });
    assert.equal(fileUrl, `${server.url}/v1/events/${slug}.ics`);
    await getCalendar(fileUrl);
  });

  it('describes both files in the OpenAPI document as text/calendar, with their parameters', async () => {
    type Operation = { parameters: { name: string; in: string; description?: string }[]; responses: Record<string, { content?: Record<string, unknown> }> };
    const document = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as { paths: Record<string, { get: Operation }> };
    const feed = document.paths['/v1/events.ics']!.get;
    assert.ok(feed.responses['200']?.content?.['text/calendar']);
    assert.ok(feed.responses['304'] && feed.responses['400']);
    const query = feed.parameters.filter((parameter) => parameter.in === 'query');
    assert.deepEqual(query.map((parameter) => parameter.name), ['from', 'to', 'region', 'category', 'topic', 'format']);
    assert.match(query[0]!.description ?? '', /30 days before today/);
    const one = document.paths['/v1/events/{slug}.ics']!.get;
    assert.ok(one.responses['200']?.content?.['text/calendar']);
    assert.ok(one.responses['404']);
    assert.deepEqual(one.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name), ['slug']);
  });
});
