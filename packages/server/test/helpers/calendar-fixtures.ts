import { fromBerlin } from '../../src/time/berlin.js';
import { insertEvent } from './events.js';
import type { TestServer } from './server.js';

// Events the demo data does not happen to have, for the calendar's tests: the two clock switches, a stay across
// a week's end, a cancelled date, registration open and closed. Their slugs start with `test-`.

const at = (iso: string) => new Date(iso);

export async function insertCalendarFixtures(server: TestServer): Promise<void> {
  // 02:30 does not exist on 28 March 2027 in Berlin: as entered, it is 03:30 summer time (as every calendar app does).
  await insertEvent(server, {
    slug: 'test-fruehjahr-zeitumstellung',
    title: 'Frühschicht zur Zeitumstellung',
    region: 'bautzen',
    starts_at: fromBerlin(2027, 3, 28, 2, 30),
    ends_at: fromBerlin(2027, 3, 28, 4, 0),
  });
  // 02:30 happens twice on 25 October 2026: first in summer time, an hour later in winter time.
  await insertEvent(server, {
    slug: 'test-herbst-sommerzeit',
    title: 'Nachtgespräch vor der Zeitumstellung',
    region: 'leipzig',
    starts_at: at('2026-10-25T00:30:00Z'),
    ends_at: at('2026-10-25T01:15:00Z'),
  });
  await insertEvent(server, {
    slug: 'test-herbst-winterzeit',
    title: 'Nachtgespräch nach der Zeitumstellung',
    region: 'leipzig',
    starts_at: at('2026-10-25T01:30:00Z'),
    ends_at: at('2026-10-25T02:15:00Z'),
  });
  // Saturday to Tuesday: one bar in each of the two weeks.
  await insertEvent(server, {
    slug: 'test-werkstatt-ueber-das-wochenende',
    title: 'Werkstatttage über das Wochenende',
    category: 'festival',
    region: 'goerlitz',
    all_day: true,
    starts_at: fromBerlin(2026, 12, 12),
    ends_at: fromBerlin(2026, 12, 16),
  });
  await insertEvent(server, {
    slug: 'test-abgesagt',
    title: 'Abgesagter Stammtisch',
    status: 'cancelled',
    region: 'zwickau',
    starts_at: fromBerlin(2026, 12, 3, 18, 0),
    ends_at: fromBerlin(2026, 12, 3, 20, 0),
  });
  await insertEvent(server, {
    slug: 'test-anmeldung-offen',
    title: 'Zukunftswerkstatt mit Anmeldung',
    category: 'workshop',
    region: 'meissen',
    starts_at: fromBerlin(2035, 6, 12, 10, 0),
    ends_at: fromBerlin(2035, 6, 12, 16, 0),
    registration_url: 'https://sinn.example.org/anmeldung/test-anmeldung-offen',
    registration_deadline: fromBerlin(2035, 6, 5, 23, 59),
    location: { name: 'Kulturhaus', street: 'Markt 1', postalCode: '01662', city: 'Meißen', accessibility: 'Stufenloser Zugang, Hörschleife' },
  });
  await insertEvent(server, {
    slug: 'test-anmeldung-vorbei',
    title: 'Werkstatt mit abgelaufener Anmeldung',
    category: 'workshop',
    region: 'meissen',
    starts_at: fromBerlin(2026, 11, 10, 10, 0),
    ends_at: fromBerlin(2026, 11, 10, 16, 0),
    registration_url: 'https://sinn.example.org/anmeldung/test-anmeldung-vorbei',
    registration_deadline: fromBerlin(2026, 11, 3, 23, 59),
  });
}
