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
import { generateDemoData, type EventRow } from '../src/seed/generate.js';
import { seedIfEmpty } from '../src/seed/load.js';
import { createRandom } from '../src/seed/random.js';
import { asciiFold, SlugRegistry } from '../src/seed/slug.js';
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

describe('generateDemoData', () => {
  it('is deterministic for a seed and a day', () => {
    assert.deepStrictEqual(generateDemoData({ seed: SEED, today: TODAY }), data);
    assert.deepStrictEqual(generateDemoData({ today: TODAY }), data, 'the default seed is sinn');
    const other = generateDemoData({ seed: 'anders', today: TODAY });
    assert.notDeepStrictEqual(other.initiatives.map((i) => i.title), data.initiatives.map((i) => i.title));
    assert.notDeepStrictEqual(other.mentors.map((m) => m.name), data.mentors.map((m) => m.name));
  });

  it('holds its invariants on other days: DST switch days, a leap day, New Year', () => {
    for (const today of ['2026-03-29', '2026-10-25', '2028-02-29', '2029-12-31']) {
      const other = generateDemoData({ seed: SEED, today });
      assert.ok(other.initiatives.length >= 220 && other.events.length >= 300 && other.mentors.length >= 160, today);
      const tomorrow = berlinMidnight(addDays(today, 1));
      for (const e of other.events) {
        assert.ok(e.endsAt > e.startsAt, `${today} ${e.slug}`);
        if (e.registrationDeadline) assert.ok(e.registrationDeadline < e.startsAt, `${today} ${e.slug}`);
        if (e.rrule) assert.equal(icalOccurrences(e, addDays(today, 400))[0]!.getTime(), e.startsAt.getTime(), `${today} ${e.slug}`);
      }
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
      assert.ok(alt && alt.length > 20 && alt.length <= 500, `${where}: alt "${alt}"`);
    };
    for (const i of data.initiatives) check(i.imageId, i.imageAlt, [800, 450], i.slug);
    for (const e of data.events) check(e.imageId, e.imageAlt, [800, 450], e.slug);
    for (const m of data.mentors) check(m.photoId, m.photoAlt, [400, 400], m.slug);
    assert.ok(data.initiatives.filter((i) => i.imageId).length > 180);
    assert.ok(data.events.filter((e) => e.imageId).length > 50);
    assert.ok(data.mentors.filter((m) => m.photoId).length > 130);
    assert.ok(data.initiatives.some((i) => i.imageAlt?.includes(i.title)), 'alt texts name what they illustrate');
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

  it('take registrations before they start, some already closed', () => {
    const withRegistration = events.filter((e) => e.registrationUrl !== null);
    assert.ok(withRegistration.length >= events.length * 0.6, `${withRegistration.length} with registration`);
    for (const e of events) {
      if (e.registrationUrl === null) {
        assert.equal(e.registrationDeadline, null, e.slug);
        continue;
      }
      assert.ok(isExampleUrl(e.registrationUrl), e.slug);
      assert.ok(e.registrationDeadline && e.registrationDeadline < e.startsAt, e.slug);
    }
    assert.ok(
      withRegistration.some((e) => e.startsAt > tomorrowStart && e.registrationDeadline! < todayStart),
      'an upcoming event whose registration has closed',
    );
    assert.ok(withRegistration.some((e) => e.registrationDeadline! > tomorrowStart), 'open registrations');
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
      const starts = icalOccurrences(e, addDays(TODAY, 400));
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
    const isLastSunday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() === 0 && addDays(day, 7).slice(5, 7) !== day.slice(5, 7);
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
    for (const e of easy) assertEasyLanguage(e.easyLanguage!, e.slug);
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

  it('have German bios of two or three sentences with the words the search is tested on', () => {
    for (const m of mentors) {
      const sentences = m.bio.split(/(?<=[.?!])\s+(?=\p{Lu})/u);
      assert.ok(sentences.length >= 2 && sentences.length <= 3, `${m.slug}: ${sentences.length} sentences`);
      assert.doesNotMatch(m.bio, /\{|\}/);
    }
    assert.ok(mentors.filter((m) => /[äöüß]/i.test(m.bio)).length >= mentors.length * 0.9);
    const text = mentors.map((m) => m.bio).join(' ');
    for (const word of ['Gründung', 'Gründungen', 'Fördermittel', 'Förderanträge', 'Wirkungsmessung', 'Genossenschaftsgründung', 'Ehrenamt', 'Ehrenamtliche']) {
      assert.match(text, new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'), `no bio says ${word}`);
    }
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
      const [initiative] = await db.query<{ crowdfunding: unknown; sdgs: number[]; topics: string[] }>(
        'select crowdfunding, sdgs, topics from initiatives where id = $1',
        [campaign.id],
      );
      assert.deepEqual(initiative!.crowdfunding, campaign.crowdfunding);
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
