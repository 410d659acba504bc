// `npm run bench` (lighthouse): Lighthouse 12 on every example page, as `npm start` serves them (the API with its
// demo data serving examples/ and the built widgets, the partner site with its strict Content-Security-Policy on
// the next origin), with Lighthouse's defaults: a phone (Moto G Power's screen, 412 × 823 at 1.75 device pixels)
// on simulated mobile throttling, in Debian's Chromium. Per page its accessibility score, its cumulative layout
// shift and the audits it fails. Each page is run several times (the layout shift depends on when the answers
// come); the targets take the worst run: accessibility 1.0 and a layout shift of at most 0.01 on every page.
// Chromium is started by puppeteer-core, as for the other benches, and Lighthouse drives it through its debugging
// port (Lighthouse's own chrome-launcher is no dependency of the project).
import { cpus } from 'node:os';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { addressOf, runTs, stopProcess } from '../packages/server/test/helpers/process.js';
import { buildScriptTag } from './bundle.js';
import { markdownTable, median, target, writeReport, type Target } from './lib/report.js';
import { startSinnServer } from './lib/sinn-server.js';

const RUNS = Number(process.env.BENCH_ROUNDS ?? 3);
/** The pages under /examples/ of the API; react/ is the Vite app's note, as a server that does not build it shows it. */
const PAGES = ['index', 'plain', 'caritas', 'dark', 'hostile', 'english', 'calendar', 'join', 'mentors', 'map', 'react/'];
const MAX_SHIFT = 0.01;

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  details?: { items?: { node?: { selector?: string; snippet?: string } }[] };
}

interface Run {
  accessibility: number;
  cls: number;
  /** The accessibility audits that failed, with the elements they name. */
  failing: { id: string; title: string; elements: string[] }[];
  /**
   * Every layout shift of the load in the trace, ms after the navigation began (Lighthouse 12.2's own list of the
   * elements that shifted fails on this Chromium's traces). Lighthouse counts those within 500 ms of its setting
   * the phone's screen and those after without recent input.
   */
  shifts: { at: number; score: number }[];
}

export interface PageResult {
  page: string;
  url: string;
  runs: Run[];
}

interface TraceEvent {
  name: string;
  ts: number;
  args: { data?: { score?: number; isLoadingMainFrame?: boolean } };
}

function readRun(
  lhr: { categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>; audits: Record<string, Audit> },
  trace: TraceEvent[],
): Run {
  const accessibility = lhr.categories.accessibility!;
  const failing = accessibility.auditRefs
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1)
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      elements: (audit.details?.items ?? []).map((item) => item.node?.selector ?? item.node?.snippet ?? '?'),
    }));
  const start = trace.find((event) => event.name === 'navigationStart' && event.args.data?.isLoadingMainFrame)?.ts ?? 0;
  return {
    accessibility: accessibility.score ?? 0,
    cls: Number((lhr.audits['cumulative-layout-shift']!.numericValue ?? 0).toFixed(4)),
    failing,
    shifts: trace
      .filter((event) => event.name === 'LayoutShift')
      .map((event) => ({ at: Math.round((event.ts - start) / 1000), score: Number((event.args.data?.score ?? 0).toFixed(4)) })),
  };
}

/** Runs Lighthouse on each page `RUNS` times, in one Chromium that Lighthouse drives through its debugging port. */
export async function measureLighthouse(pages: { page: string; url: string }[]): Promise<PageResult[]> {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    // `headless: true` is Chromium's new headless mode (--headless=new).
    headless: true,
    // Lighthouse opens its own tab and sets the phone's screen itself.
    defaultViewport: null,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--remote-debugging-port=0'],
  });
  const port = Number(new URL(browser.wsEndpoint()).port);
  const results: PageResult[] = pages.map((page) => ({ ...page, runs: [] }));
  try {
    // Round after round rather than page after page: a busy moment of the machine falls on several pages, not on
    // every run of one.
    for (let round = 0; round < RUNS; round++) {
      for (const result of results) {
        const answer = await lighthouse(result.url, { port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'performance'] });
        if (!answer) throw new Error(`Lighthouse gave no result for ${result.url}`);
        if (answer.lhr.runtimeError) throw new Error(`Lighthouse on ${result.url}: ${answer.lhr.runtimeError.message}`);
        const trace = (answer.artifacts as unknown as { Trace: { traceEvents: TraceEvent[] } }).Trace.traceEvents;
        result.runs.push(readRun(answer.lhr as unknown as Parameters<typeof readRun>[0], trace));
        process.stdout.write(`lighthouse ${result.page} (${round + 1}/${RUNS}): accessibility ${result.runs.at(-1)!.accessibility}, CLS ${result.runs.at(-1)!.cls}\n`);
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

export async function benchLighthouse(): Promise<Target[]> {
  buildScriptTag();
  const server = await startSinnServer();
  let partner: Awaited<ReturnType<typeof addressOf>> | undefined;
  let results: PageResult[];
  try {
    // The partner site as `npm start` runs it beside the API, embedding the elements from the API's origin.
    partner = await addressOf(runTs('examples/partner-site/server.mjs', { PORT: '0', HOST: '127.0.0.1', SINN_API: server.url }));
    results = await measureLighthouse([
      ...PAGES.map((page) => ({ page: page.endsWith('/') ? page : `${page}.html`, url: `${server.url}/examples/${page.endsWith('/') ? page : `${page}.html`}` })),
      { page: 'partner-site/', url: `${partner.url}/` },
    ]);
  } finally {
    if (partner) await stopProcess(partner.child);
    await server.stop();
  }

  const worst = results.map((result) => ({
    ...result,
    accessibility: Math.min(...result.runs.map((run) => run.accessibility)),
    cls: Math.max(...result.runs.map((run) => run.cls)),
    medianCls: median(result.runs.map((run) => run.cls)),
    failing: [...new Map(result.runs.flatMap((run) => run.failing).map((audit) => [audit.id, audit])).values()],
  }));
  const targets = worst.flatMap((result) => [
    target(`Lighthouse accessibility, examples/${result.page} (lowest of ${RUNS} runs)`, result.accessibility, 'min', 1),
    target(`Lighthouse cumulative layout shift, examples/${result.page} (highest of ${RUNS} runs)`, result.cls, 'max', MAX_SHIFT),
  ]);
  const markdown = [
    '# Lighthouse on the example pages',
    '',
    `Lighthouse 12.2.3's defaults (a phone: 412 × 823 CSS pixels at 1.75 device pixels, simulated mobile throttling), accessibility and performance categories, in Debian's Chromium, headless; ${RUNS} runs of each page. The pages as \`npm start\` serves them: the API in production mode with its demo data, and the partner site with its strict Content-Security-Policy on its own origin. The accessibility score is the lowest of the runs, the layout shift the highest (the median beside it). Machine: ${cpus().length} CPUs, shared.`,
    '',
    markdownTable(
      ['page', 'accessibility', 'cumulative layout shift (highest)', 'median', 'failing audits'],
      worst.map((result) => [
        result.page,
        result.accessibility.toFixed(2),
        result.cls.toFixed(4),
        result.medianCls.toFixed(4),
        result.failing.length ? result.failing.map((audit) => `${audit.id} (${audit.elements.join(', ')})`).join('; ') : 'none',
      ]),
    ),
    '',
    ...targets.map((t) => `- ${t.met ? 'met' : 'MISSED'}: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})`),
  ].join('\n');
  writeReport('lighthouse', { date: new Date().toISOString(), lighthouse: '12.2.3', runs: RUNS, pages: results, targets }, markdown);
  process.stdout.write(`${markdown}\n`);
  return targets;
}
