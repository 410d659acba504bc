import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  AVAILABILITY_IDS,
  Event,
  EVENT_CATEGORY_IDS,
  EXPERTISE_IDS,
  Initiative,
  LANDKREISE,
  LANGUAGE_IDS,
  Mentor,
  MENTOR_FORMAT_IDS,
  ORGANISATION_KIND_IDS,
  REGION_IDS,
  SDG_IDS,
  STAGE_IDS,
  TOPIC_IDS,
} from '@sinn/sdk';
import ICAL from 'ical.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { municipalityByKey, regionOfKey } from '@sinn/sdk/geo';
import { EXPERTISE_LABELS } from '@sinn/sdk/labels';
import { generateDemoData, type EventRow, type MentorRow } from '../src/seed/generate.js';
import { bussUndBettag, easterSunday, saxonHolidays } from '../src/seed/holidays.js';
import { seedIfEmpty } from '../src/seed/load.js';
import { createRandom } from '../src/seed/random.js';
import { asciiFold, SlugRegistry } from '../src/seed/slug.js';
import { CONCEPTS } from '../src/seed/texts/initiatives.js';
import { REGION_TEXTS } from '../src/seed/texts/places.js';
import {
  addDays,
  berlinDate,
  berlinIso,
  berlinMidnight,
  berlinOffsetMinutes,
  fromBerlin,
  toBerlin,
} from '../src/time/berlin.js';

const TODAY = '2026-11-15';
const SEED = 'sinn';
const data = generateDemoData({ seed: SEED, today: TODAY });
const todayStart = berlinMidnight(TODAY);
const tomorrowStart = berlinMidnight(addDays(TODAY, 1));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

const mediaById = new Map(data.media.map((m) => [m.id, m]));
const organisationById = new Map(data.organisations.map((o) => [o.id, o]));

function isExampleUrl(url: string): boolean {
  const parsed = new URL(url);
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && /(^|\.)example\.org$/.test(parsed.hostname);
}

function countBy<T>(items: readonly T[], key: (item: T) => string | number): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function assertUnique(values: readonly unknown[], what: string): void {
  assert.equal(new Set(values).size, values.length, `${what} are not unique`);
}

/** Leichte Sprache: one short statement per line. */
function assertEasyLanguage(text: string, where: string): void {
  for (const line of text.split('\n')) {
    // "9. Dezember" is an ordinal, not the end of a sentence.
    assert.match(line.replace(/(\d)\.(?= )/g, '$1'), /^[^.!?]+[.!?]$/u, `${where}: "${line}" is not one sentence`);
    assert.ok(line.split(/\s+/).length <= 12, `${where}: "${line}" is too long for Leichte Sprache`);
  }
}

/** Days no event may touch: the Saxon public holidays, Heiligabend and Silvester. */
function isDayOff(day: string): boolean {
  if (day.endsWith('-12-24') || day.endsWith('-12-31')) return true;
  return saxonHolidays(Number(day.slice(0, 4))).some((holiday) => holiday.day === day);
}

/** Easter and Whit Sunday: holidays in all but Saxon law, no day for a workshop either. */
function isHighSunday(day: string): boolean {
  const easter = easterSunday(Number(day.slice(0, 4)));
  return day === easter || day === addDays(easter, 49);
}

const isLastSunday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() === 0 && addDays(day, 7).slice(5, 7) !== day.slice(5, 7);

/** The events in the night of a DST switch, which the tests need on those Sundays whatever else they are. */
function isDstNight(e: EventRow): boolean {
  const wall = toBerlin(e.startsAt);
  return (wall.month === 3 || wall.month === 10) && isLastSunday(berlinDate(e.startsAt)) && wall.hour < 5;
}

/** The Berlin days an event covers; for a series, the days its meetings take place (exceptions left out). */
function meetingDays(e: EventRow, lastDay: string): string[] {
  if (e.rrule) {
    const excluded = new Set(e.exdates.map((exdate) => exdate.getTime()));
    return icalOccurrences(e, lastDay)
      .filter((start) => !excluded.has(start.getTime()))
      .map(berlinDate);
  }
  const days: string[] = [];
  for (let day = berlinDate(e.startsAt); day <= berlinDate(new Date(e.endsAt.getTime() - 1)); day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The DST nights are fixed by the calendar and stay even when the switch falls on a holiday (31 October 2027
 * is the Reformationstag); nurses on night duty work then anyway.
 */
function assertNoEventsOnHolidays(events: readonly EventRow[], today: string): void {
  for (const e of events.filter((e) => !isDstNight(e))) {
    // Open-ended series take out holidays for two years; look a little less far.
    for (const day of meetingDays(e, addDays(today, 700))) {
      assert.ok(!isDayOff(day), `${today} ${e.slug}: meets on ${day}, a holiday`);
      assert.ok(!isHighSunday(day), `${today} ${e.slug}: meets on ${day}, Easter or Whit Sunday`);
    }
  }
}

/** Registration: a deadline before the first start for single events, none for series (it would shut all later meetings). */
function assertRegistrationDeadlines(events: readonly EventRow[], today: string): void {
  for (const e of events) {
    if (e.registrationUrl === null || e.rrule !== null) {
      assert.equal(e.registrationDeadline, null, `${today} ${e.slug}`);
    } else {
      assert.ok(e.registrationDeadline && e.registrationDeadline < e.startsAt, `${today} ${e.slug}`);
    }
  }
}

/** Clock times read "9:00 Uhr" or "18:30 Uhr" everywhere: never "09:00 Uhr", never "9 Uhr". */
function assertClockTimes(text: string, where: string): void {
  for (const [match, time] of text.matchAll(/(\d{1,2}(?::\d{2})?)\s*Uhr\b/g)) {
    assert.match(time!, /^(?:1?\d|2[0-3]):[0-5]\d$/, `${where}: "${match}"`);
  }
}

// The public shapes, built from the rows as the server will: every generated value must pass the contract.
const organisationRef = (id: string) => {
  const org = organisationById.get(id);
  assert.ok(org, `unknown organisation ${id}`);
  return { slug: org.slug, name: org.name, kind: org.kind, url: org.url };
};
const image = (id: string | null, alt: string | null) => {
  if (!id) return null;
  const media = mediaById.get(id);
  assert.ok(media, `unknown media ${id}`);
  return { url: `https://api.example.org/media/${id}`, width: media.width, height: media.height, alt: alt ?? '' };
};

describe('the PRNG and the slugs', () => {
  it('is seeded and repeatable', () => {
    const a = createRandom('x');
    const b = createRandom('x');
    const c = createRandom('y');
    const drawsA = Array.from({ length: 20 }, () => a.next());
    assert.deepEqual(drawsA, Array.from({ length: 20 }, () => b.next()));
    assert.notDeepEqual(drawsA, Array.from({ length: 20 }, () => c.next()));
  });

  it('keeps its helpers in bounds', () => {
    const random = createRandom(42);
    for (let i = 0; i < 1000; i++) {
      const n = random.int(3, 7);
      assert.ok(Number.isInteger(n) && n >= 3 && n <= 7);
    }
    const sample = random.sample([1, 2, 3, 4, 5, 6], 4);
    assert.equal(sample.length, 4);
    assertUnique(sample, 'sampled items');
    assert.deepEqual([...random.shuffle([1, 2, 3, 4])].sort(), [1, 2, 3, 4]);
    assert.match(random.uuid(), UUID);
    assert.equal(random.chance(0), false);
    assert.equal(random.chance(1), true);
  });

  it('folds German and other letters to ASCII and suffixes colliding slugs', () => {
    assert.equal(asciiFold('Größe Ärger Übel Löbau'), 'Groesse Aerger Uebel Loebau');
    assert.equal(asciiFold('Łukasz Dvořáková Şahin Yılmaz'), 'Lukasz Dvorakova Sahin Yilmaz');
    const slugs = new SlugRegistry();
    assert.equal(slugs.take('Repair-Café Plauen'), 'repair-cafe-plauen');
    assert.equal(slugs.take('Repair-Café Plauen'), 'repair-cafe-plauen-2');
    assert.equal(slugs.take('Repair Café  Plauen!'), 'repair-cafe-plauen-3');
    assert.ok(slugs.take('x'.repeat(300)).length <= 120);
  });

  it('never reads the clock or an unseeded random source', () => {
    const dir = fileURLToPath(new URL('../src/seed/', import.meta.url));
    const files = (function walk(path: string): string[] {
      return readdirSync(path).flatMap((name) => {
        const full = join(path, name);
        return statSync(full).isDirectory() ? walk(full) : [full];
      });
    })(dir);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      assert.doesNotMatch(source, /Math\.random|Date\.now\(|new Date\(\s*\)/, file);
    }
  });
});

describe('the holiday calendar', () => {
  it('finds Easter by the Gregorian computus', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22', // the earliest possible date
      1943: '1943-04-25', // the latest
      2008: '2008-03-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, day] of Object.entries(known)) assert.equal(easterSunday(Number(year)), day, year);
  });

  it('knows the Saxon holidays, the Reformationstag and the Buß- und Bettag among them', () => {
    assert.deepEqual(
      saxonHolidays(2026).map((holiday) => holiday.day),
      ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-10-03', '2026-10-31', '2026-11-18', '2026-12-25', '2026-12-26'],
    );
    for (const [year, day] of [[2023, '2023-11-22'], [2024, '2024-11-20'], [2025, '2025-11-19'], [2027, '2027-11-17'], [2028, '2028-11-22']] as const) {
      assert.equal(bussUndBettag(year), day, `Buß- und Bettag ${year}`);
      assert.equal(new Date(`${day}T00:00:00Z`).getUTCDay(), 3);
    }
  });
});

describe('generateDemoData', () => {
  it('is deterministic for a seed and a day', () => {
    assert.deepStrictEqual(generateDemoData({ seed: SEED, today: TODAY }), data);
    assert.deepStrictEqual(generateDemoData({ today: TODAY }), data, 'the default seed is sinn');
    const other = generateDemoData({ seed: 'anders', today: TODAY });
    assert.notDeepStrictEqual(other.initiatives.map((i) => i.title), data.initiatives.map((i) => i.title));
    assert.notDeepStrictEqual(other.mentors.map((m) => m.name), data.mentors.map((m) => m.name));
  });

  it('holds its invariants on other days: DST switch days, a leap day, New Year', () => {
    for (const today of ['2026-03-29', '2026-10-25', '2027-04-01', '2028-02-29', '2029-12-31']) {
      const other = generateDemoData({ seed: SEED, today });
      assert.ok(other.initiatives.length >= 220 && other.events.length >= 300 && other.mentors.length >= 160, today);
      const tomorrow = berlinMidnight(addDays(today, 1));
      for (const e of other.events) {
        assert.ok(e.endsAt > e.startsAt, `${today} ${e.slug}`);
        if (e.rrule) assert.equal(icalOccurrences(e, addDays(today, 400))[0]!.getTime(), e.startsAt.getTime(), `${today} ${e.slug}`);
      }
      assertRegistrationDeadlines(other.events, today);
      assertNoEventsOnHolidays(other.events, today);
      for (const i of other.initiatives) {
        if (i.crowdfunding) assert.ok(new Date(i.crowdfunding.endsAt) > tomorrow, `${today} ${i.slug}`);
      }
    }
  });

  it('refuses a malformed day', () => {
    assert.throws(() => generateDemoData({ today: '2026-13-01' }));
    assert.throws(() => generateDemoData({ today: '15.11.2026' }));
  });

  it('gives every row a unique uuid', () => {
    const ids = [...data.organisations, ...data.initiatives, ...data.events, ...data.mentors].map((row) => row.id);
    for (const id of ids) assert.match(id, UUID);
    assertUnique(ids, 'ids');
  });
});

describe('organisations', () => {
  it('are the consortium plus about forty fictional ones', () => {
    const names = data.organisations.map((o) => o.name);
    for (const member of ['Caritas', 'Diakonie Sachsen', 'DRK Landesverband Sachsen', 'Paritätische Sachsen', 'parikom', 'Impact Hub Dresden', 'Impact Hub Leipzig', 'Startnext']) {
      assert.ok(names.some((name) => name.includes(member)), `${member} is missing`);
    }
    assert.ok(data.organisations.length >= 45, `${data.organisations.length} organisations`);
    assertUnique(data.organisations.map((o) => o.slug), 'organisation slugs');
    for (const org of data.organisations) {
      assert.match(org.slug, SLUG);
      assert.ok((ORGANISATION_KIND_IDS as readonly string[]).includes(org.kind));
      if (org.url !== null) assert.ok(isExampleUrl(org.url), org.url);
    }
    assert.ok(new Set(data.organisations.map((o) => o.kind)).size >= 5);
  });
});

describe('media', () => {
  it('are content-addressed, self-contained SVGs', () => {
    assertUnique(data.media.map((m) => m.id), 'media ids');
    for (const media of data.media) {
      const hash = createHash('sha256').update(media.body).digest('hex');
      assert.equal(media.id, `${hash.slice(0, 16)}.svg`);
      assert.equal(media.contentType, 'image/svg+xml');
      const svg = media.body.toString('utf8');
      assert.match(svg, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${media.width}" height="${media.height}"`));
      assert.doesNotMatch(svg, /<script|href|@import|@font-face|on[a-z]+=/i);
      assert.deepEqual(svg.match(/https?:\/\/[^"]*/g), ['http://www.w3.org/2000/svg']);
      for (const ref of svg.match(/url\([^)]*\)/g) ?? []) assert.match(ref, /^url\(#[a-z]+\)$/);
    }
  });

  it('fit their records: 800×450 for initiatives and events, 400×400 portraits for mentors', () => {
    const check = (id: string | null, alt: string | null, size: [number, number], where: string) => {
      if (id === null) return assert.equal(alt, null, where);
      const media = mediaById.get(id);
      assert.ok(media, `${where}: missing media ${id}`);
      assert.deepEqual([media.width, media.height], size, where);
      // Generated decoration: an empty alternative text, which screen readers skip (seed/images.ts).
      assert.equal(alt, '', where);
    };
    for (const i of data.initiatives) check(i.imageId, i.imageAlt, [800, 450], i.slug);
    for (const e of data.events) check(e.imageId, e.imageAlt, [800, 450], e.slug);
    for (const m of data.mentors) check(m.photoId, m.photoAlt, [400, 400], m.slug);
    assert.ok(data.initiatives.filter((i) => i.imageId).length > 180);
    assert.ok(data.events.filter((e) => e.imageId).length > 50);
    assert.ok(data.mentors.filter((m) => m.photoId).length > 130);
  });
});

describe('initiatives', () => {
  const initiatives = data.initiatives;

  it('are many and cover every region, SDG, stage and topic', () => {
    assert.ok(initiatives.length >= 220, `${initiatives.length} initiatives`);
    assert.deepEqual(new Set(initiatives.map((i) => i.region)), new Set(REGION_IDS));
    assert.deepEqual(new Set(initiatives.flatMap((i) => i.sdgs)), new Set(SDG_IDS));
    assert.deepEqual(new Set(initiatives.map((i) => i.stage)), new Set(STAGE_IDS));
    assert.deepEqual(new Set(initiatives.flatMap((i) => i.topics)), new Set(TOPIC_IDS));
    for (const i of initiatives) {
      assert.ok(i.sdgs.length >= 1 && i.sdgs.length <= 3, `${i.slug}: ${i.sdgs}`);
      assert.ok(i.topics.length >= 1 && i.topics.length <= 3, `${i.slug}: ${i.topics}`);
      assertUnique(i.sdgs, `${i.slug} SDGs`);
      assertUnique(i.topics, `${i.slug} topics`);
      assert.ok(organisationById.has(i.organisationId));
    }
  });

  it('have unique slugs from their titles and texts within the limits', () => {
    assertUnique(initiatives.map((i) => i.slug), 'initiative slugs');
    for (const i of initiatives) {
      assert.match(i.slug, SLUG);
      assert.ok(i.slug.length <= 120);
      assert.ok(i.slug.startsWith(asciiFold(i.title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 20)));
      assert.ok(i.title.length > 0 && i.title.length <= 200);
      assert.ok(i.teaser.length > 20 && i.teaser.length <= 400, `${i.slug}: teaser of ${i.teaser.length}`);
      const paragraphs = i.description.split('\n\n');
      assert.ok(paragraphs.length >= 2 && paragraphs.length <= 4, `${i.slug}: ${paragraphs.length} paragraphs`);
      assert.doesNotMatch(i.description + i.teaser, /\{|\}/, 'no unfilled placeholders');
      assert.doesNotMatch(i.description, /(?<!\.)\.\.(?!\.)/, `${i.slug}: a doubled full stop`);
      if (i.website !== null) assert.ok(isExampleUrl(i.website), i.website);
    }
  });

  it('have a Leichte-Sprache summary about half the time', () => {
    const easy = initiatives.filter((i) => i.easyLanguage !== null);
    assert.ok(easy.length >= initiatives.length * 0.4 && easy.length <= initiatives.length * 0.6, `${easy.length}`);
    for (const i of easy) assertEasyLanguage(i.easyLanguage!, i.slug);
    for (const i of easy) assert.equal(i.easyLanguage!.includes('noch eine Idee'), i.stage === 'idee', i.slug);
  });

  it('describe plans for ideas and results only for projects that grow or are established', () => {
    // The sentences of each kind of text, minus those plan and detail share.
    // Sentences with a placeholder are compared up to it.
    const sentences = (text: string) =>
      text
        .split(/(?<=[.!?])\s+/)
        .map((sentence) => sentence.split('{')[0]!)
        .filter((sentence) => sentence.length >= 20);
    const apart = (list: string[], others: string[]) => list.filter((a) => !others.some((b) => a.startsWith(b) || b.startsWith(a)));
    const allPlans = CONCEPTS.flatMap((c) => sentences(c.plan));
    const allDetails = CONCEPTS.flatMap((c) => sentences(c.detail));
    const plans = apart(allPlans, allDetails);
    const details = apart(allDetails, allPlans);
    const results = CONCEPTS.flatMap((c) => sentences(c.result));
    for (const i of initiatives) {
      const text = `${i.teaser}\n${i.description}`;
      const has = (list: readonly string[]) => list.find((sentence) => text.includes(sentence));
      if (i.stage === 'idee') {
        assert.equal(has(details), undefined, `${i.slug}: an idea describes running operations`);
        assert.match(i.teaser, /^Die Idee: /, i.slug);
        assert.match(i.description, /\b(?:soll|sollen|will|wollen|geplant)\b/, `${i.slug}: an idea without plans`);
        assert.doesNotMatch(text, /\bseit \d{4}|inzwischen|bisher|nicht mehr wegzudenken|Pilotphase/i, `${i.slug}: an idea with a track record`);
      } else {
        assert.equal(has(plans), undefined, `${i.slug}: a ${i.stage} initiative still describes its plans`);
      }
      if (i.stage === 'idee' || i.stage === 'pilot') assert.equal(has(results), undefined, `${i.slug}: results at stage ${i.stage}`);
      else assert.ok(has(results), `${i.slug}: no results at stage ${i.stage}`);
    }
  });

  it('speak of villages and the Gemeinde only in the Landkreise', () => {
    const cities: readonly string[] = ['chemnitz', 'dresden', 'leipzig'];
    for (const i of initiatives) {
      const text = [i.title, i.teaser, i.description, i.easyLanguage ?? ''].join('\n');
      if (cities.includes(i.region)) {
        assert.doesNotMatch(text, /\b(?:Dorf|Dörf|dörf|Gemeinde)|ländlichen Raum|Landkreis|Landratsamt|Kreisstadt/u, `${i.slug} in a city`);
      } else if (/Dorf/.test(i.title)) {
        const region = REGION_TEXTS[i.region];
        assert.ok([...region.villages, region.area].some((name) => i.title.includes(name)), `${i.slug}: a Dorf title for a town`);
      }
    }
  });

  it('each sit in a real municipality of their own region, the three cities each one place', () => {
    const used = new Set<string>();
    for (const i of initiatives) {
      const municipality = municipalityByKey(i.municipalityKey);
      assert.ok(municipality, `${i.slug}: ${i.municipalityKey} is no municipality of Saxony`);
      assert.equal(municipality.region, i.region, `${i.slug} in ${municipality.name}`);
      assert.equal(regionOfKey(i.municipalityKey), i.region);
      used.add(i.municipalityKey);
    }
    for (const [city, key] of [['chemnitz', '14511000'], ['dresden', '14612000'], ['leipzig', '14713000']] as const) {
      const there = initiatives.filter((i) => i.region === city);
      assert.ok(there.length > 10);
      assert.ok(there.every((i) => i.municipalityKey === key), `${city}: one municipality`);
    }
    // Spread over the districts, not piled on one town each.
    assert.ok(used.size >= 60, `${used.size} municipalities`);
    for (const region of LANDKREISE) {
      const keys = new Set(initiatives.filter((i) => i.region === region).map((i) => i.municipalityKey));
      assert.ok(keys.size >= 3, `${region}: ${keys.size} municipalities`);
    }
  });

  it('sit where their texts say, and elsewhere in their region where the texts name no place', () => {
    let named = 0;
    for (const i of initiatives) {
      const { name } = municipalityByKey(i.municipalityKey)!;
      // The BKG's suffix ("Stollberg/Erzgeb.") is what people leave out; a city's districts are "Dresden-Pieschen".
      const plain = name.replace(/\/.*$/, '');
      const places = [...REGION_TEXTS[i.region].places.map((place) => place.name), ...REGION_TEXTS[i.region].villages];
      const mentioned = places.filter((place) => i.title.includes(place));
      if (mentioned.length === 0) continue;
      named += 1;
      assert.ok(
        mentioned.some((place) => place === plain || place.startsWith(`${plain}-`)),
        `${i.slug}: titled ${mentioned.join(', ')}, placed in ${name}`,
      );
    }
    assert.ok(named > initiatives.length / 2, `${named} titles name their place`);
  });

  it('are placed the same way for the same seed, and another way for another seed', () => {
    const again = generateDemoData({ seed: SEED, today: TODAY }).initiatives;
    assert.deepEqual(again.map((i) => i.municipalityKey), initiatives.map((i) => i.municipalityKey));
    const other = generateDemoData({ seed: 'andere', today: TODAY }).initiatives;
    assert.notDeepEqual(other.map((i) => i.municipalityKey), initiatives.map((i) => i.municipalityKey));
  });

  it('name organisations with their article where German needs one', () => {
    // A brand goes without an article; "Der Paritätische Sachsen" brings its own.
    const brands = new Set(['Startnext']);
    const texts = [...initiatives.flatMap((i) => [i.teaser, i.description]), ...data.events.flatMap((e) => [e.summary, e.description])];
    let named = 0;
    for (const org of data.organisations.filter((o) => !brands.has(o.name) && !/^(?:Der|Die|Das) /.test(o.name))) {
      for (const text of texts) {
        for (let at = text.indexOf(org.name); at >= 0; at = text.indexOf(org.name, at + 1)) {
          named += 1;
          assert.match(text.slice(0, at), /(?:\b(?:der|die|das|dem|den|des|vom|beim|zum|zur|Verein) |„)$/i, `"${org.name}" without an article: …${text.slice(Math.max(0, at - 30), at + org.name.length)}`);
        }
      }
    }
    assert.ok(named > 50, `${named} organisations named in texts`);
  });

  it('decline adjectives after a dative preposition', () => {
    // "Projekte zu grenzüberschreitende Sozialunternehmen": after zu, mit, von … an adjective ends in -en or -er.
    const texts = [...initiatives.flatMap((i) => [i.title, i.teaser, i.description]), ...data.events.flatMap((e) => [e.title, e.summary, e.description])];
    for (const text of texts) assert.doesNotMatch(text, /\b(?:zu|mit|von|bei|aus|nach|seit) (?:\p{Ll}+e) \p{Lu}/u, text);
    assert.ok(data.events.some((e) => e.summary.includes('Projekte zu sozialem Wohnungsbau')) || !data.events.some((e) => e.title.includes('Wien')));
  });

  it('were published over the three years before today', () => {
    const earliest = berlinMidnight(addDays(TODAY, -3 * 366));
    const byYearAgo = [0, 0, 0];
    for (const i of initiatives) {
      assert.ok(i.publishedAt >= earliest && i.publishedAt < todayStart, `${i.slug}: ${berlinIso(i.publishedAt)}`);
      assert.ok(i.updatedAt >= i.publishedAt && i.updatedAt < tomorrowStart, `${i.slug}: updated ${berlinIso(i.updatedAt)}`);
      const yearsAgo = Math.min(2, Math.floor((todayStart.getTime() - i.publishedAt.getTime()) / (365 * 86_400_000)));
      byYearAgo[yearsAgo]! += 1;
    }
    for (const count of byYearAgo) assert.ok(count >= 50, `publications per year: ${byYearAgo}`);
  });

  it('include 15–25 running Startnext campaigns, one of them fully funded', () => {
    const campaigns = initiatives.filter((i) => i.crowdfunding !== null);
    assert.ok(campaigns.length >= 15 && campaigns.length <= 25, `${campaigns.length} campaigns`);
    let funded = 0;
    for (const i of campaigns) {
      const c = i.crowdfunding!;
      assert.equal(c.url, `https://www.startnext.example.org/${i.slug}`);
      for (const n of [c.goal, c.raised, c.supporters]) assert.ok(Number.isInteger(n) && n >= 0);
      assert.ok(c.goal > 0);
      assert.match(c.endsAt, ISO_WITH_OFFSET);
      assert.ok(new Date(c.endsAt) > tomorrowStart, `${i.slug}: campaign ends ${c.endsAt}`);
      assert.equal(berlinIso(new Date(c.endsAt)), c.endsAt, 'endsAt carries the Berlin offset');
      if (c.raised >= c.goal) funded += 1;
    }
    assert.equal(funded, 1);
  });

  it('map to valid public initiatives', () => {
    for (const i of initiatives) {
      Initiative.parse({
        id: i.id,
        slug: i.slug,
        title: i.title,
        teaser: i.teaser,
        description: i.description,
        easyLanguage: i.easyLanguage,
        region: i.region,
        municipality: { key: i.municipalityKey, name: municipalityByKey(i.municipalityKey)!.name },
        coordinates: { lon: municipalityByKey(i.municipalityKey)!.lon, lat: municipalityByKey(i.municipalityKey)!.lat },
        topics: i.topics,
        sdgs: i.sdgs,
        stage: i.stage,
        organisation: organisationRef(i.organisationId),
        website: i.website,
        image: image(i.imageId, i.imageAlt),
        crowdfunding: i.crowdfunding && { platform: 'startnext', currency: 'EUR', ...i.crowdfunding },
        publishedAt: berlinIso(i.publishedAt),
        updatedAt: berlinIso(i.updatedAt),
      });
    }
  });
});

/** Occurrence starts of a series by ical.js, an expander independent of the generator's own. */
function icalOccurrences(event: EventRow, lastDay: string): Date[] {
  const wall = toBerlin(event.startsAt);
  // A floating DTSTART holding the Berlin wall clock; every series meets well before midnight, so comparing it
  // with the UTC UNTIL as if it were UTC cannot move an occurrence across the limit.
  const start = ICAL.Time.fromData({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: 0 });
  const iterator = ICAL.Recur.fromString(event.rrule!).iterator(start);
  const starts: Date[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    const instant = fromBerlin(next.year, next.month, next.day, next.hour, next.minute);
    if (berlinDate(instant) > lastDay) break;
    starts.push(instant);
  }
  return starts;
}

describe('events', () => {
  const events = data.events;
  const windowStart = berlinMidnight(addDays(TODAY, -184));
  const windowEnd = berlinMidnight(addDays(TODAY, 185));
  const byCategory = (category: string) => events.filter((e) => e.category === category);
  const days = (e: EventRow) => Math.round((e.endsAt.getTime() - e.startsAt.getTime()) / 86_400_000);

  it('fill a year around today', () => {
    assert.ok(events.length >= 300, `${events.length} events`);
    for (const e of events) {
      assert.ok(e.startsAt >= windowStart && e.startsAt < windowEnd, `${e.slug}: ${berlinIso(e.startsAt)}`);
      assert.ok(e.endsAt > e.startsAt, e.slug);
    }
    const past = events.filter((e) => e.startsAt < todayStart).length;
    assert.ok(past >= 100 && events.length - past >= 100, `${past} past, ${events.length - past} coming`);
    assert.deepEqual(new Set(events.map((e) => e.category)), new Set(EVENT_CATEGORY_IDS));
  });

  it('have unique slugs, texts within the limits, an organiser and a sequence', () => {
    assertUnique(events.map((e) => e.slug), 'event slugs');
    for (const e of events) {
      assert.match(e.slug, SLUG);
      assert.ok(e.title.length <= 200 && e.summary.length <= 400, e.slug);
      assert.ok(e.description.split('\n\n').length >= 2, e.slug);
      assert.doesNotMatch(e.title + e.summary + e.description, /\{|\}|undefined/, e.slug);
      assert.doesNotMatch(e.description, /(?<!\.)\.\.(?!\.)/, `${e.slug}: a doubled full stop`);
      if (e.format === 'online') assert.doesNotMatch(e.description, /Kinderbetreuung|Verpflegung/, `${e.slug}: an onsite promise online`);
      assert.ok(organisationById.has(e.organisationId), e.slug);
      assert.ok(Number.isInteger(e.sequence) && e.sequence >= 0 && e.sequence <= 3, e.slug);
      assert.ok(e.topics.length >= 1 && e.topics.every((t) => (TOPIC_IDS as readonly string[]).includes(t)), e.slug);
    }
  });

  it('stop in every Landkreis on the roadshow', () => {
    const regions = new Set(byCategory('roadshow').map((e) => e.region));
    for (const landkreis of LANDKREISE) assert.ok(regions.has(landkreis), `no roadshow stop in ${landkreis}`);
  });

  it('include hackathons, SINNkubator workshops, study trips, the SINNovationsfest and the Innovationspreis', () => {
    assert.ok(byCategory('hackathon').length >= 5);
    assert.ok(byCategory('hackathon').some((e) => berlinDate(e.startsAt) !== berlinDate(new Date(e.endsAt.getTime() - 1))), 'a hackathon over two days');
    assert.ok(byCategory('workshop').filter((e) => e.title.includes('SINNkubator')).length >= 20);
    const trips = byCategory('studienreise');
    assert.ok(trips.length >= 4);
    for (const trip of trips) {
      assert.ok(trip.allDay, trip.slug);
      assert.ok(days(trip) >= 2 && days(trip) <= 4, `${trip.slug}: ${days(trip)} days`);
    }
    const fest = events.find((e) => e.title.startsWith('SINNovationsfest'));
    assert.ok(fest && fest.allDay && days(fest) >= 2 && fest.category === 'festival');
    assert.ok(byCategory('preisverleihung').some((e) => e.title.includes('Innovationspreis')));
    assert.ok(byCategory('netzwerktreffen').length >= 30);
    assert.ok(byCategory('sprechstunde').length >= 10);
  });

  it('place online, hybrid and onsite events consistently', () => {
    const formats = countBy(events, (e) => e.format);
    for (const format of ['online', 'hybrid', 'onsite']) assert.ok((formats.get(format) ?? 0) >= 20, `${format}: ${formats.get(format)}`);
    for (const e of events) {
      if (e.format === 'online') {
        assert.equal(e.region, null, e.slug);
        assert.equal(e.location, null, e.slug);
      } else {
        assert.ok(e.region && e.location, e.slug);
        assert.ok(e.location.name && e.location.city, e.slug);
        if (e.location.postalCode !== null) assert.match(e.location.postalCode, /^\d{5}$/);
      }
      if (e.format === 'onsite') assert.equal(e.onlineUrl, null, e.slug);
      else assert.ok(e.onlineUrl && isExampleUrl(e.onlineUrl), e.slug);
    }
    const notes = events.flatMap((e) => (e.location?.accessibility ? [e.location.accessibility] : []));
    assert.ok(notes.length >= 100);
    assert.ok(notes.some((n) => n.includes('barrierefreies WC')) && notes.some((n) => n.includes('Induktionsschleife')));
  });

  it('include all-day and multi-day events spanning Berlin midnights', () => {
    const allDay = events.filter((e) => e.allDay);
    assert.ok(allDay.length >= 5);
    assert.ok(allDay.some((e) => days(e) === 1), 'a single all-day event');
    assert.ok(allDay.some((e) => days(e) >= 2), 'a multi-day all-day event');
    for (const e of allDay) {
      assert.equal(e.startsAt.getTime(), berlinMidnight(berlinDate(e.startsAt)).getTime(), e.slug);
      assert.equal(e.endsAt.getTime(), berlinMidnight(berlinDate(e.endsAt)).getTime(), e.slug);
    }
  });

  it('cancel about 5 % and postpone about 2 %', () => {
    const statuses = countBy(events, (e) => e.status);
    const cancelled = statuses.get('cancelled') ?? 0;
    const postponed = statuses.get('postponed') ?? 0;
    assert.ok(cancelled >= events.length * 0.03 && cancelled <= events.length * 0.07, `${cancelled} cancelled`);
    assert.ok(postponed >= events.length * 0.01 && postponed <= events.length * 0.03, `${postponed} postponed`);
    for (const e of events.filter((e) => e.status !== 'scheduled')) assert.ok(e.sequence >= 1, e.slug);
  });

  it('take registrations before they start, some already closed, and series without a deadline', () => {
    const withRegistration = events.filter((e) => e.registrationUrl !== null);
    assert.ok(withRegistration.length >= events.length * 0.6, `${withRegistration.length} with registration`);
    for (const e of withRegistration) assert.ok(isExampleUrl(e.registrationUrl!), e.slug);
    assertRegistrationDeadlines(events, TODAY);
    assert.ok(events.some((e) => e.rrule && e.registrationUrl), 'a series taking sign-ups');
    assert.ok(
      withRegistration.some((e) => e.startsAt > tomorrowStart && e.registrationDeadline && e.registrationDeadline < todayStart),
      'an upcoming event whose registration has closed',
    );
    assert.ok(withRegistration.some((e) => e.registrationDeadline && e.registrationDeadline > tomorrowStart), 'open registrations');
  });

  it('ask people to sign up only where there is a registration link, and never say so where there is one', () => {
    const asks = /melden Sie sich\b[^.;]*\ban\b|bitten wir um Anmeldung|Wer sich angemeldet hat|buchen Sie/;
    const waives = /Anmeldung ist nicht nötig|ohne Anmeldung/;
    for (const e of events) {
      const text = [e.summary, e.description, e.easyLanguage ?? ''].join('\n');
      if (asks.test(text)) assert.ok(e.registrationUrl, `${e.slug} asks to register without a registration link`);
      if (waives.test(text)) assert.equal(e.registrationUrl, null, `${e.slug} says no registration is needed but has a link`);
    }
    assert.ok(events.some((e) => e.registrationUrl === null && waives.test(e.description)));
  });

  it('leave Saxon holidays, Heiligabend and Silvester free, series by exceptions at the time of their meetings', () => {
    assertNoEventsOnHolidays(events, TODAY);
    const holidayExceptions = events.flatMap((e) => e.exdates.filter((exdate) => isDayOff(berlinDate(exdate))));
    assert.ok(holidayExceptions.length >= 2, 'series skip holidays by EXDATE');
    for (const e of events.filter((e) => e.rrule)) {
      const notes = /An Feiertagen fällt/.test(e.description);
      assert.equal(notes, e.exdates.some((exdate) => isDayOff(berlinDate(exdate))), `${e.slug}: the text tells of the holiday breaks`);
    }
  });

  it('meet on weekends only for festivals, study trips, hackathons and the DST nights, and rarely so', () => {
    const weekendFormats = ['festival', 'studienreise', 'hackathon'];
    const onWeekends = events.filter((e) => {
      const weekday = new Date(`${berlinDate(e.startsAt)}T00:00:00Z`).getUTCDay();
      return (weekday === 0 || weekday === 6) && !weekendFormats.includes(e.category) && !isDstNight(e);
    });
    assert.ok(onWeekends.length <= events.length * 0.03, `${onWeekends.length} on weekends: ${onWeekends.map((e) => e.slug)}`);
    assert.ok(onWeekends.every((e) => new Date(`${berlinDate(e.startsAt)}T00:00:00Z`).getUTCDay() === 6), 'no Sunday workshops');
  });

  it('write clock times one way and repeat the times the series meet at', () => {
    for (const e of events) {
      assertClockTimes([e.title, e.summary, e.description, e.easyLanguage ?? ''].join('\n'), e.slug);
      if (!e.rrule) continue;
      const wall = toBerlin(e.startsAt);
      for (const [, time] of e.summary.matchAll(/(?:um|ab) (\d{1,2}:\d{2}) Uhr/g)) {
        assert.equal(time, `${wall.hour}:${String(wall.minute).padStart(2, '0')}`, `${e.slug}: the summary names another time`);
      }
    }
  });

  it('include series whose first occurrence, exceptions and end match an independent expansion', () => {
    const series = events.filter((e) => e.rrule !== null);
    assert.ok(series.length >= 5, `${series.length} series`);
    assert.ok(series.filter((e) => e.exdates.length > 0).length >= 2, 'series with exceptions');
    assert.ok(series.some((e) => e.seriesUntil === null), 'an open-ended series');
    let crossesDst = false;
    for (const e of series) {
      const rule = e.rrule!;
      assert.match(rule, /^FREQ=(WEEKLY|MONTHLY);(INTERVAL=\d+;)?BYDAY=(-1|[1-4])?(MO|TU|WE|TH|FR|SA|SU)(;UNTIL=\d{8}T\d{6}Z)?$/);
      // Far enough for the holiday exceptions of open-ended series, two years ahead.
      const starts = icalOccurrences(e, addDays(TODAY, 800));
      assert.equal(starts[0]!.getTime(), e.startsAt.getTime(), `${e.slug}: the first occurrence`);
      const duration = e.endsAt.getTime() - e.startsAt.getTime();
      if (rule.includes('UNTIL=')) {
        assert.ok(e.seriesUntil, e.slug);
        assert.equal(e.seriesUntil.getTime(), starts[starts.length - 1]!.getTime() + duration, `${e.slug}: series end`);
      } else {
        assert.equal(e.seriesUntil, null, e.slug);
      }
      const startTimes = new Set(starts.map((s) => s.getTime()));
      for (const exdate of e.exdates) {
        assert.ok(startTimes.has(exdate.getTime()) && exdate > e.startsAt, `${e.slug}: exdate ${berlinIso(exdate)} is no occurrence`);
      }
      const wall = toBerlin(e.startsAt);
      for (const s of starts) {
        const w = toBerlin(s);
        assert.deepEqual([w.hour, w.minute], [wall.hour, wall.minute], `${e.slug}: wall-clock time kept`);
      }
      if (e.seriesUntil && berlinOffsetMinutes(e.startsAt) !== berlinOffsetMinutes(e.seriesUntil)) crossesDst = true;
    }
    assert.ok(crossesDst, 'a bounded series crosses a DST switch');
  });

  it('include events on both DST switch days at the awkward times', () => {
    const at = (e: EventRow) => {
      const w = toBerlin(e.startsAt);
      return { day: berlinDate(e.startsAt), time: `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`, month: w.month };
    };
    const starts = events.map(at).filter((s) => isLastSunday(s.day));
    assert.ok(starts.some((s) => s.month === 3 && s.time === '01:30'), 'spring 01:30');
    assert.ok(starts.some((s) => s.month === 3 && s.time === '03:30'), 'spring 03:30');
    const autumn = events.find((e) => at(e).month === 10 && isLastSunday(at(e).day) && at(e).time === '02:30');
    assert.ok(autumn, 'autumn 02:30');
    // 02:30 happens twice that night; fromBerlin takes the first, in summer time.
    assert.equal(berlinOffsetMinutes(autumn.startsAt), 120);
  });

  it('have a Leichte-Sprache summary about a third of the time', () => {
    const easy = events.filter((e) => e.easyLanguage !== null);
    assert.ok(easy.length >= events.length * 0.25 && easy.length <= events.length * 0.42, `${easy.length}`);
    for (const e of easy) {
      assertEasyLanguage(e.easyLanguage!, e.slug);
      // Leichte Sprache repeats the noun: "Sie beginnt" after "Das Webinar …" got the gender wrong.
      assert.doesNotMatch(e.easyLanguage!, /^(?:Sie|Er|Es) (?:beginnt|ist|dauert|endet|findet)\b/m, `${e.slug}: a pronoun instead of the noun`);
    }
  });

  it('say in Leichte Sprache where a study trip goes and where it starts', () => {
    const trips = byCategory('studienreise').filter((e) => e.easyLanguage !== null);
    assert.ok(trips.length > 0, 'a study trip in Leichte Sprache');
    for (const trip of trips) {
      const destination = trip.title.match(/^Studienreise (.+?):/)![1]!;
      assert.match(trip.easyLanguage!, new RegExp(`^Wir fahren zusammen ${destination}\\.$`, 'm'), trip.slug);
      assert.match(trip.easyLanguage!, new RegExp(`Hauptbahnhof in ${trip.location!.city}\\.`), trip.slug);
      assert.doesNotMatch(trip.easyLanguage!, / ist in /, `${trip.slug}: the trip is not in its station's city`);
    }
    for (const e of events.filter((e) => e.title.startsWith('Nachtcafé') && e.easyLanguage)) {
      assert.match(e.easyLanguage!, /Pflegekräfte/, e.slug);
      assert.doesNotMatch(e.easyLanguage!, /Projekten/, e.slug);
    }
  });

  it('map to valid public events', () => {
    for (const e of events) {
      Event.parse({
        id: e.id,
        slug: e.slug,
        occurrenceId: `${e.slug}@${berlinIso(e.startsAt)}`,
        title: e.title,
        summary: e.summary,
        description: e.description,
        easyLanguage: e.easyLanguage,
        category: e.category,
        topics: e.topics,
        region: e.region,
        format: e.format,
        status: e.status,
        start: berlinIso(e.startsAt),
        end: berlinIso(e.endsAt),
        allDay: e.allDay,
        timeZone: 'Europe/Berlin',
        recurrence: e.rrule ? { rule: e.rrule, exceptions: e.exdates.map(berlinIso) } : null,
        location: e.location,
        onlineUrl: e.onlineUrl,
        registration: e.registrationUrl
          ? { url: e.registrationUrl, deadline: e.registrationDeadline && berlinIso(e.registrationDeadline) }
          : null,
        organiser: organisationRef(e.organisationId),
        image: image(e.imageId, e.imageAlt),
        sequence: e.sequence,
        updatedAt: berlinIso(e.updatedAt),
      });
    }
  });
});

describe('mentors', () => {
  const mentors = data.mentors;

  it('are many, unique and fictional, with private contacts on example.org', () => {
    assert.ok(mentors.length >= 160, `${mentors.length} mentors`);
    assertUnique(mentors.map((m) => m.name), 'mentor names');
    assertUnique(mentors.map((m) => m.slug), 'mentor slugs');
    assertUnique(mentors.map((m) => m.email), 'mentor e-mails');
    for (const m of mentors) {
      assert.match(m.slug, SLUG);
      assert.match(m.email, /^[a-z0-9-]+\.[a-z0-9-]+@example\.org$/, m.email);
      const [first] = m.name.split(' ');
      assert.ok(m.email.startsWith(asciiFold(first!).toLowerCase()), m.email);
      if (m.phone !== null) assert.match(m.phone, /^\+49 \d{3,4} 0000\d{3}$/);
      assert.ok(m.role.length > 3 && m.role.length <= 200);
    }
    assert.ok(mentors.some((m) => m.email.includes('ue') || m.email.includes('oe') || m.email.includes('ae')), 'umlauts folded');
  });

  it('have 1–4 expertise areas, a region, languages, formats and availability from the vocabularies', () => {
    assert.deepEqual(new Set(mentors.map((m) => m.region)), new Set(REGION_IDS));
    assert.deepEqual(new Set(mentors.flatMap((m) => m.expertise)), new Set(EXPERTISE_IDS));
    for (const m of mentors) {
      assert.ok(m.expertise.length >= 1 && m.expertise.length <= 4, m.slug);
      assertUnique(m.expertise, `${m.slug} expertise`);
      assert.equal(m.languages[0], 'de');
      assert.ok(m.languages.every((l) => (LANGUAGE_IDS as readonly string[]).includes(l)));
      assertUnique(m.languages, `${m.slug} languages`);
      assert.ok(m.formats.length >= 1 && m.formats.every((f) => (MENTOR_FORMAT_IDS as readonly string[]).includes(f)));
      assert.ok((AVAILABILITY_IDS as readonly string[]).includes(m.availability));
    }
    const english = mentors.filter((m) => m.languages.includes('en')).length;
    assert.ok(english > mentors.length * 0.4 && english < mentors.length, `${english} speak English`);
    assert.ok(new Set(mentors.flatMap((m) => m.languages)).size >= 7, 'several other languages');
    assert.ok(new Set(mentors.map((m) => m.availability)).size === 3);
    assert.ok(mentors.some((m) => m.organisation === null) && mentors.some((m) => m.organisation !== null));
  });

  const sentencesOf = (m: MentorRow) => m.bio.split(/(?<=[.?!])\s+(?=\p{Lu})/u);

  it('have German bios of two or three sentences with the words the search is tested on', () => {
    for (const m of mentors) {
      const sentences = sentencesOf(m);
      assert.ok(sentences.length >= 2 && sentences.length <= 3, `${m.slug}: ${sentences.length} sentences`);
      assert.doesNotMatch(m.bio, /\{|\}/);
    }
    assert.ok(mentors.filter((m) => /[äöüß]/i.test(m.bio)).length >= mentors.length * 0.9);
    const text = mentors.map((m) => m.bio).join(' ');
    const words = ['Gründung', 'Gründungen', 'Fördermittel', 'Förderanträge', 'Wirkungsmessung', 'Genossenschaftsgründung', 'Ehrenamt', 'Ehrenamtliche'];
    for (const word of [...words, 'Crowdfunding-Kampagne', 'Rechtsform', 'gGmbH', 'Gemeinnützigkeit']) {
      assert.match(text, new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'), `no bio says ${word}`);
    }
  });

  it('have bios that speak of their own role and expertise', () => {
    // A label's stem, so "Finanzierung" is found in "Finanzierungsplan" and "Kooperationen" in "Kooperationsverträge".
    const stems = (id: keyof typeof EXPERTISE_LABELS) =>
      EXPERTISE_LABELS[id].de.split(' und ').map((word) => word.toLowerCase().replace(/(?:ungen|ung|en|e|n|s)$/u, ''));
    for (const m of mentors) {
      const bio = m.bio.toLowerCase();
      assert.ok(bio.includes(m.role.toLowerCase()), `${m.slug}: the bio does not say "${m.role}"`);
      assert.ok(m.expertise.some((id) => stems(id).some((stem) => bio.includes(stem))), `${m.slug}: the bio names none of ${m.expertise}`);
    }
  });

  it('are not made of a few sentences told over and over', () => {
    // The same template for another person, place, number or gender counts as the same sentence.
    const places = Object.values(REGION_TEXTS)
      .map((region) => region.in)
      .sort((a, b) => b.length - a.length);
    const normalise = (sentence: string, m: MentorRow) =>
      places
        .reduce((text, place) => text.replaceAll(place, 'ORT'), sentence.replaceAll(m.name, 'NAME'))
        .replace(/\d+/g, '#')
        .toLowerCase()
        .replace(/\b(?:sie|er|ihr|ihre|ihren|ihrem|ihrer|ihres|ihm|ihn|sein|seine|seinen|seinem|seiner|seines)\b/gu, 'P')
        .split(/\s+/)
        .map((word) => word.replace(/(\p{L}{4,})in\b/u, '$1').replace(/e[rnms]?\b/u, ''))
        .join(' ');
    const bios = new Map<string, number>();
    for (const m of mentors) {
      for (const key of new Set(sentencesOf(m).map((sentence) => normalise(sentence, m)))) bios.set(key, (bios.get(key) ?? 0) + 1);
    }
    const [sentence, most] = [...bios].sort((a, b) => b[1] - a[1])[0]!;
    assert.ok(most <= 8, `"${sentence}" in ${most} bios`);
    assert.ok(bios.size >= 150, `only ${bios.size} different sentences`);
  });

  it('map to valid public mentors', () => {
    for (const m of mentors) {
      Mentor.parse({
        id: m.id,
        slug: m.slug,
        name: m.name,
        role: m.role,
        bio: m.bio,
        expertise: m.expertise,
        region: m.region,
        languages: m.languages,
        formats: m.formats,
        availability: m.availability,
        organisation: m.organisation,
        photo: image(m.photoId, m.photoAlt),
        updatedAt: berlinIso(m.updatedAt),
      });
    }
  });
});

describe('loading into PGlite', () => {
  it('seeds an empty database once, quickly, and reads back what it wrote', async () => {
    const db = await openPglite();
    try {
      let seeded: boolean | undefined;
      const started = performance.now();
      await migrate(db, async (tx) => {
        seeded = await seedIfEmpty(tx, { seed: SEED, today: TODAY });
      });
      const elapsed = performance.now() - started;
      assert.equal(seeded, true);
      assert.ok(elapsed < 10_000, `load took ${Math.round(elapsed)} ms`);

      const counts = await db.query<{ table: string; n: number }>(
        `select 'organisations' as table, count(*)::int as n from organisations
         union all select 'media', count(*)::int from media
         union all select 'initiatives', count(*)::int from initiatives
         union all select 'events', count(*)::int from events
         union all select 'mentors', count(*)::int from mentors`,
      );
      assert.deepEqual(Object.fromEntries(counts.map((c) => [c.table, c.n])), {
        organisations: data.organisations.length,
        media: data.media.length,
        initiatives: data.initiatives.length,
        events: data.events.length,
        mentors: data.mentors.length,
      });

      const series = data.events.find((e) => e.exdates.length > 0 && e.location !== null)!;
      const [event] = await db.query<{ exdates: Date[]; city: string; series_until: Date | null; starts_at: Date }>(
        `select exdates, location->>'city' as city, series_until, starts_at from events where id = $1`,
        [series.id],
      );
      assert.deepEqual(event!.exdates.map((d) => new Date(d).getTime()), series.exdates.map((d) => d.getTime()));
      assert.equal(event!.city, series.location!.city);
      assert.equal(new Date(event!.starts_at).getTime(), series.startsAt.getTime());
      assert.equal(
        (await db.query<{ n: number }>(`select count(*)::int as n from events where location is null`))[0]!.n,
        data.events.filter((e) => e.location === null).length,
        'absent locations are SQL nulls, not JSON nulls',
      );

      const campaign = data.initiatives.find((i) => i.crowdfunding)!;
      const [initiative] = await db.query<{ crowdfunding: unknown; sdgs: number[]; topics: string[]; municipality_key: string; longitude: number | null }>(
        'select crowdfunding, sdgs, topics, municipality_key, longitude from initiatives where id = $1',
        [campaign.id],
      );
      assert.deepEqual(initiative!.crowdfunding, campaign.crowdfunding);
      // The municipality's key; no exact point, so the municipality's own is shown.
      assert.equal(initiative!.municipality_key, campaign.municipalityKey);
      assert.equal(initiative!.longitude, null);
      assert.deepEqual(initiative!.sdgs, campaign.sdgs);
      assert.deepEqual(initiative!.topics, campaign.topics);

      const picture = data.media[0]!;
      const [media] = await db.query<{ body: Uint8Array }>('select body from media where id = $1', [picture.id]);
      assert.ok(Buffer.from(media!.body).equals(picture.body));

      assert.equal(await db.transaction((tx) => seedIfEmpty(tx, { seed: SEED, today: TODAY })), false);
      let again: boolean | undefined;
      assert.deepEqual(
        await migrate(db, async (tx) => {
          again = await seedIfEmpty(tx, { seed: 'anders', today: '2027-01-01' });
        }),
        [],
      );
      assert.equal(again, false);
      assert.equal((await db.query<{ n: number }>('select count(*)::int as n from initiatives'))[0]!.n, data.initiatives.length);
    } finally {
      await db.close();
    }
  });
});
