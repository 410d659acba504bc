import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { MentorList, MentorSuggestions, type Mentor, type MentorFacets } from '@sinn/sdk';
import { collectPages, getParsed, getProblem } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// German search over mentors (GET /v1/mentors?q=, /v1/mentors/suggest) on a database holding only these mentors,
// so every query below has one mentor it must rank first. Bernd and Eva mention the searched words only in their
// biographies: they may be found, but never above the mentor whose name, expertise or role matches.

interface Fixture {
  slug: string;
  name: string;
  role: string;
  bio: string;
  expertise: string[];
  region: string;
  languages: string[];
  formats: string[];
  availability: string;
}

const MENTORS: Fixture[] = [
  {
    slug: 'anna-fischer',
    name: 'Anna Fischer',
    role: 'Beraterin für Stiftungen',
    bio: 'Begleitet Vereine in Sachsen bei Anträgen.',
    expertise: ['foerdermittel'],
    region: 'dresden',
    languages: ['de', 'en'],
    formats: ['online'],
    availability: 'available',
  },
  {
    slug: 'bernd-gruen',
    name: 'Bernd Grün',
    role: 'Coach',
    bio: 'Hat in Sachsen früher Fördermittel beantragt und kennt die Gründung von Vereinen.',
    expertise: ['teamaufbau'],
    region: 'leipzig',
    languages: ['de'],
    formats: ['onsite'],
    availability: 'limited',
  },
  {
    slug: 'clara-weiss',
    name: 'Clara Weiß',
    role: 'Beraterin für Gründung und Wachstum',
    bio: 'Unterstützt Gründungen im ländlichen Raum von Sachsen.',
    expertise: ['geschaeftsmodell'],
    region: 'dresden',
    languages: ['de', 'en'],
    formats: ['online', 'onsite'],
    availability: 'available',
  },
  {
    slug: 'david-schulz',
    name: 'David Schulz',
    role: 'Kampagnenberater bei Startnext',
    bio: 'Plant mit Initiativen aus Sachsen Kampagnen.',
    expertise: ['crowdfunding'],
    region: 'leipzig',
    languages: ['de', 'en'],
    formats: ['online'],
    availability: 'limited',
  },
  {
    slug: 'eva-richter',
    name: 'Eva Richter',
    role: 'Sozialarbeiterin',
    bio: 'Hat in Sachsen eine Crowdfunding-Aktion unterstützt und berät zur Wirkungsmessung.',
    expertise: ['wirkungsmessung', 'sozialrecht'],
    region: 'chemnitz',
    languages: ['de', 'pl'],
    formats: ['online', 'onsite'],
    availability: 'available',
  },
  {
    slug: 'frank-fischer',
    name: 'Frank Fischer',
    role: 'Agenturinhaber',
    bio: 'Erzählt die Geschichten sozialer Projekte aus Sachsen.',
    expertise: ['marketing', 'oeffentlichkeitsarbeit'],
    region: 'dresden',
    languages: ['de'],
    formats: ['onsite'],
    availability: 'unavailable',
  },
  {
    slug: 'greta-oeztuerk',
    name: 'Greta Öztürk',
    role: 'Referentin für Partizipation',
    bio: 'Moderiert Beteiligungsverfahren in Sachsen und berät zu Marketing.',
    expertise: ['partizipation'],
    region: 'chemnitz',
    languages: ['de', 'tr', 'en'],
    formats: ['online'],
    availability: 'available',
  },
];

/** Query, the mentor it must rank first, and what the query tests. */
const QUERIES: [string, string, string][] = [
  ['Fördermittel', 'anna-fischer', 'expertise label above a biography mention'],
  ['Fördermitel', 'anna-fischer', 'typo: a missing letter'],
  ['Fördermitttel', 'anna-fischer', 'typo: an extra letter'],
  ['Fördremittel', 'anna-fischer', 'typo: two letters swapped'],
  ['Fördermittek', 'anna-fischer', 'typo: a wrong letter'],
  ['Foerdermittel', 'anna-fischer', 'umlaut spelled out'],
  ['FÖRDERMITTEL', 'anna-fischer', 'upper case'],
  ['Gründungen', 'clara-weiss', 'stemming: plural finds singular in the role'],
  ['Gruendung', 'clara-weiss', 'stemming and a spelled-out umlaut'],
  ['Crowdfun', 'david-schulz', 'prefix while typing'],
  ['Fischer Marketing', 'frank-fischer', 'a name word and an expertise word'],
  ['Marketing Fischer', 'frank-fischer', 'the same words in the other order'],
  ['Oeztuerk', 'greta-oeztuerk', 'umlauts spelled out in a name'],
  ['Weiss', 'clara-weiss', 'ß spelled out'],
  ['Öffentlichkeit', 'frank-fischer', 'prefix of a compound expertise label'],
  ['Beteiligung', 'greta-oeztuerk', 'word of a multi-word expertise label'],
];

describe('mentor search', () => {
  let server: TestServer;
  const url = (query: string) => `${server.url}/v1/mentors?${query}`;
  before(async () => {
    server = await startTestServer({ demoData: false, logLevel: 'silent' });
    for (const mentor of MENTORS) {
      await server.database.db.query(
        `insert into mentors (id, slug, name, role, bio, expertise, region, languages, formats, availability, email)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          randomUUID(),
          mentor.slug,
          mentor.name,
          mentor.role,
          mentor.bio,
          mentor.expertise,
          mentor.region,
          mentor.languages,
          mentor.formats,
          mentor.availability,
          `${mentor.slug}@example.org`,
        ],
      );
    }
  });
  after(() => server.stop());

  for (const [q, first, what] of QUERIES) {
    it(`"${q}" ranks ${first} first (${what})`, async () => {
      const list = await getParsed(url(`q=${encodeURIComponent(q)}`), MentorList);
      assert.equal(list.items[0]?.slug, first, `found ${list.items.map((item) => item.slug).join(', ')}`);
      assert.equal(list.total, list.items.length);
    });
  }

  it('a biography match is found too, below the name and expertise match', async () => {
    const list = await getParsed(url('q=Foerdermittel'), MentorList);
    assert.deepEqual(list.items.map((item) => item.slug), ['anna-fischer', 'bernd-gruen']);
  });

  it('forgives no typo in short words and needs every word to match', async () => {
    assert.equal((await getParsed(url('q=Grn'), MentorList)).total, 0);
    assert.equal((await getParsed(url('q=Fischer%20Crowdfunding'), MentorList)).total, 0);
    assert.equal((await getParsed(url('q=und'), MentorList)).total, 0);
  });

  it('highlights are ranges of the returned strings that point at the matched words', async () => {
    const slices = (mentor: Mentor, field: 'name' | 'role' | 'bio') =>
      (mentor.highlights?.[field] ?? []).map(([start, end]) => mentor[field].slice(start, end));
    const [anna, bernd] = (await getParsed(url('q=Foerdermittel'), MentorList)).items;
    assert.deepEqual(anna?.highlights, {});
    assert.deepEqual(slices(bernd!, 'bio'), ['Fördermittel']);
    const [greta] = (await getParsed(url('q=oeztuerk'), MentorList)).items;
    assert.deepEqual(slices(greta!, 'name'), ['Öztürk']);
    const [clara] = (await getParsed(url('q=Gr%C3%BCndungen'), MentorList)).items;
    assert.deepEqual(slices(clara!, 'role'), ['Gründung']);
    assert.deepEqual(slices(clara!, 'bio'), ['Gründungen']);
    const [frank] = (await getParsed(url('q=fischer%20marketing'), MentorList)).items;
    assert.deepEqual(frank?.highlights, { name: [[6, 13]] });
    // Without q, nothing is highlighted.
    const plain = await getParsed(url('limit=3'), MentorList);
    assert.ok(plain.items.every((item) => item.highlights === undefined));
  });

  it('facet counts leave out their own filter and apply all the others', async () => {
    const cases: [string, Record<string, string[]>, Set<string> | null][] = [
      ['region=dresden&language=en', { region: ['dresden'], languages: ['en'] }, null],
      ['region=dresden,chemnitz&format=online&availability=available', { region: ['dresden', 'chemnitz'], formats: ['online'], availability: ['available'] }, null],
      ['expertise=marketing,partizipation&language=de', { expertise: ['marketing', 'partizipation'], languages: ['de'] }, null],
      // "Sachsen" is in every biography; "Marketing" in Frank's expertise and Greta's biography.
      ['q=Marketing&region=chemnitz', { region: ['chemnitz'] }, new Set(['frank-fischer', 'greta-oeztuerk'])],
      ['q=Sachsen&format=onsite&language=de', { formats: ['onsite'], languages: ['de'] }, null],
    ];
    const keys: [keyof MentorFacets, keyof Fixture][] = [
      ['expertise', 'expertise'],
      ['region', 'region'],
      ['language', 'languages'],
      ['format', 'formats'],
      ['availability', 'availability'],
    ];
    const has = (mentor: Fixture, key: keyof Fixture, values: string[]) =>
      [mentor[key]].flat().some((value) => values.includes(value));
    for (const [query, filters, matching] of cases) {
      const list = await getParsed(url(`${query}&limit=1`), MentorList);
      const candidates = MENTORS.filter((mentor) => matching === null || matching.has(mentor.slug));
      const expected: Record<string, { id: string; count: number }[]> = {};
      for (const [facet, key] of keys) {
        const counts = new Map<string, number>();
        for (const mentor of candidates) {
          const others = Object.entries(filters).filter(([filterKey]) => filterKey !== key);
          if (!others.every(([filterKey, values]) => has(mentor, filterKey as keyof Fixture, values))) continue;
          for (const value of [mentor[key]].flat()) counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        expected[facet] = [...counts]
          .map(([id, count]) => ({ id, count }))
          .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
      }
      assert.deepEqual(list.facets, expected, query);
      const total = candidates.filter((mentor) =>
        Object.entries(filters).every(([key, values]) => has(mentor, key as keyof Fixture, values)),
      ).length;
      assert.equal(list.total, total, query);
    }
  });

  it('pages through ranked results in a stable order: rank, then slug', async () => {
    const whole = await getParsed(url('q=Sachsen%20Marketing&limit=100'), MentorList);
    assert.deepEqual(whole.items.map((item) => item.slug), ['frank-fischer', 'greta-oeztuerk']);
    const all = await getParsed(url('q=sachsen&limit=100'), MentorList);
    assert.equal(all.total, MENTORS.length);
    const paged = await collectPages(url('q=sachsen&limit=2'), MentorList);
    assert.deepEqual(paged.items.map((item) => item.slug), all.items.map((item) => item.slug));
    const mixed = await collectPages(url('q=Fördermittel%20Sachsen&limit=1'), MentorList);
    assert.deepEqual(mixed.items.map((item) => item.slug), ['anna-fischer', 'bernd-gruen']);
  });

  it('suggests expertise labels and mentor names for what is typed, with ranges', async () => {
    const förder = await getParsed(`${server.url}/v1/mentors/suggest?q=F%C3%B6rder`, MentorSuggestions);
    assert.deepEqual(förder.items[0], { kind: 'expertise', label: 'Fördermittel', value: 'foerdermittel', highlights: [[0, 12]] });
    const fisch = await getParsed(`${server.url}/v1/mentors/suggest?q=fisch`, MentorSuggestions);
    assert.deepEqual(fisch.items.map((item) => item.value), ['anna-fischer', 'frank-fischer']);
    assert.deepEqual(fisch.items[0]?.highlights, [[5, 12]]);
  });

  it('bad input stays a 400', async () => {
    await getProblem(url(`q=${'x'.repeat(201)}`), 400);
    await getProblem(url('q=a%01b'), 400);
    const plain = await getParsed(url('limit=1'), MentorList);
    await getProblem(url(`q=Sachsen&cursor=${plain.nextCursor}`), 400);
    const ranked = await getParsed(url('q=Sachsen&limit=1'), MentorList);
    await getProblem(url(`cursor=${ranked.nextCursor}`), 400);
    await getProblem(`${server.url}/v1/mentors/suggest`, 400);
    await getProblem(`${server.url}/v1/mentors/suggest?q=`, 400);
    // Search syntax is only text.
    assert.equal((await getParsed(url(`q=${encodeURIComponent("a:* & !b | ' (")}`), MentorList)).total, 0);
  });
});
