// What a visitor's browser downloads, measured in Chromium from the bodies as they came over the wire: the
// scripts of a partner's page with all four SINN elements, the answers the calendar's example page takes from the
// API, and the first page of six cards. Each in a fresh Chromium, cold, from the SINN server in production mode.
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
  /** Every answer of the API to that page, and to the calendar's example page. */
  fourApi: Download[];
  calendarApi: Download[];
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

export async function measureDownloads(): Promise<Downloads> {
  const sinn = await startSinnServer();
  const sinnOrigin = `http://localhost:${sinn.port}`;
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  // A partner's page with the four elements, each as its documentation's first example pastes it.
  writeFileSync(
    join(SITE, 'four.html'),
    `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>Alle vier</title>
    <script type="module" src="${sinnOrigin}/widgets/sinn.js"></script>
  </head>
  <body>
    <h1>SINN</h1>
    <sinn-initiative-cards></sinn-initiative-cards>
    <sinn-event-calendar></sinn-event-calendar>
    <sinn-join-form privacy-url="https://partner.example/datenschutz"></sinn-join-form>
    <sinn-mentor-search></sinn-mentor-search>
  </body>
</html>
`,
  );
  const site = await startStaticServer(SITE);
  const problems: string[] = [];
  try {
    // Until nothing has been fetched for two seconds: the calendar fetches the months around its own when idle.
    const four = await coldLoad(`${site.url}/four.html`, { kind: 'empty', network: UNTHROTTLED, settle: 2000, keepBody: isApi });
    const calendar = await coldLoad(`${sinn.url}/examples/calendar.html`, { kind: 'empty', network: UNTHROTTLED, settle: 2000, keepBody: isApi });
    for (const [page, load] of [['four.html', four], ['examples/calendar.html', calendar]] as const) {
      problems.push(...load.problems.map((problem) => `${page}: ${problem}`));
      for (const request of load.requests) {
        if (request.failed || (request.status !== null && request.status >= 400)) problems.push(`${page}: ${request.url} ${request.failed ?? request.status}`);
      }
    }
    const fromSinn = (request: RequestRecord) => new URL(request.url).port === String(sinn.port);
    return {
      fourScripts: four.requests.filter((request) => fromSinn(request) && request.type === 'Script').map((request) => download(request, undefined)),
      fourApi: four.requests.filter((request) => fromSinn(request) && isApi(request.url)).map((request) => download(request, four.bodies.get(request.url))),
      calendarApi: calendar.requests.filter((request) => isApi(request.url)).map((request) => download(request, calendar.bodies.get(request.url))),
      problems,
    };
  } finally {
    await site.close();
    await sinn.stop();
  }
}
