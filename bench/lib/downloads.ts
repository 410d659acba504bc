// What a visitor's browser downloads, measured in Chromium from the bodies as they came over the wire: the
// scripts and answers of a partner's page with all four SINN elements, the answers the calendar's example page
// takes from the API (the first page of six cards among the four's), everything a partner's page with the map
// receives, and the scripts of the calendar's page and of a partner's page with the cards alone. Each in a fresh Chromium, cold, from the SINN server in production mode, through one function.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { coldLoad, UNTHROTTLED, type RequestRecord } from './cold-browser.js';
import { startSinnServer } from './sinn-server.js';
import { startStaticServer } from './static-server.js';

const SITE = fileURLToPath(new URL('../.cache/four-site/', import.meta.url));

export interface Download {
  url: string;
  /** Content-Encoding as sent (`identity`: none). */
  encoding: string;
  /** The body's bytes as they came: Content-Length where sent, else the bytes received less the headers'. */
  bytes: number;
  /** The body's bytes once decoded. */
  decoded: number;
  /** In brotli: `bytes` where the server sent brotli, else the decoded body compressed here (quality 11). */
  brotli: number;
  brotliFrom: 'served' | 'compressed here';
}

export interface Downloads {
  /** Every script of the partner's page with the four elements. */
  fourScripts: Download[];
  /** Every answer of the API to that page, and to the calendar's example page, as sent. */
  fourApi: Download[];
  calendarApi: Download[];
  /** Every script and every answer of the API of a partner's page with the map alone, as sent. */
  mapScripts: Download[];
  mapApi: Download[];
  /**
   * The answers to each GET of the four's page and of the map's: those sent alone, and each of those that came in
   * an element's first answers (GET /v1/first-answers), there counted by its own body, compressed here.
   */
  fourAnswers: Download[];
  mapAnswers: Download[];
  /** Every script of the calendar's example page, and of a partner's page with the cards alone. */
  calendarScripts: Download[];
  cardsScripts: Download[];
  problems: string[];
}

function download(request: RequestRecord, body: string | undefined): Download {
  const bytes = request.contentLength ?? request.bodyBytes;
  const served = request.encoding === 'br';
  const decoded = body === undefined ? request.decodedBytes : Buffer.byteLength(body);
  const brotli = served
    ? bytes
    : body === undefined
      ? Number.NaN
      : brotliCompressSync(Buffer.from(body), { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: decoded } }).length;
  return { url: request.url, encoding: request.encoding, bytes, decoded, brotli, brotliFrom: served ? 'served' : 'compressed here' };
}

const isApi = (url: string) => new URL(url).pathname.startsWith('/v1/');

/** The answers of one API download: itself, or each answer its first answers hold (sent in its encoding). */
function answersIn(each: Download, body: string | undefined): Download[] {
  if (new URL(each.url).pathname !== '/v1/first-answers' || body === undefined) return [each];
  const { answers } = JSON.parse(body) as { answers: { url: string; body: unknown }[] };
  return answers.map((answer) => {
    const text = Buffer.from(JSON.stringify(answer.body));
    const brotli = brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } }).length;
    return { url: new URL(answer.url, each.url).href, encoding: each.encoding, bytes: brotli, decoded: text.length, brotli, brotliFrom: 'compressed here' };
  });
}

/** A partner's page of SINN elements as `body`, the loader in its head from the SINN server at `sinnOrigin`. */
function partnerPage(title: string, sinnOrigin: string, body: string): string {
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script type="module" src="${sinnOrigin}/widgets/sinn.js"></script>
  </head>
  <body>
    <h1>SINN</h1>
    ${body}
  </body>
</html>
`;
}

/** What a partner's page received from the SINN server in one cold load: its scripts and the API's answers. */
interface FromSinn {
  scripts: Download[];
  api: Download[];
  answers: Download[];
}

export async function measureDownloads(): Promise<Downloads> {
  const sinn = await startSinnServer();
  const sinnOrigin = `http://localhost:${sinn.port}`;
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  // Partners' pages: one with the four elements, one with the map alone, each element as its documentation's
  // first example pastes it.
  writeFileSync(
    join(SITE, 'four.html'),
    partnerPage(
      'Alle vier',
      sinnOrigin,
      `<sinn-initiative-cards></sinn-initiative-cards>
    <sinn-event-calendar></sinn-event-calendar>
    <sinn-join-form privacy-url="https://partner.example/datenschutz"></sinn-join-form>
    <sinn-mentor-search></sinn-mentor-search>`,
    ),
  );
  writeFileSync(join(SITE, 'map.html'), partnerPage('Karte', sinnOrigin, '<sinn-initiative-map></sinn-initiative-map>'));
  writeFileSync(join(SITE, 'cards.html'), partnerPage('Initiativen', sinnOrigin, '<sinn-initiative-cards></sinn-initiative-cards>'));
  const site = await startStaticServer(SITE);
  const problems: string[] = [];
  const fromSinn = (request: RequestRecord) => new URL(request.url).port === String(sinn.port);
  /**
   * One cold load of `url`, the third visitor's, until nothing has been fetched for two seconds (the calendar fetches the months around
   * its own when idle): the scripts and the API's answers that came from the SINN server, the bodies as sent.
   */
  const load = async (page: string, url: string): Promise<FromSinn> => {
    // Two visitors before: the server sends an answer asked for again at brotli's best quality, made after the
    // second asking (packages/server/src/http/cached-read.ts), as a partner's page has it for every visitor but
    // the first two after a change of content. Each visit is a fresh browser, so nothing is cached on this side.
    for (let visitor = 0; visitor < 2; visitor += 1) await coldLoad(url, { kind: 'empty', network: UNTHROTTLED, settle: 500 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const result = await coldLoad(url, { kind: 'empty', network: UNTHROTTLED, settle: 2000, keepBody: isApi });
    problems.push(...result.problems.map((problem) => `${page}: ${problem}`));
    for (const request of result.requests) {
      if (request.failed || (request.status !== null && request.status >= 400)) problems.push(`${page}: ${request.url} ${request.failed ?? request.status}`);
    }
    const sent = result.requests.filter(fromSinn);
    const api = sent.filter((request) => isApi(request.url));
    return {
      scripts: sent.filter((request) => request.type === 'Script').map((request) => download(request, undefined)),
      api: api.map((request) => download(request, result.bodies.get(request.url))),
      answers: api.flatMap((request) => answersIn(download(request, result.bodies.get(request.url)), result.bodies.get(request.url))),
    };
  };
  try {
    const four = await load('four.html', `${site.url}/four.html`);
    const calendar = await load('examples/calendar.html', `${sinn.url}/examples/calendar.html`);
    const map = await load('map.html', `${site.url}/map.html`);
    const cards = await load('cards.html', `${site.url}/cards.html`);
    return {
      fourScripts: four.scripts,
      fourApi: four.api,
      calendarApi: calendar.api,
      mapScripts: map.scripts,
      mapApi: map.api,
      fourAnswers: four.answers,
      mapAnswers: map.answers,
      calendarScripts: calendar.scripts,
      cardsScripts: cards.scripts,
      problems,
    };
  } finally {
    await site.close();
    await sinn.stop();
  }
}
