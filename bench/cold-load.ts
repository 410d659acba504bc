// `npm run bench` (cold): how long a visitor waits for a month of events on a partner's page, the first time,
// for <sinn-event-calendar> and for FullCalendar 7, side by side in one run. Each run is a fresh Chromium with an
// empty profile that opens a partner's page from another origin than the SINN server's, with the calendar in its
// HTML; it is timed from navigation start to the end of the first frame that shows every visible event (the test
// the warm re-render bench makes, bench/lib/calendar-ready.ts). The data comes over HTTP, compressed, for both:
// SINN's from its API as partners use it (the events put into the server through the staff API), FullCalendar's
// from a JSON file of the same events in its own format beside its page, through its JSON feed. An empty page's
// first frame, measured in the same run, is taken off both. At 50 and 500 events, unthrottled and on
// Lighthouse's mobile network. The medians count; the requests of the median runs are in the report, with the
// least time their chain of dependent requests needs on the mobile network (the floor).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScriptTag } from './bundle.js';
import { calendarEvents, FIRST_DAY } from './lib/calendar-events.js';
import { MOBILE, UNTHROTTLED, VIEWPORT, type ColdLoad, type NetworkProfile } from './lib/cold-browser.js';
import type { ColdKind } from './lib/cold-observer.js';
import { bundleFullCalendar, installFullCalendar } from './lib/fullcalendar.js';
import { FULLCALENDAR_OPTIONS, toFullCalendar } from './lib/fullcalendar-options.js';
import { raceRounds, typical } from './lib/race-rounds.js';
import { markdownTable, median, type Target, target, writeReport } from './lib/report.js';
import { startSinnServer } from './lib/sinn-server.js';
import { startStaticServer } from './lib/static-server.js';
import { counted, floorOf, loaderFirstChain, phases, timeSplit, waterfallTable, waves, type Floor } from './lib/waterfall.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The partner's site: its pages, FullCalendar and its events, served from the partner's origin. */
export const SITE = join(ROOT, 'bench/.cache/cold-site');
const SIZES = [50, 500];
const NETWORKS = [UNTHROTTLED, MOBILE];
// Nine: the whole part stays under ten minutes on a shared machine of two cores.
const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 9);
/** The pages of this race: the kinds of cold-observer.ts that hold a calendar, or nothing. */
type Kind = Extract<ColdKind, 'empty' | 'sinn' | 'fullcalendar'>;
const KINDS: Kind[] = ['empty', 'sinn', 'fullcalendar'];
const LIMITS: Record<string, number> = { [UNTHROTTLED.name]: 0.4, [MOBILE.name]: 0.6 };

// The same page around each: a heading (the empty page's first paint) and room for a month grid.
const STYLE = 'body { margin: 0; font: 16px/1.5 sans-serif; } #stage { width: 1100px; padding: 16px; }';
export function page(head: string, body: string): string {
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Termine</title>
    <style>${STYLE}</style>
    ${head}
  </head>
  <body>
    <main id="stage">
      <h1>Termine</h1>
      ${body}
    </main>
  </body>
</html>
`;
}

/** The partner's page with the SINN calendar: the two lines a partner pastes, the loader from `sinnOrigin`. */
export function sinnPage(sinnOrigin: string): string {
  return page(
    `<script type="module" src="${sinnOrigin}/widgets/sinn.js"></script>`,
    `<sinn-event-calendar month="${FIRST_DAY.slice(0, 7)}"><a href="https://sinn-sachsen.de/">Termine auf sinn-sachsen.de</a></sinn-event-calendar>`,
  );
}

/** The partner's pages: empty, with the SINN calendar (its loader from the SINN server), with FullCalendar. */
export function writeSite(fullCalendar: { js: Buffer; css: Buffer }, sinnOrigin: string): void {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  writeFileSync(join(SITE, 'fullcalendar.js'), fullCalendar.js);
  writeFileSync(join(SITE, 'fullcalendar.css'), fullCalendar.css);
  writeFileSync(join(SITE, 'empty.html'), page('', ''));
  // The two lines a partner pastes.
  writeFileSync(join(SITE, 'sinn.html'), sinnPage(sinnOrigin));
  for (const size of SIZES) {
    writeFileSync(join(SITE, `events-${size}.json`), JSON.stringify(calendarEvents(size).map(toFullCalendar)));
    // FullCalendar as its documentation shows it: its script in the head, the calendar made on DOMContentLoaded,
    // its events from a JSON feed.
    const options = { ...FULLCALENDAR_OPTIONS, initialDate: FIRST_DAY, events: `events-${size}.json` };
    writeFileSync(
      join(SITE, `fullcalendar-${size}.html`),
      page(
        '<link rel="stylesheet" href="fullcalendar.css" />\n    <script src="fullcalendar.js"></script>',
        `<div id="calendar"></div>
      <script>
        document.addEventListener('DOMContentLoaded', function () {
          const { Calendar, dayGridPlugin, classicThemePlugin, deLocale } = FullCalendar;
          const options = ${JSON.stringify(options)};
          new Calendar(document.getElementById('calendar'), { plugins: [dayGridPlugin, classicThemePlugin], locale: deLocale, ...options }).render();
        });
      </script>`,
      ),
    );
  }
}

const round = (value: number, digits = 0) => Number(value.toFixed(digits));

interface Cell {
  size: number;
  network: NetworkProfile;
  loads: Record<Kind, ColdLoad[]>;
}

export async function benchColdLoad(): Promise<Target[]> {
  buildScriptTag();
  const version = installFullCalendar();
  const fullCalendar = await bundleFullCalendar();
  const sinn = await startSinnServer();
  // Another origin than the partner's page (127.0.0.1), as a partner's site and the SINN server are.
  const sinnOrigin = `http://localhost:${sinn.port}`;
  writeSite(fullCalendar, sinnOrigin);
  const site = await startStaticServer(SITE);
  const origins = { [site.url]: 'partner', [sinnOrigin]: 'SINN' };
  const url = (kind: Kind, size: number) => `${site.url}/${kind === 'fullcalendar' ? `fullcalendar-${size}` : kind}.html`;
  const cells: Cell[] = [];
  const problems: string[] = [];
  try {
    for (const size of SIZES) {
      await sinn.setEvents(calendarEvents(size));
      for (const network of NETWORKS) {
        const loads = await raceRounds(KINDS, RUNS, network, (kind) => url(kind, size), (kind) => `${kind}, ${size} events, ${network.name}`, problems);
        const cell: Cell = { size, network, loads };
        cells.push(cell);
        const line = KINDS.map((kind) => `${kind} ${round(median(cell.loads[kind].map((load) => load.result.ms)))} ms`).join(', ');
        process.stdout.write(`cold load, ${size} events, ${network.name}: ${line}\n`);
      }
    }
  } finally {
    await site.close();
    await sinn.stop();
  }

  const rows = cells.map((cell) => {
    const ms = (kind: Kind) => median(cell.loads[kind].map((load) => load.result.ms));
    const empty = ms('empty');
    const sinnMs = ms('sinn');
    const fcMs = ms('fullcalendar');
    const shown = (kind: Kind) => {
      const { bars, more } = typical(cell.loads[kind]).result;
      return `${bars} / ${more}`;
    };
    if (shown('sinn') !== shown('fullcalendar')) {
      problems.push(`${cell.size} events, ${cell.network.name}: SINN showed ${shown('sinn')} events / "+N more", FullCalendar ${shown('fullcalendar')}`);
    }
    // The floors: the chain of the median runs' requests on the mobile network.
    const chain = (kind: Kind) => {
      const load = typical(cell.loads[kind]);
      return waves(counted(load.requests, load.result.ms));
    };
    const floors = (connections: 'emulated' | 'https') => {
      const of = (kind: Kind): Floor => floorOf(chain(kind), MOBILE, connections);
      const [e, s, f] = [of('empty'), of('sinn'), of('fullcalendar')];
      const planned = floorOf(loaderFirstChain(chain('sinn')), MOBILE, connections);
      // What the target leaves SINN in that chain: its time less the empty page's at most the limit times
      // FullCalendar's; what is left after the round trips may be spent on bytes.
      const limit = LIMITS[MOBILE.name]!;
      const budgetMs = limit * (f.ms - e.ms) + e.ms - planned.roundTrips * MOBILE.latency;
      return {
        empty: e,
        sinn: s,
        fullcalendar: f,
        ratio: round((s.ms - e.ms) / (f.ms - e.ms), 2),
        sinnLoaderFirst: planned,
        ratioLoaderFirst: round((planned.ms - e.ms) / (f.ms - e.ms), 2),
        /** KB SINN may send in that chain and still meet the mobile target; negative: its round trips alone miss it. */
        budgetKb: round(((budgetMs / 1000) * MOBILE.download) / 1024, 1),
      };
    };
    return {
      size: cell.size,
      network: cell.network.name,
      runs: Object.fromEntries(KINDS.map((kind) => [kind, cell.loads[kind].map((load) => round(load.result.ms))])),
      medians: { empty: round(empty), sinn: round(sinnMs), fullcalendar: round(fcMs) },
      sinnMinusEmpty: round(sinnMs - empty),
      fullCalendarMinusEmpty: round(fcMs - empty),
      ratio: round((sinnMs - empty) / (fcMs - empty), 2),
      shown: { sinn: shown('sinn'), fullcalendar: shown('fullcalendar') },
      typical: Object.fromEntries(
        KINDS.map((kind) => {
          const load = typical(cell.loads[kind]);
          return [kind, { result: load.result, requests: waves(counted(load.requests, load.result.ms)) }];
        }),
      ),
      floor: { emulated: floors('emulated'), https: floors('https') },
    };
  });

  const targets = rows.map((row) =>
    target(`cold load, ${row.size} events, ${row.network}: first frame with every event, less an empty page's, SINN ÷ FullCalendar`, row.ratio, 'max', LIMITS[row.network]!),
  );
  const mobileRows = rows.filter((row) => row.network === MOBILE.name);
  const markdown = [
    '# A month of events on a partner\'s page, loaded cold: <sinn-event-calendar> and FullCalendar',
    '',
    `Each run: a fresh Chromium (headless, empty profile, ${VIEWPORT.width}×${VIEWPORT.height}) opens a partner's page from ` +
      `another origin than the SINN server's (page on 127.0.0.1, SINN on localhost), the calendar in the page's HTML, and is ` +
      'timed from navigation start to the end of the first frame that shows every visible event. SINN: the two lines a ' +
      'partner pastes, the events from the SINN API (production mode, the events put in through the staff API). ' +
      `FullCalendar ${version}: its script and CSS from the partner's site, the events from a JSON file of the same events ` +
      'in its own format beside the page, through its JSON feed; the partner\'s site sends everything brotli-compressed. ' +
      'An empty page (the same page without a calendar) is measured in the same run and its median taken off both. ' +
      `The median of ${RUNS} runs of each, after one not counted, the three pages taking turns. Mobile: ${MOBILE.latency} ms ` +
      'added to every request, 1.6 Mbit/s down, 750 kbit/s up (Chromium\'s throttling, as Lighthouse\'s DevTools throttling). ' +
      'Made by `bench/cold-load.ts`.',
    '',
    markdownTable(
      ['events', 'network', 'empty page ms', 'SINN ms', 'FullCalendar ms', 'SINN − empty', 'FullCalendar − empty', 'ratio', 'target', 'events / +N more shown'],
      rows.map((row) => [
        row.size,
        row.network,
        row.medians.empty,
        row.medians.sinn,
        row.medians.fullcalendar,
        row.sinnMinusEmpty,
        row.fullCalendarMinusEmpty,
        row.ratio,
        `≤ ${LIMITS[row.network]}`,
        `${row.shown.sinn} (FullCalendar ${row.shown.fullcalendar})`,
      ]),
    ),
    '',
    '## The floor on the mobile network',
    '',
    'The least time the chain of dependent requests of the median runs needs on the mobile network, whatever the code ' +
      'does: each wave of requests (those that waited for the same earlier request to end) costs a round trip before its ' +
      'first byte, and all bytes (headers included) cross the 1.6 Mbit/s line. Two counts: as Chromium\'s throttling ' +
      'applies it here (its 150 ms once per request, nothing for opening a connection), and on a real network with that ' +
      'round trip (HTTPS: a new origin first costs TCP and TLS 1.3, two round trips more; HTTP/2, one connection per ' +
      'origin). The empty page\'s floor is taken off, as its time is.',
    '',
    markdownTable(
      [
        'events',
        'count',
        'empty page',
        'SINN: round trips, KB, ms',
        'FullCalendar: round trips, KB, ms',
        'ratio the floor allows',
        'SINN, its requests in the chain the issue asks for',
        'ratio that floor allows',
        `KB that chain may send for ≤ ${LIMITS[MOBILE.name]}`,
      ],
      mobileRows.flatMap((row) =>
        (['emulated', 'https'] as const).map((connections) => {
          const floor = row.floor[connections];
          const cell = (f: Floor) => `${f.roundTrips}, ${round(f.bytes / 1024, 1)}, ${round(f.ms)}`;
          return [
            row.size,
            connections === 'emulated' ? "Chromium's throttling" : 'real network, HTTPS',
            cell(floor.empty),
            cell(floor.sinn),
            cell(floor.fullcalendar),
            floor.ratio,
            cell(floor.sinnLoaderFirst),
            floor.ratioLoaderFirst,
            floor.budgetKb > 0 ? floor.budgetKb : `none: its round trips alone take ${round((floor.sinnLoaderFirst.roundTrips - floor.empty.roundTrips) * MOBILE.latency)} ms, the target allows ${round(LIMITS[MOBILE.name]! * (floor.fullcalendar.ms - floor.empty.ms))}`,
          ];
        }),
      ),
    ),
    '',
    'The chain the issue asks for: the page, sinn.js, then at once the runtime, the element\'s chunk, the strings and ' +
      'the first API requests (the API\'s further pages of a month still wait for each other), with the bytes of the ' +
      'median run. The last column: the bytes (headers included) SINN could send in that chain and still meet the ' +
      'mobile target against FullCalendar\'s floor.',
    '',
    '## Where the time goes',
    '',
    'The median runs\' chains of dependent requests, wave after wave (ms from navigation start, from a wave\'s first ' +
      'request to its last byte), and how much of the time until every event was painted some request was under way ' +
      '(network) or none was (the page\'s own work: parsing, compiling and running scripts, rendering).',
    '',
    markdownTable(
      ['calendar', 'events', 'network', 'the chain', 'painted ms', 'network ms', 'page\'s work ms'],
      rows.flatMap((row) =>
        (['sinn', 'fullcalendar'] as const).map((kind) => {
          const typicalLoad = row.typical[kind]!;
          const chain = phases(typicalLoad.requests);
          const split = timeSplit(chain, typicalLoad.result.ms);
          return [
            kind === 'sinn' ? 'SINN' : 'FullCalendar',
            row.size,
            row.network,
            chain.map((phase) => `${phase.what} ${round(phase.from)}–${round(phase.to)}`).join(' → '),
            round(typicalLoad.result.ms),
            round(split.network),
            round(split.page),
          ];
        }),
      ),
    ),
    '',
    '## The requests of the median runs',
    '',
    'Times in ms from navigation start; a request\'s wave is one more than that of the request it waited for (the one ' +
      'that ended last before it started); body bytes as they came over the wire.',
    '',
    ...rows.flatMap((row) =>
      (['sinn', 'fullcalendar'] as const).flatMap((kind) => {
        const typicalLoad = row.typical[kind]!;
        const extra =
          kind === 'sinn' && typicalLoad.result.defined !== null ? `, the element defined at ${round(typicalLoad.result.defined)} ms` : '';
        return [
          `### ${kind === 'sinn' ? 'SINN' : 'FullCalendar'}, ${row.size} events, ${row.network}`,
          '',
          `First contentful paint at ${round(typicalLoad.result.fcp ?? NaN)} ms, DOMContentLoaded at ${round(typicalLoad.result.domContentLoaded ?? NaN)} ms${extra}; ` +
            `every event painted at ${round(typicalLoad.result.ms)} ms (${typicalLoad.result.frames} frames).`,
          '',
          waterfallTable(typicalLoad.requests, typicalLoad.result.ms, origins),
          '',
        ];
      }),
    ),
    ...(problems.length ? ['## The pages reported', '', ...[...new Set(problems)].map((problem) => `- ${problem}`), ''] : []),
    ...targets.map((t) => `- ${t.met ? 'met' : 'MISSED'}: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})`),
  ].join('\n');
  writeReport('cold-load', { date: new Date().toISOString(), fullCalendar: version, runs: RUNS, viewport: VIEWPORT, networks: NETWORKS, rows, problems: [...new Set(problems)], targets }, markdown);
  process.stdout.write(`${markdown}\n`);
  return targets;
}
