import { randomUUID } from 'node:crypto';
import type { AdminSurvey, AdminSurveyCounts, SurveyInput, SurveyQuestion, SurveyReplacement } from '@sinn/sdk';
import type * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { VOTERS_KEPT_DAYS } from '../jobs/cleanup.js';
import { isoOf } from '../queries/columns.js';
import { stateOf, SURVEY_SELECT, surveyRow, type SurveyRow } from '../surveys/read.js';
import { voterHash, type VoterScope } from '../surveys/voter.js';
import { canonicalJson } from '../write/canonical-json.js';
import { audit } from './audit.js';
import { invalidField } from './body.js';
import { csvDocument } from './csv.js';
import { organisationId } from './content.js';
import { ifMatchHolds, recordEtag } from './etag.js';
import { spreadsheetTime } from './memberships.js';
import { adminProblems } from './problems.js';
import { forgetOldSlugs, freeSlug, keepOldSlug, slugTaken } from './slugs.js';

// Surveys as staff keep them: create, replace (the questions and the integrity mode only until the first
// response: a response answered those questions, and counts made of answers to other questions would mean
// nothing), close, delete, the responses as CSV (free text included), one response deleted, and a person's votes
// erased by address. Every step writes its audit entry in its own transaction, without personal data.

type Input = z.output<typeof SurveyInput>;
type Replacement = z.output<typeof SurveyReplacement>;


/**
 * The ETag of a survey as staff edit it: of the record without its counts and state, which change with every
 * response and with the clock, and would make an edit of an open survey fail for no change of the survey itself.
 */
export function surveyEtag(survey: AdminSurvey): string {
  const { responses: _counts, state: _state, ...record } = survey;
  return recordEtag(record);
}

function requireIfMatch(header: string | undefined, survey: AdminSurvey): void {
  if (!ifMatchHolds(header, surveyEtag(survey))) throw new ProblemError(adminProblems.preconditionFailed('survey'));
}

const conflict = (detail: string) => new ProblemError(adminProblems.conflict(detail));

/** The questions as the public API shows them, after the checks the schema cannot make; each names its field. */
function questionsOf(input: Input): SurveyQuestion[] {
  const ids = new Set<string>();
  return input.questions.map((question, index): SurveyQuestion => {
    if (ids.has(question.id)) throw invalidField(['questions', index, 'id'], 'another question of this survey has this id');
    ids.add(question.id);
    const base = {
      id: question.id,
      label: { de: question.label.de, en: question.label.en, easyLanguage: question.label.easyLanguage ?? null },
      required: question.required ?? false,
    };
    switch (question.kind) {
      case 'single':
      case 'multiple': {
        const optionIds = new Set<string>();
        question.options.forEach((option, o) => {
          if (optionIds.has(option.id)) throw invalidField(['questions', index, 'options', o, 'id'], 'another option of this question has this id');
          optionIds.add(option.id);
        });
        const options = question.options.map((option) => ({ id: option.id, label: { de: option.label.de, en: option.label.en } }));
        if (question.kind === 'single') return { ...base, kind: 'single', options };
        const min = question.min ?? 1;
        const max = question.max ?? options.length;
        if (max > options.length) throw invalidField(['questions', index, 'max'], `at most the number of options, ${options.length}`);
        if (min > max) throw invalidField(['questions', index, 'min'], 'at most max');
        return { ...base, kind: 'multiple', options, min, max };
      }
      case 'scale':
        if (!((question.min === 1 && question.max === 5) || (question.min === 0 && question.max === 10))) {
          throw invalidField(['questions', index, 'max'], 'a scale runs from 1 to 5 or from 0 to 10');
        }
        return { ...base, kind: 'scale', min: question.min, max: question.max, minLabel: question.minLabel, maxLabel: question.maxLabel };
      case 'text':
        return { ...base, kind: 'text', maxLength: question.maxLength ?? 500 };
    }
  });
}

function textOf(text: Input['title']) {
  return { de: text.de, en: text.en, easyLanguage: text.easyLanguage ?? null };
}

async function columnsOf(tx: Queryable, input: Input) {
  const opensAt = new Date(input.opensAt);
  const closesAt = new Date(input.closesAt);
  if (closesAt <= opensAt) throw invalidField(['closesAt'], 'must be after opensAt');
  return {
    title: JSON.stringify(textOf(input.title)),
    intro: JSON.stringify(textOf(input.intro)),
    region: input.region ?? null,
    organisation: await organisationId(tx, input.organiser, 'organiser'),
    opensAt,
    closesAt,
    resultsPolicy: input.resultsPolicy,
    integrity: input.integrity,
    questions: questionsOf(input),
  };
}

/** The columns in the order the insert and the update write them, after the id and the slug. */
function columnValues(columns: Awaited<ReturnType<typeof columnsOf>>): unknown[] {
  const { title, intro, region, organisation, opensAt, closesAt, resultsPolicy, integrity, questions } = columns;
  return [title, intro, region, organisation, opensAt, closesAt, resultsPolicy, integrity, JSON.stringify(questions)];
}

async function countsOf(db: Queryable, surveyId: string): Promise<AdminSurveyCounts> {
  const [row] = await db.query<{ counted: number; pending: number }>(
    `select count(*) filter (where status = 'counted')::integer as counted, count(*) filter (where status = 'pending')::integer as pending
     from survey_responses where survey_id = $1`,
    [surveyId],
  );
  return { counted: row?.counted ?? 0, pending: row?.pending ?? 0 };
}

function adminSurveyOf(row: SurveyRow & { updated_at: Date }, counts: AdminSurveyCounts, now: Date): AdminSurvey {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    intro: row.intro,
    region: row.region as AdminSurvey['region'],
    organiser: row.org_slug,
    opensAt: isoOf(row.opens_at),
    closesAt: isoOf(row.closes_at),
    resultsPolicy: row.results_policy,
    integrity: row.integrity,
    questions: row.questions,
    updatedAt: isoOf(row.updated_at),
    state: stateOf(row, now),
    responses: counts,
  };
}

export async function readAdminSurvey(db: Queryable, slug: string, now: Date, lock = ''): Promise<AdminSurvey | null> {
  const [row] = await db.query<SurveyRow & { updated_at: Date }>(
    `${SURVEY_SELECT.replace('s.questions,', 's.questions, s.updated_at,')} where s.slug = $1 ${lock}`,
    [slug],
  );
  if (!row) return null;
  return adminSurveyOf(row, await countsOf(db, row.id), now);
}

export async function listAdminSurveys(db: Queryable, now: Date): Promise<AdminSurvey[]> {
  const rows = await db.query<SurveyRow & { updated_at: Date }>(
    `${SURVEY_SELECT.replace('s.questions,', 's.questions, s.updated_at,')} order by s.closes_at desc, s.slug`,
  );
  return Promise.all(rows.map(async (row) => adminSurveyOf(row, await countsOf(db, row.id), now)));
}

export async function createSurvey(tx: Queryable, input: Input, now: Date): Promise<AdminSurvey> {
  const columns = await columnsOf(tx, input);
  if (input.slug && (await slugTaken(tx, 'surveys', input.slug))) throw conflict(`Another survey has the slug ${input.slug}.`);
  const slug = input.slug ?? (await freeSlug(tx, 'surveys', input.title.de, 'survey'));
  const id = randomUUID();
  await tx.query(
    `insert into surveys (id, slug, title, intro, region, organisation_id, opens_at, closes_at, results_policy, integrity, questions, created_at, updated_at)
     values ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $12)`,
    [id, slug, ...columnValues(columns), now],
  );
  await audit(tx, now, { action: 'survey.create', target: id, details: { slug } });
  return (await readAdminSurvey(tx, slug, now))!;
}

/** Whether the cleanup has removed the keyed hashes of the survey's votes (jobs/cleanup.ts). */
async function votersForgotten(tx: Queryable, id: string): Promise<boolean> {
  return (await tx.query('select 1 from surveys where id = $1 and voters_forgotten_at is not null', [id])).length > 0;
}

/**
 * Replaces the survey at `slug`; null when there is none. Once it has a response (counted or pending), its
 * questions and integrity mode are kept: a change to them is a 409.
 */
export async function replaceSurvey(tx: Queryable, slug: string, input: Replacement, now: Date, ifMatch: string | undefined): Promise<AdminSurvey | null> {
  const current = await readAdminSurvey(tx, slug, now, 'for update of s');
  if (!current) return null;
  requireIfMatch(ifMatch, current);
  if (input.id !== undefined && input.id !== current.id) throw invalidField(['id'], 'the id of another survey; an id cannot be changed');
  const columns = await columnsOf(tx, input);
  const answered = current.responses.counted + current.responses.pending > 0;
  if (answered && canonicalJson(columns.questions) !== canonicalJson(current.questions)) {
    throw conflict('This survey has responses: its questions can no longer be changed. Create a new survey instead.');
  }
  if (answered && columns.integrity !== current.integrity) {
    throw conflict('This survey has responses: its integrity mode can no longer be changed.');
  }
  if (columns.closesAt > now && (await votersForgotten(tx, current.id))) {
    throw conflict(`The voters of this survey were forgotten ${VOTERS_KEPT_DAYS} days after it closed: it cannot open again, as an address could vote twice. Create a new survey instead.`);
  }
  const next = input.slug ?? slug;
  if (next !== slug && (await slugTaken(tx, 'surveys', next))) throw conflict(`Another survey has the slug ${next}.`);
  await tx.query(
    `update surveys set slug = $2, title = $3::jsonb, intro = $4::jsonb, region = $5, organisation_id = $6, opens_at = $7, closes_at = $8,
                        results_policy = $9, integrity = $10, questions = $11::jsonb, updated_at = $12
     where id = $1`,
    [current.id, next, ...columnValues(columns), now],
  );
  if (next !== slug) await keepOldSlug(tx, 'survey', slug, current.id);
  await audit(tx, now, { action: 'survey.update', target: current.id, details: next === slug ? { slug } : { slug: next, renamedFrom: slug } });
  return readAdminSurvey(tx, next, now);
}

/** Closes an open survey now; a 409 for one that is not open. */
export async function closeSurvey(tx: Queryable, slug: string, now: Date): Promise<AdminSurvey | null> {
  const row = await surveyRow(tx, slug, 'for update of s');
  if (!row) return null;
  const state = stateOf(row, now);
  if (state === 'upcoming') throw conflict('This survey has not opened yet: change its dates, or delete it.');
  if (state === 'closed') throw conflict(`This survey closed at ${isoOf(row.closes_at)} already.`);
  await tx.query('update surveys set closes_at = $2, updated_at = $2 where id = $1', [row.id, now]);
  await audit(tx, now, { action: 'survey.close', target: row.id, details: { slug } });
  return readAdminSurvey(tx, slug, now);
}

/** Deletes a survey with its responses, their consent and their mails; false when there is none. */
export async function deleteSurvey(tx: Queryable, slug: string, now: Date, ifMatch: string | undefined): Promise<boolean> {
  const current = await readAdminSurvey(tx, slug, now, 'for update of s');
  if (!current) return false;
  requireIfMatch(ifMatch, current);
  await tx.query('delete from surveys where id = $1', [current.id]);
  await forgetOldSlugs(tx, current.id);
  await audit(tx, now, { action: 'survey.delete', target: current.id, details: { slug, responses: current.responses } });
  return true;
}

/** Deletes one response (a free text someone asked to take back); false when the survey has none with this id. */
export async function deleteSurveyResponse(tx: Queryable, slug: string, id: string, now: Date): Promise<boolean> {
  const [deleted] = await tx.query<{ survey_id: string }>(
    'delete from survey_responses r using surveys s where s.id = r.survey_id and s.slug = $1 and r.id = $2 returning r.survey_id',
    [slug, id],
  );
  if (!deleted) return false;
  await audit(tx, now, { action: 'survey.response.delete', target: id, details: { survey: slug } });
  return true;
}

/** An answer as the export's reader knows it: a choice by its German label (the headers' language), not its id. */
function cellOf(question: SurveyQuestion, answer: unknown): string {
  if (answer === undefined || answer === null) return '';
  if (question.kind !== 'single' && question.kind !== 'multiple') return String(answer);
  const labelOf = (id: string) => question.options.find((option) => option.id === id)?.label.de ?? id;
  return question.kind === 'single' ? labelOf(String(answer)) : (answer as string[]).map(labelOf).join(', ');
}

/** Every response of a survey, oldest first, as a CSV file (free text included: for staff only); and how many. */
export async function exportSurveyResponses(db: Queryable, row: SurveyRow): Promise<{ csv: string; count: number }> {
  const rows = await db.query<{ id: string; answers: Record<string, unknown>; status: string; language: string; origin: string | null; created_at: Date; confirmed_at: Date | null; partner_name: string | null }>(
    `select r.id, r.answers, r.status, r.language, r.origin, r.created_at, r.confirmed_at, pk.name as partner_name
     from survey_responses r left join partner_keys pk on pk.id = r.partner_key_id
     where r.survey_id = $1 order by r.created_at, r.id`,
    [row.id],
  );
  const header = ['ID', 'Eingegangen (Berlin)', 'Status', 'Bestätigt (Berlin)', 'Sprache', 'Seite', 'Partner', ...row.questions.map((question) => `${question.id}: ${question.label.de}`)];
  const csv = csvDocument(
    header,
    rows.map((response) => [
      response.id,
      spreadsheetTime(response.created_at),
      response.status === 'counted' ? 'gezählt' : 'unbestätigt',
      spreadsheetTime(response.confirmed_at),
      response.language,
      response.origin,
      response.partner_name,
      ...row.questions.map((question) => cellOf(question, response.answers[question.id])),
    ]),
  );
  return { csv, count: rows.length };
}

/**
 * Erases the survey votes of an address: the pending ones by the address itself, the confirmed ones by its keyed
 * hash (all that is kept of them), made for each survey whose voters are not forgotten yet, as each survey makes its
 * own; with their consent and mails (by the foreign keys' cascade). Counts what went.
 */
export async function eraseSurveyVotesByEmail(tx: Queryable, secret: string, email: string): Promise<{ responses: number; consentLog: number; outbox: number }> {
  const surveys = await tx.query<{ id: string; voter_scope: VoterScope }>(
    "select id, voter_scope from surveys where integrity = 'verified' and voters_forgotten_at is null",
  );
  const where = 'lower(email) = lower($1) or (survey_id, voter_hash) in (select * from unnest($2::uuid[], $3::text[]))';
  const params = [email, surveys.map((survey) => survey.id), surveys.map((survey) => voterHash(secret, email, survey))];
  const [consent] = await tx.query<{ n: number }>(
    `select count(*)::integer as n from consent_log where survey_response_id in (select id from survey_responses where ${where})`,
    params,
  );
  const [mails] = await tx.query<{ n: number }>(
    `select count(*)::integer as n from outbox where survey_response_id in (select id from survey_responses where ${where})`,
    params,
  );
  const responses = await tx.query(`delete from survey_responses where ${where} returning id`, params);
  return { responses: responses.length, consentLog: consent?.n ?? 0, outbox: mails?.n ?? 0 };
}
