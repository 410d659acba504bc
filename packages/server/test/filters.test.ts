import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { InitiativeList, MentorList, type Initiative, type Mentor } from '@sinn/sdk';
import { collectPages, getParsed, getProblem } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

async function all<T>(server: TestServer, path: string, schema: typeof InitiativeList | typeof MentorList): Promise<T[]> {
  const separator = path.includes('?') ? '&' : '?';
  return (await collectPages(`${server.url}${path}${separator}limit=100`, schema)).items as T[];
}

describe('filters on initiatives and mentors', () => {
  let server: TestServer;
  let everyInitiative: Initiative[];
  before(async () => {
    server = await startTestServer({ logLevel: 'silent' });
    everyInitiative = await all<Initiative>(server, '/v1/initiatives', InitiativeList);
  });
  after(() => server.stop());

  it('finds initiatives in all 13 regions, for all 17 SDGs, some with a running crowdfunding campaign', () => {
    assert.equal(new Set(everyInitiative.map((item) => item.region)).size, 13);
    assert.equal(new Set(everyInitiative.flatMap((item) => item.sdgs)).size, 17);
    assert.ok(everyInitiative.some((item) => item.crowdfunding && Date.parse(item.crowdfunding.endsAt) > Date.now() - 86_400_000 * 365));
  });

  it('lists initiatives newest first', () => {
    const times = everyInitiative.map((item) => Date.parse(item.publishedAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
  });

  it('a region filter with two values returns exactly the initiatives of either region', async () => {
    const found = await all<Initiative>(server, '/v1/initiatives?region=zwickau,vogtlandkreis', InitiativeList);
    const expected = everyInitiative.filter((item) => item.region === 'zwickau' || item.region === 'vogtlandkreis');
    assert.ok(expected.length > 0);
    assert.deepEqual(found.map((item) => item.id), expected.map((item) => item.id));
  });

  it('topic, SDG and stage filters combine with AND, their values with OR', async () => {
    const found = await all<Initiative>(server, '/v1/initiatives?topic=wohnen&topic=alter-pflege&sdg=3,11&stage=pilot,wachstum', InitiativeList);
    const expected = everyInitiative.filter(
      (item) =>
        item.topics.some((topic) => topic === 'wohnen' || topic === 'alter-pflege') &&
        item.sdgs.some((sdg) => sdg === 3 || sdg === 11) &&
        (item.stage === 'pilot' || item.stage === 'wachstum'),
    );
    assert.deepEqual(found.map((item) => item.id), expected.map((item) => item.id));
  });

  it('an organisation filter returns that organisation’s initiatives only', async () => {
    const organisation = everyInitiative[0]!.organisation.slug;
    const found = await all<Initiative>(server, `/v1/initiatives?organisation=${organisation}`, InitiativeList);
    assert.ok(found.length > 0);
    assert.deepEqual(found.map((item) => item.id), everyInitiative.filter((item) => item.organisation.slug === organisation).map((item) => item.id));
  });

  it('q finds words in titles, case-insensitively, and treats % and _ as letters', async () => {
    const word = everyInitiative[5]!.title.split(' ')[0]!;
    const found = await all<Initiative>(server, `/v1/initiatives?q=${encodeURIComponent(word.toUpperCase())}`, InitiativeList);
    assert.ok(found.some((item) => item.id === everyInitiative[5]!.id));
    const percent = await getParsed(`${server.url}/v1/initiatives?q=%25`, InitiativeList);
    assert.equal(percent.total, everyInitiative.filter((item) => `${item.title}${item.teaser}${item.description}${item.organisation.name}`.includes('%')).length);
  });

  it('answers a filter value outside the vocabulary with 400 and the allowed values', async () => {
    const problem = await getProblem(`${server.url}/v1/initiatives?sdg=18&stage=ende`, 400);
    const parameters = problem.errors?.map((error) => error.parameter);
    assert.deepEqual(parameters?.sort(), ['sdg', 'stage']);
    assert.ok(problem.errors?.find((error) => error.parameter === 'stage')?.allowed?.includes('pilot'));
  });

  it('mentors filter by expertise, language, format and availability, in a stable order', async () => {
    const everyMentor = await all<Mentor>(server, '/v1/mentors', MentorList);
    const found = await all<Mentor>(server, '/v1/mentors?expertise=foerdermittel,crowdfunding&language=en&format=online&availability=available,limited', MentorList);
    const expected = everyMentor.filter(
      (mentor) =>
        mentor.expertise.some((id) => id === 'foerdermittel' || id === 'crowdfunding') &&
        mentor.languages.includes('en') &&
        mentor.formats.includes('online') &&
        (mentor.availability === 'available' || mentor.availability === 'limited'),
    );
    assert.ok(expected.length > 0);
    assert.deepEqual(found.map((mentor) => mentor.id), expected.map((mentor) => mentor.id));
    const slugs = everyMentor.map((mentor) => mentor.slug);
    assert.deepEqual(slugs, [...slugs].sort());
  });
});
