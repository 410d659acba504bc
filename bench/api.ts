// `npm run bench` (api): requests per second and p99 latency of the API next to a bare node:http server that
// sends the same bytes, measured side by side in one run. The ratio is the figure; the target is that a cached
// list answers at half the bare server's rate or better.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { markdownTable, target, writeReport, type Target } from './lib/report.js';
import { startApi, stopProcess as stop } from './lib/server-process.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 32;

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, seconds: number): Promise<Run> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, pipelining: 1 });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function startBare(recordedFrom: string): Promise<{ child: ChildProcess; url: string }> {
  const response = await fetch(recordedFrom);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  const child = fork(fileURLToPath(new URL('./bare-server.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  const port = await new Promise<number>((resolve) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.send({ status: response.status, headers, body: body.toString('base64') });
  });
  const url = new URL(recordedFrom);
  return { child, url: `http://127.0.0.1:${port}${url.pathname}${url.search}` };
}

export async function benchApi(): Promise<Target[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinn-bench-'));
  const cachedDir = join(dataDir, 'cached');
  const uncachedDir = join(dataDir, 'uncached');
  const cases = [
    { name: 'cached list', path: '/v1/initiatives', dir: cachedDir, env: {} },
    {
      name: 'uncached filtered list',
      path: '/v1/initiatives?region=dresden,leipzig,chemnitz&topic=wohnen,bildung,inklusion,zusammenhalt&limit=20',
      dir: uncachedDir,
      env: { SINN_CACHE_ENTRIES: '0' },
    },
  ];
  const rows: { name: string; api: Run; bare: Run; ratio: number; bytes: number }[] = [];
  try {
    for (const item of cases) {
      const api = await startApi({ SINN_DATA_DIR: item.dir, ...item.env });
      const bare = await startBare(`${api.url}${item.path}`);
      const bytes = (await (await fetch(`${api.url}${item.path}`)).arrayBuffer()).byteLength;
      try {
        await load(`${api.url}${item.path}`, 2); // warm up: JIT, caches, connections
        await load(bare.url, 2);
        const apiRun = await load(`${api.url}${item.path}`, DURATION);
        const bareRun = await load(bare.url, DURATION);
        rows.push({ name: item.name, api: apiRun, bare: bareRun, ratio: apiRun.rps / bareRun.rps, bytes });
      } finally {
        await stop(api.child);
        await stop(bare.child);
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  const cached = rows.find((row) => row.name === 'cached list')!;
  const targets = [target('cached list rps / bare node:http rps', Number(cached.ratio.toFixed(3)), 'min', 0.5)];
  const markdown = [
    '# API throughput',
    '',
    `${CONNECTIONS} connections, ${DURATION} s per run, PGlite, one server process; each row's two servers measured one after the other in the same run, on the same machine. The bare server is node:http answering the same bytes and headers.`,
    '',
    markdownTable(
      ['case', 'body bytes', 'API req/s', 'API p99 ms', 'bare req/s', 'bare p99 ms', 'API / bare'],
      rows.map((row) => [
        row.name,
        row.bytes,
        Math.round(row.api.rps),
        row.api.p99,
        Math.round(row.bare.rps),
        row.bare.p99,
        row.ratio.toFixed(2),
      ]),
    ),
    '',
    ...targets.map((t) => `- ${t.met ? 'met' : 'MISSED'}: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})`),
  ].join('\n');
  writeReport('api', { date: new Date().toISOString(), connections: CONNECTIONS, seconds: DURATION, rows, targets }, markdown);
  process.stdout.write(`${markdown}\n`);
  return targets;
}
