// The events of the calendar benchmark: a month of SINN events, made from a seed so that every run (and every
// library) sees the same ones. Mostly evening and daytime events of one to three hours, some all-day ones and
// a few that run over several days, spread over November 2026.
import { EVENT_CATEGORY_IDS, REGION_IDS, TOPIC_IDS, type Event } from '@sinn/sdk';

/** The month shown, `YYYY-MM`, and its days. All of November is CET (DST ended on 25 October), so +01:00. */
export const MONTH = '2026-11';
/** Its first day, as FullCalendar's `initialDate` takes it. */
export const FIRST_DAY = `${MONTH}-01`;
const DAYS = 30;
const OFFSET = '+01:00';

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FORMATS = ['Netzwerktreffen', 'Werkstatt', 'Sprechstunde', 'Fachdialog', 'Austausch', 'Infoabend', 'Forum', 'Stammtisch'];
const SUBJECTS = [
  'Genossenschaftliches Wohnen',
  'Pflege im ländlichen Raum',
  'Soziale Innovation in Kommunen',
  'Ehrenamt und Digitalisierung',
  'Inklusive Arbeitswelten',
  'Nachbarschaftshilfe',
  'Klimaschutz im Quartier',
  'Wirkungsmessung für Initiativen',
  'Teilhabe für Zugewanderte',
  'Mobilität auf dem Land',
];
const CITIES = ['Chemnitz', 'Dresden', 'Leipzig', 'Zwickau', 'Görlitz', 'Bautzen', 'Freiberg', 'Plauen', 'Meißen', 'Pirna'];

const pad = (value: number) => String(value).padStart(2, '0');

/** A date of November (or a few days after, for events that run past its end) at a wall-clock time. */
function instant(date: number, minutes: number): string {
  const when = new Date(Date.UTC(2026, 10, date, 0, minutes));
  return `${when.getUTCFullYear()}-${pad(when.getUTCMonth() + 1)}-${pad(when.getUTCDate())}T${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}:00${OFFSET}`;
}

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `count` events of November 2026, the same for the same count and seed. */
export function calendarEvents(count: number, seed = 2026): Event[] {
  const next = random(seed + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const kind = next();
    const date = 1 + Math.floor(next() * DAYS);
    const allDay = kind < 0.1;
    let start: string;
    let end: string;
    if (allDay) {
      // One in three all-day events runs over two to four days.
      const days = kind < 0.033 ? 2 + Math.floor(next() * 3) : 1;
      start = instant(date, 0);
      end = instant(date + days, 0);
    } else {
      const from = (8 + Math.floor(next() * 12)) * 60 + (next() < 0.5 ? 0 : 30);
      start = instant(date, from);
      end = instant(date, from + 60 * (1 + Math.floor(next() * 5) / 2));
    }
    const city = pick(CITIES);
    const title = `${pick(FORMATS)}: ${pick(SUBJECTS)} in ${city}`;
    const slug = `termin-${count}-${index + 1}`;
    const category = pick(EVENT_CATEGORY_IDS);
    const region = pick(REGION_IDS);
    return {
      id: uuid(next),
      slug,
      occurrenceId: `${slug}@${allDay ? start.slice(0, 10) : start}`,
      title,
      summary: `${title}: Austausch, Beispiele aus der Praxis und Zeit für Fragen.`,
      description: `Wir laden herzlich ein zum ${title}. Die Teilnahme ist kostenfrei.`,
      easyLanguage: null,
      category,
      topics: [pick(TOPIC_IDS)],
      region,
      format: 'onsite',
      status: 'scheduled',
      start,
      end,
      allDay,
      timeZone: 'Europe/Berlin',
      recurrence: null,
      location: { name: 'Bürgerhaus', street: 'Markt 1', postalCode: '09111', city, accessibility: null },
      onlineUrl: null,
      registration: null,
      organiser: { slug: 'sinn-sachsen', name: 'SINN Sachsen', kind: 'initiative', url: null },
      image: null,
      sequence: 0,
      updatedAt: '2026-10-01T12:00:00+02:00',
    } satisfies Event;
  }).sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug));
}
