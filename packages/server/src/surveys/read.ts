import type {
  QuestionResult,
  Survey,
  SurveyConsentText,
  SurveyList,
  SurveyQuery,
  SurveyQuestion,
  SurveyResults,
  SurveyState,
  SurveySummary,
  SurveyText,
} from '@sinn/sdk';
import type { Queryable } from '../db/database.js';
import { currentConsentText } from '../queries/consent-texts.js';
import { isoOf, ORGANISATION_COLUMNS, organisationOf } from '../queries/columns.js';
import { namedBySlug } from '../queries/old-slugs.js';
import { berlinIso } from '../time/berlin.js';
import { canonicalJson, sha256Hex } from '../write/canonical-json.js';
import type { VoterScope } from './voter.js';

// Surveys as the public API shows them, their consent text, and their results counted from the response rows.

/** A survey's row, with its organisation's columns (`org_…`). */
export interface SurveyRow {
  id: string;
  slug: string;
  title: SurveyText;
  intro: SurveyText;
  region: string | null;
  opens_at: Date;
  closes_at: Date;
  results_policy: Survey['resultsPolicy'];
  integrity: Survey['integrity'];
  questions: SurveyQuestion[];
  voter_scope: VoterScope;
  org_slug: string;
  org_name: string;
  org_kind: string;
  org_url: string | null;
}

export const SURVEY_SELECT = `select s.id, s.slug, s.title, s.intro, s.region, s.opens_at, s.closes_at, s.results_policy, s.integrity,
       s.questions, s.voter_scope, ${ORGANISATION_COLUMNS}
  from surveys s join organisations o on o.id = s.organisation_id`;

export function stateOf(row: Pick<SurveyRow, 'opens_at' | 'closes_at'>, now: Date): SurveyState {
  if (now < new Date(row.opens_at)) return 'upcoming';
  return now < new Date(row.closes_at) ? 'open' : 'closed';
}

/** Whether anyone may read the results now (staff always may). */
export function resultsPublic(row: Pick<SurveyRow, 'results_policy' | 'closes_at'>, now: Date): boolean {
  return row.results_policy !== 'staff-only' && now >= new Date(row.closes_at);
}

function summaryFields(row: SurveyRow, now: Date) {
  return {
    slug: row.slug,
    title: row.title,
    intro: row.intro,
    region: row.region as Survey['region'],
    organiser: organisationOf(row as unknown as Record<string, unknown>),
    opensAt: isoOf(row.opens_at),
    closesAt: isoOf(row.closes_at),
    state: stateOf(row, now),
    resultsPolicy: row.results_policy,
    integrity: row.integrity,
    resultsFrom: row.results_policy === 'staff-only' ? null : isoOf(row.closes_at),
  };
}

function summaryOf(row: SurveyRow, now: Date): SurveySummary {
  return { ...summaryFields(row, now), questionCount: row.questions.length };
}

const STATE_ORDER: Record<SurveyState, number> = { open: 0, upcoming: 1, closed: 2 };

/** Open ones closing soonest first, then upcoming ones opening soonest first, then closed ones closed last first. */
function byState(a: SurveySummary, b: SurveySummary): number {
  const state = STATE_ORDER[a.state] - STATE_ORDER[b.state];
  if (state !== 0) return state;
  const time = (iso: string) => new Date(iso).getTime();
  const order =
    a.state === 'open'
      ? time(a.closesAt) - time(b.closesAt)
      : a.state === 'upcoming'
        ? time(a.opensAt) - time(b.opensAt)
        : time(b.closesAt) - time(a.closesAt);
  return order !== 0 ? order : a.slug < b.slug ? -1 : 1;
}

export async function listSurveys(db: Queryable, query: SurveyQuery, now: Date): Promise<Omit<SurveyList, 'generatedAt'>> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (query.region) {
    params.push(query.region);
    where.push(`s.region = any($${params.length}::text[])`);
  }
  const rows = await db.query<SurveyRow>(`${SURVEY_SELECT} ${where.length ? `where ${where.join(' and ')}` : ''}`, params);
  const states = query.state;
  const all = rows
    .map((row) => summaryOf(row, now))
    .filter((survey) => !states || states.includes(survey.state))
    .sort(byState);
  const items = all.slice(0, query.limit ?? 100);
  return { items, total: all.length, nextCursor: null };
}

export async function surveyRow(db: Queryable, slug: string, lock = ''): Promise<SurveyRow | null> {
  const [row] = await db.query<SurveyRow>(`${SURVEY_SELECT} where ${namedBySlug('s.id', 'survey', '$1')} ${lock}`, [slug]);
  return row ?? null;
}

function fill(text: string, survey: string, organiser: string): string {
  // A name that ends a sentence with its own full stop ("… e. V.") ends it with that one, not with two.
  const ending = organiser.endsWith('.') ? organiser : `${organiser}.`;
  return text.replaceAll('{survey}', survey).replaceAll('{organiser}.', ending).replaceAll('{organiser}', organiser);
}

/**
 * The survey's own consent text: the `survey` text in force with the survey's title and organiser filled in. Its
 * version is the text's and a digest of what it names, so a renamed survey or organiser makes a form that showed
 * the old names ask again; its hash is of the wording as shown, as every consent text's.
 */
export async function surveyConsentText(db: Queryable, row: SurveyRow): Promise<SurveyConsentText | null> {
  const current = await currentConsentText(db, 'survey');
  if (!current) return null;
  const wording = (language: 'de' | 'en') => {
    const source = current[language];
    const title = row.title[language];
    return {
      title: fill(source.title, title, row.org_name),
      paragraphs: source.paragraphs.map((paragraph) => fill(paragraph, title, row.org_name)),
      checkbox: fill(source.checkbox, title, row.org_name),
    };
  };
  const de = wording('de');
  const en = wording('en');
  const hash = sha256Hex(canonicalJson({ de, en }));
  return { purpose: 'survey', version: `${current.version}.${hash.slice(0, 12)}`, hash: `sha256-${hash}`, publishedAt: current.publishedAt, de, en };
}

/** The version of the `survey` text a survey's consent version was made from (`2026-12` of `2026-12.3f9a…`). */
export function templateVersionOf(surveyVersion: string): string {
  return surveyVersion.replace(/\.[0-9a-f]{12}$/, '');
}

export async function getSurvey(db: Queryable, slug: string, now: Date): Promise<Survey | null> {
  const row = await surveyRow(db, slug);
  if (!row) return null;
  const consent = await surveyConsentText(db, row);
  if (!consent) return null;
  return { ...summaryFields(row, now), questions: row.questions, consent };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The results of a survey, counted from its rows: every counted response (in `verified` mode, the confirmed
 * votes). Free text is counted as answered, never read out.
 */
export async function surveyResults(db: Queryable, row: SurveyRow, now: Date): Promise<SurveyResults> {
  const texts = row.questions.filter((question) => question.kind === 'text').map((question) => question.id);
  const [{ responses } = { responses: 0 }] = await db.query<{ responses: number }>(
    "select count(*)::integer as responses from survey_responses where survey_id = $1 and status = 'counted'",
    [row.id],
  );
  // One row per question and chosen value: an option's id, a scale's number, '' for a text (never its words).
  const counts = await db.query<{ question: string; value: string; n: number }>(
    `select e.key as question,
            case when e.key = any($2::text[]) then '' when jsonb_typeof(e.value) = 'array' then x.value else e.value #>> '{}' end as value,
            count(*)::integer as n
     from survey_responses r
     cross join lateral jsonb_each(r.answers) e
     left join lateral jsonb_array_elements_text(case when jsonb_typeof(e.value) = 'array' then e.value else '[]'::jsonb end) x(value) on true
     where r.survey_id = $1 and r.status = 'counted'
     group by 1, 2`,
    [row.id, texts],
  );
  const answeredRows = await db.query<{ question: string; answered: number }>(
    `select e.key as question, count(*)::integer as answered
     from survey_responses r cross join lateral jsonb_each(r.answers) e
     where r.survey_id = $1 and r.status = 'counted'
     group by 1`,
    [row.id],
  );
  const answered = new Map(answeredRows.map((entry) => [entry.question, entry.answered]));
  const count = (question: string, value: string) =>
    counts.find((entry) => entry.question === question && entry.value === value)?.n ?? 0;
  const questions: QuestionResult[] = row.questions.map((question) => {
    const answeredBy = answered.get(question.id) ?? 0;
    switch (question.kind) {
      case 'single':
      case 'multiple':
        return {
          id: question.id,
          kind: question.kind,
          answered: answeredBy,
          options: question.options.map((option) => ({ id: option.id, count: count(question.id, option.id) })),
        };
      case 'scale': {
        const values = [];
        let sum = 0;
        let n = 0;
        for (let value = question.min; value <= question.max; value += 1) {
          const hits = count(question.id, String(value));
          values.push({ value, count: hits });
          sum += value * hits;
          n += hits;
        }
        return { id: question.id, kind: 'scale', answered: answeredBy, mean: n ? round2(sum / n) : null, values };
      }
      case 'text':
        return { id: question.id, kind: 'text', answered: answeredBy };
    }
  });
  return { slug: row.slug, state: stateOf(row, now), responses, questions, generatedAt: berlinIso(now) };
}
