// `npm run bench` (signups): sign-ups per second through POST /v1/memberships, the whole write path (challenge
// check, rate limit, idempotency key, sign-up, consent log and outbox mail in one transaction), on PGlite in one
// process and on PostgreSQL with one and with two server processes sharing the database, side by side in one
// run. The proof of work is made trivial and the rate limits wide: what is measured is the server, not the
// client's hashing. No target: the figures are for reading, and the two-process row shows that the write path
// scales out across processes (PGlite serves one).
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

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

interface Row {
  setup: string;
  processes: number;
  signups: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
  stored: number;
}

async function consentVersion(api: string): Promise<string> {
  return ((await (await fetch(`${api}/v1/consent-texts/current`)).json()) as { version: string }).version;
}

function body(n: number, version: string) {
  return {
    name: `Bench Person ${n}`,
    email: `bench-${n}-${randomUUID().slice(0, 8)}@example.org`,
    organisationKind: 'private-person',
    region: 'leipzig',
    interests: ['bildung'],
    offers: ['mentoring'],
    newsletter: false,
    consent: { version, accepted: true },
    language: 'de',
  };
}

/** The 202s of each warm-up, by the server it ran against. */
const warmUps = new Map<string, number>();

/** CLIENTS loops, each spreading its sign-ups over the given servers, for `seconds`; latency of the POST alone. */
async function load(apis: string[], seconds = SECONDS): Promise<{ count: number; latencies: number[]; failures: number }> {
  const version = await consentVersion(apis[0]!);
  // Each client takes the servers in turn, starting at its own.
  const turns = Array.from({ length: CLIENTS }, (_, client) => client);
  let n = 0;
  return writeLoad(seconds, (client) => ({ api: apis[turns[client]!++ % apis.length]!, path: '/v1/memberships', body: body(n++, version) }));
}

/** Loads the servers after a warm-up; `stored` is how many rows the measured run added (counted by the caller). */
async function measure(setup: string, apis: string[]): Promise<Row> {
  warmUps.set(apis[0]!, (await load(apis.slice(0, 1), 2)).count); // warm up the JIT and the connections
  const run = await load(apis);
  return {
    setup,
    processes: apis.length,
    signups: run.count,
    perSecond: Math.round((run.count / SECONDS) * 10) / 10,
    p50: percentile(run.latencies, 0.5),
    p99: percentile(run.latencies, 0.99),
    failures: run.failures,
    stored: 0,
  };
}

export async function benchSignups(): Promise<Target[]> {
  const rows: Row[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'sinn-bench-signups-'));
  try {
    const pglite = await startApi({ ...WRITE_ENV, SINN_DATA_DIR: dataDir });
    let row: Row;
    try {
      row = await measure('PGlite', [pglite.url]);
    } finally {
      await stopProcess(pglite.child);
    }
    // PGlite belongs to its process: its rows are counted once it has stopped. The warm-up's are taken off.
    const db = await PGlite.create({ dataDir: join(dataDir, 'pgdata') });
    const all = Number((await db.query<{ n: number }>('select count(*)::int as n from memberships')).rows[0]!.n);
    await db.close();
    row.stored = all - warmUps.get(pglite.url)!;
    rows.push(row);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  const cluster = await startCluster();
  try {
    for (const processes of [1, 2]) {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      const name = `sinn_bench_${processes}`;
      await admin.query(`drop database if exists ${name}`);
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(cluster.url);
      url.pathname = `/${name}`;
      const env = { ...WRITE_ENV, DATABASE_URL: url.toString() };
      const servers = [];
      for (let i = 0; i < processes; i++) servers.push(await startApi(env));
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      try {
        const row = await measure(`PostgreSQL ${cluster.version.replace(/^postgres \(PostgreSQL\) /, '')}`, servers.map((s) => s.url));
        const all = Number((await db.query<{ n: string }>('select count(*) as n from memberships')).rows[0]!.n);
        row.stored = all - warmUps.get(servers[0]!.url)!;
        rows.push(row);
      } finally {
        await db.end();
        await Promise.all(servers.map((s) => stopProcess(s.child)));
      }
    }
  } finally {
    cluster.stop();
  }

  const markdown = [
    '# Sign-up throughput',
    '',
    `${CLIENTS} clients for ${SECONDS} s per row, each fetching a challenge, solving it (trivial difficulty) and posting a sign-up; ` +
      'req/s counts answered 202s; latency is of the POST alone. "stored" counts the rows the database gained, which must equal the 202s. ' +
      'The test cluster runs PostgreSQL with fsync off (as the tests do): these figures are of the server, not of a disk. ' +
      'Every sign-up here comes from one address without a partner key, so all of them count on the same two rate-limit rows, ' +
      'which each transaction holds until it commits: that serialises them, and on a machine whose cores the clients, the ' +
      'database and the servers share, a second process adds contention rather than throughput. Sign-ups from many ' +
      'addresses and partners spread over many rows.',
    '',
    markdownTable(
      ['database', 'server processes', 'sign-ups', 'sign-ups/s', 'p50 ms', 'p99 ms', 'not 202', 'stored'],
      rows.map((row) => [row.setup, row.processes, row.signups, row.perSecond, row.p50, row.p99, row.failures, row.stored]),
    ),
  ].join('\n');
  writeReport('signups', { date: new Date().toISOString(), clients: CLIENTS, seconds: SECONDS, rows }, markdown);
  process.stdout.write(`${markdown}\n`);
  return [];
}
