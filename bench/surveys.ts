// `npm run bench` (surveys): survey responses per second through POST /v1/surveys/{slug}/responses, the whole write
// path (challenge check, rate limit, idempotency key, the survey read and locked, the response, its consent and, in
// `verified` mode, its mail in one transaction), on PGlite and on PostgreSQL, in `open` mode and in `verified` mode
// with every vote from a new address. At the end of each row the counts are checked against the rows: the 202s,
// the rows the database holds and the counts the staff API computes from them must be equal, or the bench fails.
// No target: the figures are for reading.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { startCluster } from '../scripts/lib/postgres-cluster.mjs';
import { markdownTable, writeReport, type Target } from './lib/report.js';
import { startApi, stopProcess } from './lib/server-process.js';
import { CLIENTS, percentile, WRITE_ENV, writeLoad } from './lib/write-load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const TOKEN = 'bench-staff-token-0123456789abcdef';

const SURVEY_ENV = { ...WRITE_ENV, ADMIN_TOKEN: TOKEN };

type Mode = 'open' | 'verified';

interface Row {
  setup: string;
  mode: Mode;
  responses: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
  stored: number;
  counted: number;
}

interface BenchSurvey {
  slug: string;
  version: string;
}

const staff = (api: string, path: string, body?: unknown) =>
  fetch(`${api}/v1/admin/surveys${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** A survey of two questions in `mode`, open now, by the first demo survey's organiser. */
async function createSurvey(api: string, mode: Mode): Promise<BenchSurvey> {
  const demo = (await (await fetch(`${api}/v1/surveys`)).json()) as { items: { organiser: { slug: string } }[] };
  const now = Date.now();
  const created = await staff(api, '', {
    slug: `bench-${mode}-${randomUUID().slice(0, 8)}`,
    title: { de: 'Bench', en: 'Bench' },
    intro: { de: 'Bench', en: 'Bench' },
    organiser: demo.items[0]!.organiser.slug,
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 3_600_000).toISOString(),
    resultsPolicy: 'after-close',
    integrity: mode,
    questions: [
      { id: 'wahl', kind: 'single', required: true, label: { de: 'Wahl', en: 'Choice' }, options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: { de: id, en: id } })) },
      { id: 'note', kind: 'scale', label: { de: 'Note', en: 'Grade' }, min: 1, max: 5, minLabel: { de: '1', en: '1' }, maxLabel: { de: '5', en: '5' } },
    ],
  });
  if (created.status !== 201) throw new Error(`the bench survey was not created: ${created.status} ${await created.text()}`);
  const { slug } = (await created.json()) as { slug: string };
  const survey = (await (await fetch(`${api}/v1/surveys/${slug}`)).json()) as { consent: { version: string } };
  return { slug, version: survey.consent.version };
}

function load(api: string, survey: BenchSurvey, mode: Mode, seconds: number) {
  let n = 0;
  return writeLoad(seconds, () => {
    const i = n++;
    return {
      api,
      path: `/v1/surveys/${survey.slug}/responses`,
      body: {
        answers: { wahl: 'abcde'[i % 5], note: (i % 5) + 1 },
        consent: { version: survey.version, accepted: true },
        language: 'de',
        ...(mode === 'verified' ? { email: `voter-${i}-${randomUUID().slice(0, 8)}@example.org` } : {}),
      },
    };
  });
}

/** What the staff API counts from the rows: counted responses in `open` mode, pending votes in `verified` mode. */
async function apiCount(api: string, survey: BenchSurvey, mode: Mode): Promise<number> {
  const record = (await (await staff(api, `/${survey.slug}`)).json()) as { responses: { counted: number; pending: number } };
  if (mode === 'verified') return record.responses.pending;
  const results = (await (await staff(api, `/${survey.slug}/results`)).json()) as { responses: number; questions: { answered: number }[] };
  // Every response answered the required question: its count is the responses' count again, made another way.
  if (results.questions[0]!.answered !== results.responses) throw new Error('the results disagree with themselves');
  return results.responses;
}

/** Runs both modes against one server; `rows(slug)` counts the stored rows of a survey (after `stop` for PGlite). */
async function measure(setup: string, api: string): Promise<{ rows: Row[]; surveys: BenchSurvey[] }> {
  const warm = await createSurvey(api, 'open');
  await load(api, warm, 'open', 2); // the JIT and the connections
  const rows: Row[] = [];
  const surveys: BenchSurvey[] = [];
  for (const mode of ['open', 'verified'] as const) {
    const survey = await createSurvey(api, mode);
    const run = await load(api, survey, mode, SECONDS);
    rows.push({
      setup,
      mode,
      responses: run.count,
      perSecond: Math.round((run.count / SECONDS) * 10) / 10,
      p50: percentile(run.latencies, 0.5),
      p99: percentile(run.latencies, 0.99),
      failures: run.failures,
      stored: 0,
      counted: await apiCount(api, survey, mode),
    });
    surveys.push(survey);
  }
  return { rows, surveys };
}

const STORED = 'select count(*)::int as n from survey_responses r join surveys s on s.id = r.survey_id where s.slug = $1';

export async function benchSurveys(): Promise<Target[]> {
  const rows: Row[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'sinn-bench-surveys-'));
  try {
    const pglite = await startApi({ ...SURVEY_ENV, SINN_DATA_DIR: dataDir });
    let measured: Awaited<ReturnType<typeof measure>>;
    try {
      measured = await measure('PGlite', pglite.url);
    } finally {
      await stopProcess(pglite.child);
    }
    // PGlite belongs to its process: its rows are counted once it has stopped.
    const db = await PGlite.create({ dataDir: join(dataDir, 'pgdata') });
    for (const [index, row] of measured.rows.entries()) {
      row.stored = Number((await db.query<{ n: number }>(STORED, [measured.surveys[index]!.slug])).rows[0]!.n);
    }
    await db.close();
    rows.push(...measured.rows);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  const cluster = await startCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('drop database if exists sinn_bench_surveys');
    await admin.query('create database sinn_bench_surveys');
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = '/sinn_bench_surveys';
    const server = await startApi({ ...SURVEY_ENV, DATABASE_URL: url.toString() });
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    try {
      const measured = await measure(`PostgreSQL ${cluster.version.replace(/^postgres \(PostgreSQL\) /, '')}`, server.url);
      for (const [index, row] of measured.rows.entries()) {
        row.stored = Number((await db.query<{ n: number }>(STORED, [measured.surveys[index]!.slug])).rows[0]!.n);
      }
      rows.push(...measured.rows);
    } finally {
      await db.end();
      await stopProcess(server.child);
    }
  } finally {
    cluster.stop();
  }

  const markdown = [
    '# Survey responses per second',
    '',
    `${CLIENTS} clients for ${SECONDS} s per row, each fetching a challenge, solving it (trivial difficulty) and posting a response ` +
      'to a survey of two questions; in `verified` mode every vote comes from a new address, and is stored pending with its mail. ' +
      'responses/s counts answered 202s; latency is of the POST alone. "stored" counts the rows the database holds for the survey, ' +
      '"counted" what the staff API computes from them (the results in `open` mode, the pending votes in `verified` mode): both ' +
      'must equal the 202s, or the bench fails. The test cluster runs PostgreSQL with fsync off (as the tests do).',
    '',
    markdownTable(
      ['database', 'mode', 'responses', 'responses/s', 'p50 ms', 'p99 ms', 'not 202', 'stored', 'counted'],
      rows.map((row) => [row.setup, row.mode, row.responses, row.perSecond, row.p50, row.p99, row.failures, row.stored, row.counted]),
    ),
  ].join('\n');
  writeReport('surveys', { date: new Date().toISOString(), clients: CLIENTS, seconds: SECONDS, rows }, markdown);
  process.stdout.write(`${markdown}\n`);
  const wrong = rows.filter((row) => row.stored !== row.responses || row.counted !== row.responses);
  if (wrong.length) throw new Error(`counts and rows disagree: ${JSON.stringify(wrong)}`);
  return [];
}
