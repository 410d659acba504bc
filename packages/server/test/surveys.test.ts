import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Survey, SurveyList, SurveyResponseAccepted, SurveyResults } from '@sinn/sdk';
import * as z from 'zod/mini';
import { fromBerlin } from '../src/time/berlin.js';
import { solvedChallenge } from './helpers/challenge.js';
import { getParsed, getProblem } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { STAFF_TOKEN, staffFetch } from './helpers/staff.js';
import { countRows, createSurvey, EASY_SURVEYS, insertOrganiser, postResponse, responseBody, surveyInput } from './helpers/survey.js';

// The public survey API in `open` mode: the list and one survey (with ETags), a response stored once however
// often it arrives, the checks of what a response may say, and the results as the survey's policy allows.


function movableClock() {
  const clock = { at: fromBerlin(2026, 11, 15, 10, 0), now: () => clock.at, set: (at: Date) => (clock.at = at) };
  return clock;
}

describe('surveys in open mode', () => {
  let server: TestServer;
  let organiser: string;
  const clock = movableClock();
  before(async () => {
    server = await startTestServer(EASY_SURVEYS, clock);
    organiser = await insertOrganiser(server.database.db);
  });
  after(() => server.stop());

  it('lists open, upcoming and closed surveys in that order, filtered by region and state, with an ETag', async () => {
    const open = await createSurvey(server.url, surveyInput(organiser, { slug: 'offen-zwickau', closesAt: '2026-11-20T18:00:00+01:00' }));
    await createSurvey(server.url, surveyInput(organiser, { slug: 'offen-spaeter', region: 'leipzig' }));
    await createSurvey(server.url, surveyInput(organiser, { slug: 'bald', opensAt: '2026-11-18T00:00:00+01:00' }));
    await createSurvey(server.url, surveyInput(organiser, { slug: 'vorbei', opensAt: '2026-10-01T00:00:00+02:00', closesAt: '2026-11-01T00:00:00+01:00' }));
    assert.equal(open.state, 'open');
    const list = await getParsed(`${server.url}/v1/surveys`, SurveyList);
    assert.deepEqual(
      list.items.map((item) => [item.slug, item.state]),
      [
        ['offen-zwickau', 'open'],
        ['offen-spaeter', 'open'],
        ['bald', 'upcoming'],
        ['vorbei', 'closed'],
      ],
    );
    assert.equal(list.items[0]!.questionCount, 4);
    const zwickau = await getParsed(`${server.url}/v1/surveys?region=zwickau&state=open`, SurveyList);
    assert.deepEqual(zwickau.items.map((item) => item.slug), ['offen-zwickau']);
    await getProblem(`${server.url}/v1/surveys?region=atlantis`, 400);

    const first = await fetch(`${server.url}/v1/surveys`);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    assert.equal((await fetch(`${server.url}/v1/surveys`, { headers: { 'If-None-Match': etag } })).status, 304);
  });

  it('shows one survey with its questions and its own consent text, which names the survey and its organiser', async () => {
    const survey = await getParsed(`${server.url}/v1/surveys/offen-zwickau`, Survey);
    assert.deepEqual(survey.questions.map((question) => question.kind), ['single', 'multiple', 'scale', 'text']);
    assert.equal(survey.consent.purpose, 'survey');
    assert.match(survey.consent.version, /^2026-12-07b\.[0-9a-f]{12}$/);
    assert.match(survey.consent.de.title, /Welches Thema soll die nächste Werkstatt haben\?/);
    assert.match(survey.consent.de.paragraphs.join(' '), /Werkstatt Zwickau e\. V\./);
    assert.match(survey.consent.en.checkbox, /Which topic should the next workshop take\?.*Werkstatt Zwickau/);
    // The organiser's name ends the English sentence, with its own full stop: one, not two.
    assert.match(survey.consent.en.checkbox, /by Werkstatt Zwickau e\. V\.$/);
    // A German name keeps its own form: it stands after a colon, not in a case after "von" ("von Der Paritätische").
    assert.match(survey.consent.de.checkbox, /„Welches Thema soll die nächste Werkstatt haben\?“ speichert und auswertet \(durchgeführt von: Werkstatt Zwickau e\. V\.\)\.$/);
    assert.match(survey.consent.de.paragraphs.join(' '), /nicht auf Ihren Wunsch löschen/, 'says that open free text cannot be erased by person');
    assert.equal(survey.resultsFrom, survey.closesAt);
    await getProblem(`${server.url}/v1/surveys/nichts-da`, 404);
  });

  it('stores a response once, with its consent, and answers the results with it under after-answer', async () => {
    const survey = await getParsed(`${server.url}/v1/surveys/offen-zwickau`, Survey);
    const key = randomUUID();
    const body = responseBody(survey, { topic: 'wohnen', formats: ['abend', 'online'], rating: 5, comment: '  Mehr davon!\r\n' });
    const response = await postResponse(server.url, survey.slug, body, { key });
    assert.equal(response.status, 202, await response.clone().text());
    const accepted = z.parse(SurveyResponseAccepted, await response.json());
    assert.equal(accepted.status, 'counted');
    assert.equal(accepted.confirmBy, null);
    assert.equal(accepted.results?.responses, 1);
    const topic = accepted.results?.questions.find((question) => question.id === 'topic');
    assert.deepEqual(topic, { id: 'topic', kind: 'single', answered: 1, options: [{ id: 'ki', count: 0 }, { id: 'wohnen', count: 1 }, { id: 'mobil', count: 0 }] });
    assert.doesNotMatch(JSON.stringify(accepted), /Mehr davon/, 'free text is never in the results');

    const again = await postResponse(server.url, survey.slug, body, { key });
    assert.equal(again.status, 202);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const [row] = await server.database.db.query<{ answers: Record<string, unknown>; email: string | null; consent: number }>(
      `select r.answers, r.email, (select count(*)::integer from consent_log l where l.survey_response_id = r.id and l.text_purpose = 'survey') as consent
       from survey_responses r join surveys s on s.id = r.survey_id where s.slug = $1`,
      [survey.slug],
    );
    assert.equal(row?.answers.comment, 'Mehr davon!', 'free text is stored trimmed');
    assert.equal(row?.email, null);
    assert.equal(row?.consent, 1);
  });

  it('stores one response for 100 concurrent posts with one Idempotency-Key', async () => {
    const survey = await getParsed(`${server.url}/v1/surveys/offen-spaeter`, Survey);
    const key = randomUUID();
    const body = responseBody(survey);
    const answers = await Promise.all(Array.from({ length: 100 }, () => postResponse(server.url, survey.slug, body, { key })));
    const texts = await Promise.all(answers.map((answer) => answer.text()));
    assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [202]);
    assert.equal(new Set(texts).size, 1, 'every repeat answers the first answer byte for byte');
    assert.equal(await countRows(server.database.db, 'survey_responses r join surveys s on s.id = r.survey_id', 's.slug = $1', [survey.slug]), 1);
  });

  it('refuses an unknown option with a 422 naming the question, and other answers that break the rules', async () => {
    const survey = await getParsed(`${server.url}/v1/surveys/offen-zwickau`, Survey);
    const before = await countRows(server.database.db, 'survey_responses');
    const cases: [Record<string, unknown>, string][] = [
      [{ topic: 'kochen' }, '/answers/topic'],
      [{ topic: 'ki', formats: ['abend', 'samstag', 'online'] }, '/answers/formats'],
      [{ topic: 'ki', rating: 7 }, '/answers/rating'],
      [{ topic: 'ki', comment: 'x'.repeat(501) }, '/answers/comment'],
      [{ formats: ['abend'] }, '/answers/topic'],
      [{ topic: 'ki', wetter: 'gut' }, '/answers/wetter'],
    ];
    for (const [answers, pointer] of cases) {
      const response = await postResponse(server.url, survey.slug, responseBody(survey, answers as never));
      const problem = (await response.json()) as { errors?: { pointer: string; detail: string; allowed?: unknown[] }[] };
      assert.equal(response.status, 422, JSON.stringify(answers));
      assert.deepEqual(problem.errors?.map((error) => error.pointer), [pointer], JSON.stringify(problem));
    }
    const unknown = await postResponse(server.url, survey.slug, responseBody(survey, { topic: 'kochen' }));
    const problem = (await unknown.json()) as { errors: { detail: string; allowed: string[] }[] };
    assert.match(problem.errors[0]!.detail, /question "topic" has no option "kochen"/);
    assert.deepEqual(problem.errors[0]!.allowed, ['ki', 'wohnen', 'mobil']);
    const withAddress = await postResponse(server.url, survey.slug, responseBody(survey, undefined, { email: 'a@example.org' }));
    assert.equal(withAddress.status, 422, 'open mode takes no address');
    assert.equal(await countRows(server.database.db, 'survey_responses'), before);
  });

  it('answers 409 with the date for a survey not open yet or closed, and for another consent version', async () => {
    const upcoming = await getParsed(`${server.url}/v1/surveys/bald`, Survey);
    const early = await postResponse(server.url, 'bald', responseBody(upcoming));
    assert.equal(early.status, 409);
    const earlyProblem = (await early.json()) as { type: string; detail: string; opensAt: string };
    assert.equal(earlyProblem.type, '/problems/survey-not-open');
    assert.equal(earlyProblem.opensAt, '2026-11-18T00:00:00+01:00');
    assert.match(earlyProblem.detail, /2026-11-18T00:00:00\+01:00/);

    const closed = await getParsed(`${server.url}/v1/surveys/vorbei`, Survey);
    const late = await postResponse(server.url, 'vorbei', responseBody(closed));
    assert.equal(late.status, 409);
    const lateProblem = (await late.json()) as { type: string; closesAt: string };
    assert.equal(lateProblem.type, '/problems/survey-closed');
    assert.equal(lateProblem.closesAt, '2026-11-01T00:00:00+01:00');

    const open = await getParsed(`${server.url}/v1/surveys/offen-zwickau`, Survey);
    const outdated = await postResponse(server.url, open.slug, { ...responseBody(open), consent: { version: '2026-12', accepted: true } });
    assert.equal(outdated.status, 409);
    assert.equal(((await outdated.json()) as { type: string }).type, '/problems/consent-outdated');
    assert.equal((await postResponse(server.url, 'gibt-es-nicht', responseBody(open))).status, 404);
  });

  it('answers the results only as the policy allows, counted from the rows, with an ETag', async () => {
    const policies = ['after-answer', 'after-close', 'staff-only'] as const;
    const surveys = await Promise.all(
      policies.map((resultsPolicy) => createSurvey(server.url, surveyInput(organiser, { slug: `politik-${resultsPolicy}`, resultsPolicy, closesAt: '2026-11-16T00:00:00+01:00' }))),
    );
    for (const survey of surveys) {
      for (const topic of ['ki', 'ki', 'mobil']) {
        const response = await postResponse(server.url, survey.slug, responseBody(survey, { topic, rating: topic === 'ki' ? 4 : 1 }));
        assert.equal(response.status, 202);
        const accepted = z.parse(SurveyResponseAccepted, await response.json());
        assert.equal(accepted.results !== null, survey.resultsPolicy === 'after-answer', survey.resultsPolicy);
      }
      // Not public while open, under any policy.
      const problem = await getProblem(`${server.url}/v1/surveys/${survey.slug}/results`, 403);
      assert.match(problem.detail ?? '', survey.resultsPolicy === 'staff-only' ? /Only staff/ : /2026-11-16T00:00:00\+01:00/);
    }
    clock.set(new Date(fromBerlin(2026, 11, 16, 0, 0).getTime() + 1));
    try {
      for (const survey of surveys) {
        const url = `${server.url}/v1/surveys/${survey.slug}/results`;
        if (survey.resultsPolicy === 'staff-only') {
          await getProblem(url, 403);
          const staff = await staffFetch(`${server.url}/v1/admin/surveys/${survey.slug}/results`);
          assert.equal(z.parse(SurveyResults, await staff.json()).responses, 3);
          continue;
        }
        const results = await getParsed(url, SurveyResults);
        assert.equal(results.state, 'closed');
        assert.equal(results.responses, 3);
        assert.deepEqual(results.questions.find((question) => question.id === 'topic'), {
          id: 'topic',
          kind: 'single',
          answered: 3,
          options: [{ id: 'ki', count: 2 }, { id: 'wohnen', count: 0 }, { id: 'mobil', count: 1 }],
        });
        const rating = results.questions.find((question) => question.id === 'rating');
        assert.equal(rating?.kind === 'scale' && rating.mean, 3);
        assert.deepEqual(rating?.kind === 'scale' && rating.values.map((value) => value.count), [1, 0, 0, 2, 0]);
        const response = await fetch(url);
        const etag = response.headers.get('etag');
        assert.ok(etag);
        assert.equal((await fetch(url, { headers: { 'If-None-Match': etag } })).status, 304);
      }
    } finally {
      clock.set(fromBerlin(2026, 11, 15, 10, 0));
    }
  });

  it('answers a filled honeypot like a person, and stores nothing', async () => {
    const survey = await getParsed(`${server.url}/v1/surveys/offen-zwickau`, Survey);
    const before = await countRows(server.database.db, 'survey_responses');
    const response = await postResponse(server.url, survey.slug, responseBody(survey, undefined, { website: 'http://spam.example' }));
    assert.equal(response.status, 202);
    const decoy = z.parse(SurveyResponseAccepted, await response.json());
    assert.equal(decoy.status, 'counted');
    assert.ok(decoy.results, 'with the results, as a person gets them under after-answer');
    assert.equal(await countRows(server.database.db, 'survey_responses'), before);
    assert.equal(decoy.results.responses, await countRows(server.database.db, 'survey_responses r join surveys s on s.id = r.survey_id', 's.slug = $1', [survey.slug]));
  });

  it('shows a robot the results of an open survey only for a solved challenge, once: the honeypot is no way round it', async () => {
    const survey = await getParsed(`${server.url}/v1/surveys/offen-zwickau`, Survey);
    const robot = (challenge?: string | null) =>
      postResponse(server.url, survey.slug, responseBody(survey, undefined, { website: 'http://spam.example' }), challenge === undefined ? {} : { challenge });
    const unpaid = z.parse(SurveyResponseAccepted, await (await robot(null)).json());
    assert.deepEqual([unpaid.status, unpaid.results], ['counted', null]);
    const forged = z.parse(SurveyResponseAccepted, await (await robot('not-a-challenge')).json());
    assert.equal(forged.results, null);
    // A solved challenge shows them, and is used up by it.
    const challenge = await solvedChallenge(server.url);
    assert.ok(z.parse(SurveyResponseAccepted, await (await robot(challenge)).json()).results);
    assert.equal(z.parse(SurveyResponseAccepted, await (await robot(challenge)).json()).results, null);
  });
});

describe('a burst of survey responses from one client', () => {
  const LIMIT = 10;
  let server: TestServer;
  before(async () => {
    // The sign-ups' limit is one: the survey's own number is the one that counts.
    server = await startTestServer({ ...EASY_SURVEYS, rateLimitClient: 1, rateLimitSurvey: LIMIT, logLevel: 'silent' });
  });
  after(() => server.stop());

  it('is cut off at its own hourly limit (SINN_RATE_LIMIT_SURVEY): of 300, 10 are stored and 290 answered 429 with Retry-After', async () => {
    const organiser = await insertOrganiser(server.database.db);
    const survey = await createSurvey(server.url, surveyInput(organiser));
    const BURST = 300;
    const statuses: { status: number; retryAfter: string | null; type?: string }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 30 }, async () => {
        while (next < BURST) {
          next += 1;
          const response = await postResponse(server.url, survey.slug, responseBody(survey));
          statuses.push({ status: response.status, retryAfter: response.headers.get('retry-after'), type: ((await response.json()) as { type?: string }).type });
        }
      }),
    );
    const accepted = statuses.filter((result) => result.status === 202);
    const limited = statuses.filter((result) => result.status === 429);
    assert.equal(accepted.length, LIMIT);
    assert.equal(limited.length, BURST - LIMIT, JSON.stringify(statuses.find((result) => result.status !== 202 && result.status !== 429)));
    for (const result of limited) {
      assert.equal(result.type, '/problems/rate-limited');
      assert.ok(Number(result.retryAfter) >= 1);
    }
    assert.equal(await countRows(server.database.db, 'survey_responses'), LIMIT);
    // Surveys count in buckets of their own: the sign-up's limit is untouched.
    const buckets = await server.database.db.query<{ bucket: string }>('select bucket from rate_limits');
    assert.ok(buckets.every((row) => row.bucket.startsWith('survey:')), JSON.stringify(buckets));
  });
});

describe('the demo surveys', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ adminToken: STAFF_TOKEN, logLevel: 'silent' });
  });
  after(() => server.stop());

  it('hold an open survey in three regions, a closed one with results, and a verified prize vote among five demo initiatives', async () => {
    const list = await getParsed(`${server.url}/v1/surveys`, SurveyList);
    const open = list.items.filter((item) => item.state === 'open');
    assert.ok(new Set(open.map((item) => item.region).filter(Boolean)).size >= 3, JSON.stringify(open.map((item) => item.region)));
    for (const item of list.items) await getParsed(`${server.url}/v1/surveys/${item.slug}`, Survey);

    const closed = list.items.find((item) => item.state === 'closed');
    assert.ok(closed);
    const results = await getParsed(`${server.url}/v1/surveys/${closed.slug}/results`, SurveyResults);
    assert.ok(results.responses > 20);
    const [stored] = await server.database.db.query<{ n: number }>(
      "select count(*)::integer as n from survey_responses r join surveys s on s.id = r.survey_id where s.slug = $1 and r.status = 'counted'",
      [closed.slug],
    );
    assert.equal(results.responses, stored!.n, 'the counts are the rows');

    const prize = list.items.find((item) => item.integrity === 'verified');
    assert.ok(prize && prize.state === 'open');
    const vote = await getParsed(`${server.url}/v1/surveys/${prize.slug}`, Survey);
    const question = vote.questions[0]!;
    assert.equal(question.kind, 'single');
    const titles = question.kind === 'single' ? question.options.map((option) => option.label.de) : [];
    assert.equal(titles.length, 5);
    for (const title of titles) {
      const [found] = await server.database.db.query('select 1 from initiatives where title = $1', [title]);
      assert.ok(found, `${title} is a demo initiative`);
    }
    const staff = await staffFetch(`${server.url}/v1/admin/surveys/${prize.slug}/results`);
    assert.ok(z.parse(SurveyResults, await staff.json()).responses > 0, 'the prize vote has confirmed votes');
  });
});
