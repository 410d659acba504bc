// `npm run bench` (search): latency of the German mentor search (GET /v1/mentors?q=, with facets and highlights)
// as a person types, next to the plain list (no q, facets too) in the same run, over 5,000 mentors, on
// PostgreSQL and on PGlite. The response cache is off, so every request reaches the database. The target: on
// PostgreSQL, the typed queries' p95 is at most three times the plain list's p95.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { startCluster } from '../scripts/lib/postgres-cluster.mjs';
import { readConfig } from '../packages/server/src/config.js';
import type { Database } from '../packages/server/src/db/database.js';
import { openPglite } from '../packages/server/src/db/pglite.js';
import { openPostgres } from '../packages/server/src/db/postgres.js';
import { createLogger } from '../packages/server/src/http/logger.js';
import { generateDemoData } from '../packages/server/src/seed/generate.js';
import type { MentorRow } from '../packages/server/src/seed/types.js';
import { prepare, startServer } from '../packages/server/src/server.js';
import { markdownTable, target, writeReport, type Target } from './lib/report.js';

const MENTORS = 5_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TODAY = '2026-11-15';

// What people type, letter by letter from the second one: real words of the demo mentors (names, expertise
// labels, biography words), one or two words, umlauts typed or spelled out, one typo.
const TYPED = [
  'Fördermittel',
  'Foerdermittel Leipzig',
  'Crowdfunding',
  'Gründung',
  'Wirkungsmessung',
  'Ehrenamtsmanagement',
  'Digitalisierung Dresden',
  'Sozialrecht',
  'Öffentlichkeitsarbeit',
  'Geschäftsmodel',
];
const QUERIES = TYPED.flatMap((text) => Array.from({ length: text.length - 1 }, (_, i) => text.slice(0, i + 2)));

/** 5,000 mentors: the demo generator's 168 per seed, over as many seeds as it takes, slugs made unique. */
function mentors(): MentorRow[] {
  const rows: MentorRow[] = [];
  for (let seed = 0; rows.length < MENTORS; seed++) {
    for (const row of generateDemoData({ seed: `bench-${seed}`, today: TODAY }).mentors) {
      if (rows.length === MENTORS) break;
      rows.push({ ...row, id: randomUUID(), slug: `${row.slug}-${seed}`, photoId: null, photoAlt: null });
    }
  }
  return rows;
}

async function insert(db: Database, rows: MentorRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    const batch = rows.slice(start, start + 500);
    await db.query(
      `insert into mentors (id, slug, name, role, bio, expertise, region, languages, formats, availability, organisation, email)
       select * from jsonb_to_recordset($1::jsonb) as r (id uuid, slug text, name text, role text, bio text,
         expertise text[], region text, languages text[], formats text[], availability text, organisation text, email text)`,
      [
        JSON.stringify(
          batch.map(({ id, slug, name, role, bio, expertise, region, languages, formats, availability, organisation, email }) => ({
            id,
            slug,
            name,
            role,
            bio,
            expertise,
            region,
            languages,
            formats,
            availability,
            organisation,
            email,
          })),
        ),
      ],
    );
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Stats {
  requests: number;
  p50: number;
  p95: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (ms: number) => Number(ms.toFixed(2));
  return { requests: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1)!) };
}

async function timed(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  const ms = performance.now() - start;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return ms;
}

async function measure(kind: 'postgres' | 'pglite', db: Database, rows: MentorRow[]) {
  const config = { ...readConfig({}), port: 0, demoData: false, cacheEntries: 0, logLevel: 'error' as const };
  const deps = await prepare(db, config, { logger: createLogger('error', () => {}) });
  await insert(db, rows);
  await db.exec('analyze mentors; analyze mentor_search_words');
  const server = await startServer(deps);
  try {
    const plainUrl = `${server.url}/v1/mentors?limit=20`;
    const typedUrls = QUERIES.map((q) => `${server.url}/v1/mentors?limit=20&q=${encodeURIComponent(q)}`);
    for (const url of [plainUrl, ...typedUrls]) await timed(url); // warm up
    const plain: number[] = [];
    const typed: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const url of typedUrls) {
        typed.push(await timed(url));
        plain.push(await timed(plainUrl));
      }
    }
    const vocabulary = (await db.query<{ words: number }>('select count(*)::integer as words from mentor_search_words'))[0]!.words;
    return { kind, vocabulary, plain: stats(plain), typed: stats(typed), load: Number(loadavg()[0]!.toFixed(2)) };
  } finally {
    await server.close();
  }
}

export async function benchMentorSearch(): Promise<Target[]> {
  const rows = mentors();
  const results = [];
  const cluster = await startCluster();
  try {
    const db = await openPostgres(cluster.url);
    try {
      results.push(await measure('postgres', db, rows));
    } finally {
      await db.close();
    }
  } finally {
    cluster.stop();
  }
  const lite = await openPglite();
  try {
    results.push(await measure('pglite', lite, rows));
  } finally {
    await lite.close();
  }

  const postgres = results.find((result) => result.kind === 'postgres')!;
  const targets = [
    target('search p95 / plain list p95 on PostgreSQL', Number((postgres.typed.p95 / postgres.plain.p95).toFixed(2)), 'max', 3),
  ];
  const markdown = [
    '# Mentor search latency',
    '',
    `${MENTORS} mentors, ${QUERIES.length} typed queries (every prefix from two letters of ${TYPED.length} texts) × ${ROUNDS} rounds, each followed by a plain list request; one request at a time, response cache off, limit 20, facets and highlights included. Milliseconds per request as the client sees it, server in the same process. Machine: ${cpus().length} CPUs; the 1-minute load average at the end of each database's run is in the last column (other work on the machine inflates every figure alike).`,
    '',
    markdownTable(
      ['database', 'vocabulary words', 'request', 'requests', 'p50 ms', 'p95 ms', 'max ms', 'load'],
      results.flatMap((result) => [
        [result.kind, result.vocabulary, 'plain list', result.plain.requests, result.plain.p50, result.plain.p95, result.plain.max, result.load],
        [result.kind, result.vocabulary, 'typed search', result.typed.requests, result.typed.p50, result.typed.p95, result.typed.max, result.load],
      ]),
    ),
    '',
    ...targets.map((t) => `- ${t.met ? 'met' : 'MISSED'}: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})`),
  ].join('\n');
  writeReport('mentor-search', { date: new Date().toISOString(), mentors: MENTORS, queries: QUERIES, rounds: ROUNDS, results, targets }, markdown);
  process.stdout.write(`${markdown}\n`);
  return targets;
}
