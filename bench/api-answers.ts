// `npm run bench` (answers): how many bytes a page downloads from the SINN API, measured in Chromium from the
// answers the elements really ask for: the calendar's example page (examples/calendar.html: a month with filters,
// week numbers and structured data, beside the next four events in Dresden) until it is still, and the first page
// of six initiative cards. Each answer's body is compressed here as a server would send it (gzip 9, brotli 11),
// headers not counted. The elements are bundled from their sources (esbuild), so no build is needed; the API is
// the real server on the demo data of the tests' fixed day, the calendar shown at that day's month.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startTestServer, TODAY } from '../packages/server/test/helpers/server.js';
import { kb } from './bundle.js';
import { markdownTable, target, writeReport, type Target } from './lib/report.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface Answer {
  url: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** The elements as one script, from their sources. */
async function bundleElements(): Promise<string> {
  const result = await build({
    entryPoints: [
      `${ROOT}packages/widgets/src/event-calendar/define.ts`,
      `${ROOT}packages/widgets/src/initiative-cards/define.ts`,
    ],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    outdir: '/out',
    splitting: true,
    logLevel: 'warning',
  });
  // One module that imports both entries; chunks are served by their names.
  files.clear();
  for (const file of result.outputFiles) files.set(file.path.slice('/out'.length), file.text);
  return [...files.keys()].filter((name) => name.endsWith('define.js')).map((name) => `import '.${name}';`).join('\n');
}

const files = new Map<string, string>();

function page(api: string, body: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="sinn:api" content="${api}">
<script type="module" src="/elements.js"></script></head><body style="width:1100px">${body}</body></html>`;
}

/** Serves the bundled elements and the pages. */
async function servePages(api: string, entry: string): Promise<{ server: Server; url: string }> {
  const month = TODAY.slice(0, 7);
  const pages: Record<string, string> = {
    // examples/calendar.html, its month and "today" those of the demo data.
    '/calendar.html': page(
      api,
      `<div style="display:flex;gap:2em"><sinn-event-calendar filters week-numbers structured-data month="${month}" style="flex:3"></sinn-event-calendar>
       <aside style="flex:1"><sinn-event-calendar view="upcoming" region="dresden" limit="4" from="${TODAY}" heading-level="2"></sinn-event-calendar></aside></div>`,
    ),
    '/cards.html': page(api, '<sinn-initiative-cards></sinn-initiative-cards>'),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const html = pages[path];
    const script = path === '/elements.js' ? entry : files.get(path);
    if (html === undefined && script === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': html ? 'text/html; charset=utf-8' : 'text/javascript', 'Cache-Control': 'no-store' });
    res.end(html ?? script);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Every API answer a page receives until nothing has been asked for a second and a half. */
async function answersOf(browser: Browser, url: string, api: string): Promise<Answer[]> {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1200, height: 1400 });
  const pending: Promise<Answer | undefined>[] = [];
  tab.on('response', (response) => {
    // The API's answers; the images it serves are not counted (the cards' images are the page's, not data).
    if (!response.url().startsWith(`${api}/v1/`) || response.request().method() !== 'GET') return;
    pending.push(
      response.buffer().then(
        (body) => ({
          url: response.url().slice(api.length),
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        }),
        () => undefined,
      ),
    );
  });
  await tab.goto(url, { waitUntil: 'networkidle0' });
  // The calendar asks for more once the browser is idle; what it asks then belongs to the page's downloads.
  await tab.waitForNetworkIdle({ idleTime: 1500 });
  await tab.close();
  return (await Promise.all(pending)).filter((answer): answer is Answer => answer !== undefined);
}

const sum = (answers: Answer[], key: 'raw' | 'gzip' | 'brotli') => answers.reduce((total, answer) => total + answer[key], 0);

export async function benchApiAnswers(): Promise<Target[]> {
  const api = await startTestServer({ logLevel: 'silent' });
  const entry = await bundleElements();
  const pages = await servePages(api.url, entry);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const calendar = await answersOf(browser, `${pages.url}/calendar.html`, api.url);
    const cards = await answersOf(browser, `${pages.url}/cards.html`, api.url);
    // The vocabulary is the same for every element and page; it is counted apart from what each element draws.
    const isVocabulary = (answer: Answer) => answer.url.startsWith('/v1/taxonomies');
    const cardsPage = cards.filter((answer) => answer.url.startsWith('/v1/initiatives'));
    const rows = (answers: Answer[]) => answers.map((answer) => [answer.url, answer.raw, kb(answer.gzip), kb(answer.brotli)]);
    const total = (label: string, answers: Answer[]) => [label, sum(answers, 'raw'), kb(sum(answers, 'gzip')), kb(sum(answers, 'brotli'))];
    const targets = [
      target("calendar's example page, every API answer, KB brotli", kb(sum(calendar, 'brotli')), 'max', 15),
      target('first page of six cards, KB brotli', kb(sum(cardsPage, 'brotli')), 'max', 1.5),
    ];
    const header = ['answer', 'bytes', 'gzip KB', 'brotli KB'];
    writeReport(
      'api-answers',
      { calendar, cards, targets },
      [
        '# What the pages download from the API',
        '',
        `Bodies of the API answers in Chromium, compressed with node:zlib (gzip 9, brotli 11); the demo data of ${TODAY}.`,
        '',
        "## The calendar's example page (month with structured data, and the next four events in Dresden)",
        '',
        markdownTable(header, [
          ...rows(calendar),
          total('all', calendar),
          total('without the vocabulary', calendar.filter((answer) => !isVocabulary(answer))),
        ]),
        '',
        '## Six initiative cards',
        '',
        markdownTable(header, [...rows(cards), total('the first page of cards', cardsPage)]),
        '',
        markdownTable(
          ['target', 'measured', 'limit', 'met'],
          targets.map((t) => [t.name, t.measured, `≤ ${t.limit}`, t.met ? 'yes' : 'no']),
        ),
      ].join('\n'),
    );
    return targets;
  } finally {
    await browser.close();
    pages.server.close();
    await api.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const targets = await benchApiAnswers();
  for (const t of targets) process.stdout.write(`${t.met ? 'met' : 'MISSED'}: ${t.name} = ${t.measured} (≤ ${t.limit})\n`);
}
