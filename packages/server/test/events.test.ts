import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EventDetail, EventList, type Event } from '@sinn/sdk';
import { fromBerlin } from '../src/time/berlin.js';
import { insertEvent } from './helpers/events.js';
import { collectPages, getParsed, getProblem } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

async function allOccurrences(server: TestServer, query: string): Promise<Event[]> {
  return (await collectPages(`${server.url}/v1/events?${query}&limit=37`, EventList)).items;
}

describe('events in a range', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('expands a weekly series across the autumn switch at the same Berlin wall-clock time, without its exceptions', async () => {
    const slug = await insertEvent(server, {
      slug: 'test-dienstagsrunde',
      starts_at: fromBerlin(2026, 10, 13, 18, 0),
      ends_at: fromBerlin(2026, 10, 13, 20, 0),
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261117T230000Z',
      exdates: [fromBerlin(2026, 10, 27, 18, 0)],
      series_until: fromBerlin(2026, 11, 17, 20, 0),
    });
    const items = (await allOccurrences(server, 'from=2026-10-01&to=2026-12-01')).filter((item) => item.slug === slug);
    assert.deepEqual(
      items.map((item) => item.start),
      ['2026-10-13T18:00:00+02:00', '2026-10-20T18:00:00+02:00', '2026-11-03T18:00:00+01:00', '2026-11-10T18:00:00+01:00', '2026-11-17T18:00:00+01:00'],
    );
    assert.equal(items[2]?.end, '2026-11-03T20:00:00+01:00');
    assert.equal(new Set(items.map((item) => item.occurrenceId)).size, items.length);
    assert.deepEqual(items[0]?.recurrence, { rule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261117T230000Z', exceptions: ['2026-10-27T18:00:00+01:00'] });
  });

  it('lists only the occurrences inside the range asked for', async () => {
    const items = (await allOccurrences(server, 'from=2026-11-04&to=2026-11-11')).filter((item) => item.slug === 'test-dienstagsrunde');
    assert.deepEqual(items.map((item) => item.start), ['2026-11-10T18:00:00+01:00']);
  });

  it('shows an event at 02:30 on the spring switch day at 03:30 summer time, the hour that exists', async () => {
    await insertEvent(server, {
      slug: 'test-fruehjahr',
      starts_at: fromBerlin(2027, 3, 28, 2, 30),
      ends_at: fromBerlin(2027, 3, 28, 4, 30),
    });
    const detail = await getParsed(`${server.url}/v1/events/test-fruehjahr`, EventDetail);
    assert.equal(detail.start, '2027-03-28T03:30:00+02:00');
    assert.equal(detail.end, '2027-03-28T04:30:00+02:00');
  });

  it('places a weekly 02:30 on both switch days as single events are placed: the first 02:30 in autumn, 03:30 in spring', async () => {
    const autumn = await insertEvent(server, {
      slug: 'test-sonntagsnacht-herbst',
      starts_at: fromBerlin(2026, 10, 18, 2, 30),
      ends_at: fromBerlin(2026, 10, 18, 3, 0),
      rrule: 'FREQ=WEEKLY;COUNT=3',
    });
    const spring = await insertEvent(server, {
      slug: 'test-sonntagsnacht-fruehjahr',
      starts_at: fromBerlin(2027, 3, 21, 2, 30),
      ends_at: fromBerlin(2027, 3, 21, 3, 0),
      rrule: 'FREQ=WEEKLY;COUNT=3',
    });
    const starts = async (slug: string, from: string, to: string) =>
      (await allOccurrences(server, `from=${from}&to=${to}`)).filter((item) => item.slug === slug).map((item) => item.start);
    assert.deepEqual(await starts(autumn, '2026-10-01', '2026-11-15'), [
      '2026-10-18T02:30:00+02:00',
      '2026-10-25T02:30:00+02:00',
      '2026-11-01T02:30:00+01:00',
    ]);
    assert.deepEqual(await starts(spring, '2027-03-01', '2027-04-15'), [
      '2027-03-21T02:30:00+01:00',
      '2027-03-28T03:30:00+02:00',
      '2027-04-04T02:30:00+02:00',
    ]);
  });

  it('keeps an all-day event of three days from midnight to midnight, in the range of each of its days', async () => {
    await insertEvent(server, {
      slug: 'test-festival',
      starts_at: fromBerlin(2027, 3, 27),
      ends_at: fromBerlin(2027, 3, 30),
      all_day: true,
    });
    for (const day of ['2027-03-27', '2027-03-28', '2027-03-29']) {
      const items = await allOccurrences(server, `from=${day}&to=${day}T23:59:59%2B02:00`);
      const festival = items.find((item) => item.slug === 'test-festival');
      assert.ok(festival, day);
      assert.equal(festival.allDay, true);
      assert.equal(festival.start, '2027-03-27T00:00:00+01:00');
      assert.equal(festival.end, '2027-03-30T00:00:00+02:00');
      assert.equal(festival.occurrenceId, 'test-festival@2027-03-27');
    }
  });

  it('orders by start and pages through every occurrence exactly once', async () => {
    const query = 'from=2026-05-15&to=2027-05-15';
    const items = await allOccurrences(server, query);
    const first = await getParsed(`${server.url}/v1/events?${query}&limit=1`, EventList);
    assert.equal(items.length, first.total);
    assert.equal(new Set(items.map((item) => item.occurrenceId)).size, items.length);
    const starts = items.map((item) => Date.parse(item.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('gives up to a thousand occurrences in one page, so that a busy month needs one request', async () => {
    const query = 'from=2026-05-15&to=2027-05-15';
    const first = await getParsed(`${server.url}/v1/events?${query}&limit=1`, EventList);
    assert.ok(first.total > 100, `the year holds ${first.total} occurrences`);
    const page = await getParsed(`${server.url}/v1/events?${query}&limit=1000`, EventList);
    assert.equal(page.items.length, Math.min(first.total, 1000));
    assert.equal(page.nextCursor === null, first.total <= 1000);
  });

  it('starts today by default and never reaches more than 366 days ahead', async () => {
    const list = await getParsed(`${server.url}/v1/events?limit=100`, EventList);
    assert.ok(list.items.length > 0);
    for (const item of list.items) assert.ok(Date.parse(item.end) > Date.parse('2026-11-15T00:00:00+01:00'), item.start);
    const last = (await allOccurrences(server, '')).at(-1)!;
    assert.ok(Date.parse(last.start) < Date.parse('2027-11-16T00:00:00+01:00'), last.start);
  });

  it('filters by region, category, topic and format', async () => {
    const byRegion = await allOccurrences(server, 'from=2026-05-15&to=2027-05-15&region=dresden,leipzig');
    assert.ok(byRegion.length > 0);
    assert.ok(byRegion.every((item) => item.region === 'dresden' || item.region === 'leipzig'));
    const online = await allOccurrences(server, 'from=2026-05-15&to=2027-05-15&format=online');
    assert.ok(online.length > 0);
    assert.ok(online.every((item) => item.format === 'online' && item.onlineUrl !== null));
    const roadshows = await allOccurrences(server, 'from=2026-05-15&to=2027-05-15&category=roadshow');
    assert.ok(roadshows.length > 0 && roadshows.every((item) => item.category === 'roadshow'));
    const housing = await allOccurrences(server, 'from=2026-05-15&to=2027-05-15&topic=wohnen');
    assert.ok(housing.every((item) => item.topics.includes('wohnen')));
  });

  it('refuses a range longer than 366 days, an empty range and a date that is none', async () => {
    const long = await getProblem(`${server.url}/v1/events?from=2026-01-01&to=2027-01-03`, 400);
    assert.equal(long.errors?.[0]?.parameter, 'to');
    await getParsed(`${server.url}/v1/events?from=2026-01-01&to=2027-01-02&limit=1`, EventList);
    await getProblem(`${server.url}/v1/events?from=2026-06-01&to=2026-05-01`, 400);
    const garbage = await getProblem(`${server.url}/v1/events?from=2026-02-30`, 400);
    assert.equal(garbage.errors?.[0]?.parameter, 'from');
  });

  it('refuses a range more than ten years from today at once, in the list, the feed and the first answers', async () => {
    // The tests' today is 2026-11-15. A range in the year 5000 once kept the server busy for over a minute.
    for (const path of ['/v1/events?from=5000-01-01&to=5000-01-02', '/v1/events?from=9999-12-31', '/v1/events.ics?from=2900-01-01&to=2900-01-02', '/v1/events?from=0000-01-01', '/v1/events?from=2036-11-15']) {
      const problem = await getProblem(`${server.url}${path}`, 400);
      assert.deepEqual(problem.errors?.map((error) => [error.parameter, error.detail]), [['from', 'must lie within 10 years of today: from 2016-11-15, before 2036-11-15']], path);
    }
    await getParsed(`${server.url}/v1/events?from=2036-11-14&limit=1`, EventList);
    await getParsed(`${server.url}/v1/events?from=2016-11-15&limit=1`, EventList);
    const first = await fetch(`${server.url}/v1/first-answers?element=sinn-event-calendar&view=agenda&from=2700-01-01`);
    // The bundle leaves out what was refused: the element asks for it itself, and hears the 400.
    const { answers } = (await first.json()) as { answers: { url: string }[] };
    assert.deepEqual(answers.filter((answer) => answer.url.startsWith('/v1/events')), []);
  });
});

describe('events on the next day', () => {
  it('starts the default range on the new day after midnight, though no content changed', async () => {
    let now = fromBerlin(2026, 11, 15, 23, 50);
    const server = await startTestServer({}, { now: () => now });
    try {
      const slug = await insertEvent(server, {
        slug: 'test-sonntagabend',
        starts_at: fromBerlin(2026, 11, 15, 20, 0),
        ends_at: fromBerlin(2026, 11, 15, 22, 0),
      });
      const listed = async () => (await getParsed(`${server.url}/v1/events?limit=5`, EventList)).items.some((item) => item.slug === slug);
      assert.equal(await listed(), true, 'listed on its own day');
      now = fromBerlin(2026, 11, 16, 0, 10);
      assert.equal(await listed(), false, 'not listed the day after, from the same cache');
    } finally {
      await server.stop();
    }
  });
});
