import type { Context, Hono } from 'hono';
import { ErasureRequest, Id, SurveyInput, SurveyReplacement } from '@sinn/sdk';
import * as z from 'zod/mini';
import { audit } from '../admin/audit.js';
import { readBody } from '../admin/body.js';
import { createdRecord, createOnce } from '../admin/create-once.js';
import {
  closeSurvey,
  createSurvey,
  deleteSurvey,
  deleteSurveyResponse,
  eraseSurveyVotesByEmail,
  exportSurveyResponses,
  listAdminSurveys,
  readAdminSurvey,
  replaceSurvey,
  surveyEtag,
} from '../admin/surveys.js';
import type { AppDeps } from '../deps.js';
import { onlyAllow } from '../http/methods.js';
import { ProblemError, problems } from '../http/problem.js';
import { surveyResults, surveyRow } from '../surveys/read.js';
import { berlinDate } from '../time/berlin.js';
import { slugParam } from './paths.js';

const ADMIN = '/v1/admin';

const noSurvey = () => new ProblemError(problems.notFound('There is no survey with this slug.'));

function idParam(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!z.safeParse(Id, id).success) throw new ProblemError(problems.notFound('This is not a valid id.'));
  return id;
}

/**
 * The staff API of surveys, under adminRoutes' token guard: list and create; read, replace (If-Match) and delete
 * one; close it now; its results whatever its policy; its responses as CSV; delete one response; erase an
 * address's votes. Every change, every export and every erasure writes an audit entry in its own transaction.
 */
export function surveyStaffRoutes(app: Hono, deps: AppDeps): void {
  const { db, clock } = deps;
  const collection = `${ADMIN}/surveys`;

  app.get(collection, async (c) => c.json({ items: await listAdminSurveys(db, clock.now()) }));
  app.post(collection, async (c) => {
    const input = await readBody(c, SurveyInput);
    const once = await createOnce(c, db, 'surveys', input, clock.now(), (tx) => createSurvey(tx, input, clock.now()));
    const { slug, answer, headers } = await createdRecord(once, (created) => created, (slug) => readAdminSurvey(db, slug, clock.now()));
    return c.json(answer, 201, { Location: `${collection}/${slug}`, ETag: surveyEtag(answer), ...headers });
  });
  onlyAllow(app, collection, ['GET', 'HEAD', 'POST']);

  // Before `/:slug`: a person's votes in every survey, by address. The audit entry says how much went, never the address.
  const erasure = `${ADMIN}/survey-erasure`;
  app.post(erasure, async (c) => {
    const { email } = await readBody(c, ErasureRequest);
    const erased = await db.transaction(async (tx) => {
      const result = await eraseSurveyVotesByEmail(tx, deps.secret, email);
      await audit(tx, clock.now(), { action: 'survey.erase', details: result });
      return result;
    });
    return c.json(erased);
  });
  onlyAllow(app, erasure, ['POST']);

  const one = `${collection}/:slug`;
  app.get(one, async (c) => {
    const survey = await readAdminSurvey(db, slugParam(c), clock.now());
    if (!survey) throw noSurvey();
    return c.json(survey, 200, { ETag: surveyEtag(survey) });
  });
  app.put(one, async (c) => {
    const slug = slugParam(c);
    const input = await readBody(c, SurveyReplacement);
    const updated = await db.transaction((tx) => replaceSurvey(tx, slug, input, clock.now(), c.req.header('If-Match')));
    if (!updated) throw noSurvey();
    return c.json(updated, 200, { ETag: surveyEtag(updated) });
  });
  app.delete(one, async (c) => {
    const slug = slugParam(c);
    const deleted = await db.transaction((tx) => deleteSurvey(tx, slug, clock.now(), c.req.header('If-Match')));
    if (!deleted) throw noSurvey();
    return c.body(null, 204);
  });
  onlyAllow(app, one, ['GET', 'HEAD', 'PUT', 'DELETE']);

  const close = `${one}/close`;
  app.post(close, async (c) => {
    const slug = slugParam(c);
    const closed = await db.transaction((tx) => closeSurvey(tx, slug, clock.now()));
    if (!closed) throw noSurvey();
    return c.json(closed, 200, { ETag: surveyEtag(closed) });
  });
  onlyAllow(app, close, ['POST']);

  // Whatever the survey's results policy: staff see the counts at any time (still never free text here; that is the CSV's).
  const results = `${one}/results`;
  app.get(results, async (c) => {
    const row = await surveyRow(db, slugParam(c));
    if (!row) throw noSurvey();
    return c.json(await surveyResults(db, row, clock.now()));
  });
  onlyAllow(app, results, ['GET', 'HEAD']);

  const csv = `${one}/responses.csv`;
  app.get(csv, async (c) => {
    const slug = slugParam(c);
    const now = clock.now();
    const file = await db.transaction(async (tx) => {
      const row = await surveyRow(tx, slug);
      if (!row) throw noSurvey();
      const result = await exportSurveyResponses(tx, row);
      await audit(tx, now, { action: 'survey.export', target: row.id, details: { slug, count: result.count } });
      return result;
    });
    return new Response(file.csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="sinn-umfrage-${slug}-${berlinDate(now)}.csv"`,
      },
    });
  });
  onlyAllow(app, csv, ['GET', 'HEAD']);

  const response = `${one}/responses/:id`;
  app.delete(response, async (c) => {
    const slug = slugParam(c);
    const id = idParam(c);
    const deleted = await db.transaction((tx) => deleteSurveyResponse(tx, slug, id, clock.now()));
    if (!deleted) throw new ProblemError(problems.notFound('This survey has no response with this id.'));
    return c.body(null, 204);
  });
  onlyAllow(app, response, ['DELETE']);
}
