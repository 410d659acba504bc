import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AdminSurvey, Survey, SurveyResults } from '@sinn/sdk';
import * as z from 'zod/mini';
import { canonicalJson, sha256Hex } from '../src/write/canonical-json.js';
import { getParsed } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { parseCsv, staffFetch } from './helpers/staff.js';
import { countRows, createSurvey, EASY_SURVEYS, insertOrganiser, postResponse, responseBody, surveyInput } from './helpers/survey.js';

// The staff API of surveys: create, edit (the questions only until the first response), close, delete, the
// responses as CSV with free text, one response deleted; every step in the audit log, without personal data.


describe('surveys in the staff API', () => {
  let server: TestServer;
  let organiser: string;
  before(async () => {
    server = await startTestServer(EASY_SURVEYS);
    organiser = await insertOrganiser(server.database.db);
  });
  after(() => server.stop());

  const admin = (path: string) => `${server.url}/v1/admin/surveys${path}`;
  const auditActions = async () =>
    (await server.database.db.query<{ action: string }>('select action from audit_log order by id')).map((row) => row.action);

  it('needs the staff token', async () => {
    assert.equal((await fetch(admin(''))).status, 401);
    assert.equal((await fetch(admin(''), { method: 'POST', body: '{}' })).status, 401);
  });

  it('refuses a survey whose parts do not fit, naming the field', async () => {
    const bad = [
      [{ closesAt: '2026-10-01T00:00:00+02:00' }, '/closesAt'],
      [{ organiser: 'niemand' }, '/organiser'],
      [{ questions: [] }, '/questions'],
    ] as const;
    for (const [overrides, pointer] of bad) {
      const response = await staffFetch(admin(''), { method: 'POST', body: surveyInput(organiser, overrides as never) });
      assert.equal(response.status, 422);
      const problem = (await response.json()) as { errors: { pointer: string }[] };
      assert.ok(problem.errors.some((error) => error.pointer === pointer), JSON.stringify(problem));
    }
    const twice = surveyInput(organiser);
    twice.questions = [twice.questions[0]!, twice.questions[0]!];
    const duplicate = await staffFetch(admin(''), { method: 'POST', body: twice });
    assert.equal(duplicate.status, 422);
    assert.equal(((await duplicate.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '/questions/1/id');
  });

  it('edits the questions until the first response, then answers 409; other fields stay editable with If-Match', async () => {
    const survey = await createSurvey(server.url, surveyInput(organiser, { slug: 'werkstatt-thema' }));
    const read = await staffFetch(admin('/werkstatt-thema'));
    const etag = read.headers.get('etag')!;
    const record = (await read.json()) as Record<string, unknown> & { questions: { label: { de: string } }[] };
    record.questions[0]!.label.de = 'Welches Thema?';
    const edited = await staffFetch(admin('/werkstatt-thema'), { method: 'PUT', body: record, headers: { 'If-Match': etag } });
    assert.equal(edited.status, 200, await edited.clone().text());
    const stale = await staffFetch(admin('/werkstatt-thema'), { method: 'PUT', body: record, headers: { 'If-Match': etag } });
    assert.equal(stale.status, 412, 'the tag read before the edit no longer holds');

    const current = await getParsed(`${server.url}/v1/surveys/werkstatt-thema`, Survey);
    assert.equal(current.questions[0]!.label.de, 'Welches Thema?');
    assert.equal((await postResponse(server.url, survey.slug, responseBody(current))).status, 202);

    const after = await staffFetch(admin('/werkstatt-thema'));
    const afterEtag = after.headers.get('etag')!;
    const answered = z.parse(AdminSurvey, await after.json());
    assert.equal(answered.responses.counted, 1);
    const changed = structuredClone(answered);
    changed.questions[0]!.label = { ...changed.questions[0]!.label, de: 'Noch ein anderes Thema?' };
    const refused = await staffFetch(admin('/werkstatt-thema'), { method: 'PUT', body: changed, headers: { 'If-Match': afterEtag } });
    assert.equal(refused.status, 409);
    assert.match(((await refused.json()) as { detail: string }).detail, /questions can no longer be changed/);
    const unchanged = await getParsed(`${server.url}/v1/surveys/werkstatt-thema`, Survey);
    assert.equal(unchanged.questions[0]!.label.de, 'Welches Thema?', 'the survey keeps its questions');

    const retitled = { ...answered, title: { de: 'Neuer Titel', en: 'New title', easyLanguage: null } };
    const ok = await staffFetch(admin('/werkstatt-thema'), { method: 'PUT', body: retitled, headers: { 'If-Match': afterEtag } });
    assert.equal(ok.status, 200, await ok.clone().text());
  });

  it('keeps the words a response consented to, which a renamed survey no longer shows, under the hash the consent log holds', async () => {
    const survey = await createSurvey(server.url, surveyInput(organiser, { slug: 'umbenannt' }));
    assert.equal((await postResponse(server.url, survey.slug, responseBody(survey))).status, 202);
    const read = await staffFetch(admin('/umbenannt'));
    const record = z.parse(AdminSurvey, await read.clone().json());
    const renamed = { ...record, title: { de: 'Ganz anderer Titel', en: 'Another title', easyLanguage: null } };
    assert.equal((await staffFetch(admin('/umbenannt'), { method: 'PUT', body: renamed, headers: { 'If-Match': read.headers.get('etag')! } })).status, 200);
    const now = await getParsed(`${server.url}/v1/surveys/umbenannt`, Survey);
    assert.notEqual(now.consent.hash, survey.consent.hash, 'the title is in the text, so the text changed');

    const [kept] = await server.database.db.query<{ text_hash: string; wording: { de: unknown; en: unknown } }>(
      `select l.text_hash, w.wording from consent_log l join survey_responses r on r.id = l.survey_response_id
       join surveys s on s.id = r.survey_id left join survey_consent_wordings w on w.hash = l.text_hash where s.slug = 'umbenannt'`,
    );
    assert.equal(kept?.text_hash, survey.consent.hash);
    assert.deepEqual(kept?.wording, { de: survey.consent.de, en: survey.consent.en }, 'the words as shown, the old title in them');
    assert.equal(`sha256-${sha256Hex(canonicalJson(kept!.wording))}`, kept!.text_hash, 'and they hash to what was logged');
  });

  it('exports the responses as CSV with free text, deletes a single one, closes and deletes the survey; every step audited', async () => {
    const survey = await createSurvey(server.url, surveyInput(organiser, { slug: 'export' }));
    for (const comment of ['=HYPERLINK("x")', 'Bitte löschen', 'Schön war es']) {
      assert.equal((await postResponse(server.url, survey.slug, responseBody(survey, { topic: 'ki', formats: ['abend', 'online'], comment }))).status, 202);
    }
    const csv = await staffFetch(admin('/export/responses.csv'));
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ''));
    assert.equal(rows.length, 4);
    const commentColumn = rows[0]!.findIndex((cell) => cell.startsWith('comment:'));
    // The test's clock stands still, so the three have one time: compared as a set.
    assert.deepEqual(rows.slice(1).map((row) => row[commentColumn]).sort(), ["'=HYPERLINK(\"x\")", 'Bitte löschen', 'Schön war es']);
    // Choices by their words, as the organiser wrote them, not by their ids.
    const column = (id: string) => rows[0]!.findIndex((cell) => cell.startsWith(`${id}:`));
    assert.deepEqual(rows.slice(1).map((row) => `${row[column('topic')]} / ${row[column('formats')]}`), Array(3).fill('KI im Ehrenamt / Abend, Online'));

    const id = rows.find((row) => row[commentColumn] === 'Bitte löschen')![0]!;
    assert.equal((await staffFetch(admin(`/export/responses/${id}`), { method: 'DELETE' })).status, 204);
    assert.equal((await staffFetch(admin(`/export/responses/${id}`), { method: 'DELETE' })).status, 404);
    const results = z.parse(SurveyResults, await (await staffFetch(admin('/export/results'))).json());
    assert.equal(results.responses, 2);
    assert.equal(await countRows(server.database.db, 'consent_log', 'survey_response_id = $1', [id]), 0);

    const closed = await staffFetch(admin('/export/close'), { method: 'POST' });
    assert.equal(closed.status, 200);
    assert.equal(((await closed.json()) as { state: string }).state, 'closed');
    assert.equal((await staffFetch(admin('/export/close'), { method: 'POST' })).status, 409);
    const late = await postResponse(server.url, survey.slug, responseBody(survey));
    assert.equal(late.status, 409);

    assert.equal((await staffFetch(admin('/export'), { method: 'DELETE' })).status, 204);
    assert.equal((await fetch(`${server.url}/v1/surveys/export`)).status, 404);
    assert.equal(await countRows(server.database.db, 'survey_responses r', 'not exists (select 1 from surveys s where s.id = r.survey_id)'), 0);

    const actions = await auditActions();
    for (const action of ['survey.create', 'survey.update', 'survey.export', 'survey.response.delete', 'survey.close', 'survey.delete']) {
      assert.ok(actions.includes(action), `${action} in ${actions.join(', ')}`);
    }
    const entries = await server.database.db.query<{ details: unknown }>("select details from audit_log where action like 'survey.%'");
    assert.doesNotMatch(JSON.stringify(entries), /Bitte löschen|HYPERLINK/, 'no answer in the audit log');
  });
});
