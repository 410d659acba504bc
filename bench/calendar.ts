// `npm run bench` (calendar): how fast <sinn-event-calendar> shows a month of 50, 500 and 5,000 events, and how
// many DOM nodes it takes, next to FullCalendar 7's month view on the same events, in the same Chromium, in one
// run. Both pages are served by the SINN server over HTTP, both calendars show three events a day and "+N more",
// both are timed from their creation to the end of the first frame that paints every visible event; the median
// of several runs counts, each on a fresh calendar. FullCalendar is installed for the benchmark only, into
// bench/.cache/, never into the project's dependencies.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Event } from '@sinn/sdk';
import { build } from 'esbuild';
import puppeteer, { type Page } from 'puppeteer-core';
import { startServerProcess, stopProcess } from '../packages/server/test/helpers/process.js';
import { buildScriptTag, chunkFile, kb, measure } from './bundle.js';
import { calendarEvents, MONTH } from './lib/calendar-events.js';
import { bundleFullCalendar, installFullCalendar } from './lib/fullcalendar.js';
import type { Library, RunResult } from './lib/calendar-page.js';
import { markdownTable, median, type Target, target, writeReport } from './lib/report.js';
import { compressedTwins } from '../scripts/rollup-precompress.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CACHE = join(ROOT, 'bench/.cache');
/** The pages and what they load, served by the SINN server as its example folder. */
const PAGES = join(CACHE, 'calendar-pages');
const SIZES = [50, 500, 5000];
// Fifteen: on a shared machine single runs stray by half their time, and the median of nine still moved by a tenth.
const RUNS = Number(process.env.BENCH_CALENDAR_RUNS ?? 15);
const LIBRARIES: Library[] = ['sinn', 'fullcalendar'];
const VIEWPORT = { width: 1200, height: 1400 };

function pageHtml(library: Library, title: string, head: string): string {
  return `<!doctype html>
<html lang="de" data-library="${library}">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="stylesheet" href="bench.css" />
    ${head}
    <script type="module" src="harness.js"></script>
  </head>
  <body>
    <main id="stage"></main>
  </body>
</html>
`;
}

/** Writes both pages, the harness they share, FullCalendar's bundle and the events as JSON. */
async function writePages(fullCalendar: { js: Buffer; css: Buffer }): Promise<void> {
  rmSync(PAGES, { recursive: true, force: true });
  mkdirSync(PAGES, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'bench/lib/calendar-page.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(PAGES, 'harness.js'),
    logLevel: 'warning',
  });
  writeFileSync(join(PAGES, 'fullcalendar.js'), fullCalendar.js);
  writeFileSync(join(PAGES, 'fullcalendar.css'), fullCalendar.css);
  // The same room for both: wide enough for the SINN grid (below 40em it shows an agenda).
  writeFileSync(join(PAGES, 'bench.css'), 'body { margin: 0; font: 16px/1.5 sans-serif; }\n#stage { width: 1100px; padding: 16px; }\n');
  writeFileSync(join(PAGES, 'sinn.html'), pageHtml('sinn', 'SINN', '<script type="module" src="/widgets/sinn.js"></script>'));
  writeFileSync(
    join(PAGES, 'fullcalendar.html'),
    pageHtml('fullcalendar', 'FullCalendar', '<link rel="stylesheet" href="fullcalendar.css" />\n    <script src="fullcalendar.js"></script>'),
  );
  for (const size of SIZES) {
    const events = calendarEvents(size);
    // Valid SINN data, as the API would send it.
    for (const event of events) Event.parse(event);
    writeFileSync(join(PAGES, `events-${size}.json`), JSON.stringify(events));
  }
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

interface Measured {
  size: number;
  library: Library;
  /** Each run's time, and of it the part spent in creating the calendar and the frames it took. */
  runs: number[];
  syncMs: number[];
  frames: number[];
  median: number;
  /** From the last run; the same in every run. */
  elements: number;
  nodes: number;
  events: number;
  more: number;
}

export async function benchCalendar(): Promise<Target[]> {
  const files = buildScriptTag();
  // The element's own chunk, not the one it loads on demand (event-calendar-structured-data-…), each with the
  // German strings that come beside it (the larger language).
  const own = measure(chunkFile(files, 'event-calendar'));
  const ownDe = measure(chunkFile(files, 'event-calendar-de'));
  const shared = measure(chunkFile(files, 'runtime'));
  const sharedDe = measure(chunkFile(files, 'runtime-de'));
  const chunk = { file: `${own.file} + ${ownDe.file}`, gzip: own.gzip + ownDe.gzip };
  const runtime = { file: `${shared.file} + ${sharedDe.file}`, gzip: shared.gzip + sharedDe.gzip };
  const loader = measure('sinn.js');
  const version = installFullCalendar();
  const fullCalendar = await bundleFullCalendar();
  await writePages(fullCalendar);
  // Compressed as SINN's chunks are (scripts/rollup-precompress.mjs), for a like comparison.
  const [fcJs, fcCss] = await Promise.all([compressedTwins(fullCalendar.js), compressedTwins(fullCalendar.css)]);
  const fcGzip = { js: fcJs.gz!.length, css: fcCss.gz!.length };

  const dataDir = mkdtempSync(join(tmpdir(), 'sinn-calendar-'));
  const server = await startServerProcess({ SINN_DATA_DIR: dataDir, SINN_LOG_LEVEL: 'warn', SINN_EXAMPLES_DIR: PAGES });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Garbage of the previous run is collected before the clock starts, not during the next run.
      '--js-flags=--expose-gc',
    ],
  });
  const problems: string[] = [];
  const measured: Measured[] = [];
  // Requests a page makes while a run is timed: none, for either (the events are given, the labels loaded).
  const requests: string[] = [];
  let timing = false;
  try {
    const pages = {} as Record<Library, Page>;
    for (const library of LIBRARIES) {
      const tab = await browser.newPage();
      await tab.setViewport(VIEWPORT);
      tab.on('console', (message) => {
        // A browser asks every origin for a favicon; the SINN server has none.
        if (message.location().url?.endsWith('/favicon.ico')) return;
        if (message.type() === 'error' || message.type() === 'warn') {
          const where = message.location().url;
          problems.push(`${library}: ${message.text()}${where ? ` (${where.replace(server.url, '')})` : ''}`);
        }
      });
      tab.on('request', (request) => {
        if (timing) requests.push(`${library}: ${request.url().replace(server.url, '')}`);
      });
      tab.on('pageerror', (error) => problems.push(`${library}: ${error instanceof Error ? error.message : String(error)}`));
      await tab.goto(`${server.url}/examples/${library}.html`, { waitUntil: 'networkidle0' });
      await tab.waitForFunction(() => 'calendarBench' in window);
      pages[library] = tab;
    }
    const run = async (library: Library, size: number): Promise<RunResult> => {
      const tab = pages[library];
      // Only the tab in front gets its frames; a tab behind is throttled.
      await tab.bringToFront();
      return tab.evaluate((count, month) => window.calendarBench.run(count, month), size, MONTH);
    };
    for (const size of SIZES) {
      const results: Record<Library, RunResult[]> = { sinn: [], fullcalendar: [] };
      // One run of each to warm up (loading the element's chunk, compiling), not counted; then the libraries
      // take turns, so that whatever the machine does meanwhile falls on both.
      for (let index = 0; index <= RUNS; index += 1) {
        const order = index % 2 ? [...LIBRARIES].reverse() : LIBRARIES;
        for (const library of order) {
          timing = index > 0;
          const result = await run(library, size);
          timing = false;
          if (index > 0) results[library].push(result);
        }
      }
      // What each calendar looked like, to check by eye that they show the same (bench/.cache/, not committed).
      for (const library of LIBRARIES) {
        await pages[library].bringToFront();
        await pages[library].screenshot({ path: join(CACHE, `calendar-${library}-${size}.png`) });
      }
      for (const library of LIBRARIES) {
        const last = results[library].at(-1)!;
        const runs = results[library].map((result) => round(result.ms));
        const syncMs = results[library].map((result) => round(result.syncMs));
        const frames = results[library].map((result) => result.frames);
        measured.push({ size, library, runs, syncMs, frames, median: round(median(runs)), elements: last.elements, nodes: last.nodes, events: last.events, more: last.more });
      }
      const line = LIBRARIES.map((library) => {
        const m = measured.find((entry) => entry.size === size && entry.library === library)!;
        return `${library} ${m.median} ms`;
      });
      process.stdout.write(`calendar, ${size} events: ${line.join(', ')}\n`);
    }
  } finally {
    await browser.close();
    await stopProcess(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (requests.length) problems.push(...requests.map((request) => `request while timed: ${request}`));
  if (problems.length) process.stdout.write(`The pages reported:\n${[...new Set(problems)].map((p) => `  ${p}`).join('\n')}\n`);

  const of = (size: number, library: Library) => measured.find((entry) => entry.size === size && entry.library === library)!;
  const ratio = (size: number) => round(of(size, 'sinn').median / of(size, 'fullcalendar').median, 2);
  const targets = [
    target('calendar, 500 events: time to show the month, SINN ÷ FullCalendar', ratio(500), 'max', 0.3),
    target('calendar, 5,000 events: time to show the month, SINN ÷ FullCalendar', ratio(5000), 'max', 0.3),
    // Its sizes are targets of the size part (bench/bundle.ts), reckoned there as for every element.
  ];
  const firstFrame = measured.every((entry) => entry.frames.every((frames) => frames === 1));
  const markdown = [
    '# A month of events: <sinn-event-calendar> and FullCalendar',
    '',
    `The month grid of \`<sinn-event-calendar>\` next to FullCalendar ${version}'s \`dayGridMonth\`, on the same events of ` +
      `November 2026, in one Chromium (${VIEWPORT.width}×${VIEWPORT.height}, calendars 1100 px wide), both pages served by the ` +
      'SINN server. Both show three events a day and "+N more", in German, in Europe/Berlin, with the month and its ' +
      'navigation above. Time: from creating the calendar (with the events given to it) to the end of the first frame ' +
      'that paints every visible event. The calendar is created at the start of a frame (in a requestAnimationFrame ' +
      'callback), so the time is the work of script, style, layout and paint, not a wait for the next refresh of the ' +
      `display. The median of ${RUNS} runs after one to warm up, each on a fresh calendar, the two libraries taking turns; ` +
      `${firstFrame ? 'every run of both painted all its events in that first frame' : 'some runs needed more frames (see frames in the JSON)'}. ` +
      'Made by `bench/calendar.ts`; the pages and ' +
      'screenshots of both calendars are in `bench/.cache/`.',
    '',
    markdownTable(
      ['events', 'SINN ms (median)', 'FullCalendar ms (median)', 'ratio', 'SINN DOM elements', 'FullCalendar DOM elements'],
      SIZES.map((size) => [size, of(size, 'sinn').median, of(size, 'fullcalendar').median, ratio(size), of(size, 'sinn').elements, of(size, 'fullcalendar').elements]),
    ),
    '',
    'DOM elements: inside the calendar, for SINN its shadow root and its light DOM. All nodes (text and comments too; ' +
      "Lit marks each binding with a comment), and the events and \"+N more\" each calendar put in the DOM:",
    '',
    markdownTable(
      ['events', 'SINN nodes', 'FullCalendar nodes', 'SINN events / +N more', 'FullCalendar events / +N more'],
      SIZES.map((size) => [
        size,
        of(size, 'sinn').nodes,
        of(size, 'fullcalendar').nodes,
        `${of(size, 'sinn').events} / ${of(size, 'sinn').more}`,
        `${of(size, 'fullcalendar').events} / ${of(size, 'fullcalendar').more}`,
      ]),
    ),
    '',
    '## What a page downloads for it (KB = 1,024 bytes, gzip -9)',
    '',
    markdownTable(
      ['', 'gzip KB'],
      [
        [`SINN: the event calendar's chunk (${chunk.file})`, kb(chunk.gzip)],
        [`SINN: runtime + chunk (${runtime.file})`, kb(runtime.gzip + chunk.gzip)],
        ['SINN: loader + runtime + chunk', kb(loader.gzip + runtime.gzip + chunk.gzip)],
        [`FullCalendar ${version}: calendar, day grid, classic theme, German (esbuild, minified)`, kb(fcGzip.js)],
        ['FullCalendar: its CSS (skeleton, classic theme and palette)', kb(fcGzip.css)],
        ['FullCalendar: script + CSS', kb(fcGzip.js + fcGzip.css)],
      ],
    ),
    '',
    ...targets.map((t) => `- ${t.met ? 'met' : 'MISSED'}: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})`),
  ].join('\n');
  writeReport(
    'calendar',
    {
      date: new Date().toISOString(),
      fullCalendar: version,
      runs: RUNS,
      viewport: VIEWPORT,
      results: measured,
      sizes: {
        chunk,
        runtime,
        loader,
        fullCalendar: { js: { raw: fullCalendar.js.length, gzip: fcGzip.js }, css: { raw: fullCalendar.css.length, gzip: fcGzip.css } },
      },
      problems: [...new Set(problems)],
      targets,
    },
    markdown,
  );
  process.stdout.write(`${markdown}\n`);
  return targets;
}
