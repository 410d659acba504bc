// `npm run bench` (map): how long a visitor waits for the map of initiatives on a partner's page, the first time,
// for <sinn-initiative-map> and for Leaflet 1.9 drawing the same districts and the same points, side by side in
// one run (issue 25). Each run is a fresh Chromium with an empty profile that opens a partner's page from another
// origin than the SINN server's; it is timed from navigation start to the end of the first frame that paints every
// district and every point (bench/lib/map-ready.ts: all in the DOM with a layout box, for both the same test), as
// the calendar's cold load is (cold-load.ts, through the same observer). An empty page's first frame, measured in
// the same run, is taken off both.
//
// SINN: the two lines a partner pastes; the element fetches its outlines, the points and the vocabulary from the
// SINN API (production mode, its demo data). Leaflet: its script and CSS from the partner's site, as its
// documentation shows them; the districts as a GeoJSON file beside the page, the very outlines SINN draws taken
// back to longitude and latitude (bench/lib/districts-geojson.ts); the points from the SINN API, the same request
// SINN's map makes. Leaflet draws with its SVG renderer (its default), shades each district by its count as SINN
// does, and draws one circle marker per place (initiatives at the same coordinates share one, as SINN's points
// do), so both draw the same number of marks. No tiles: nothing from a third host, for either.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_INITIATIVE_POINTS_PER_PAGE } from '@sinn/sdk';
import { MAP_BOUNDS } from '@sinn/sdk/geo';
import { MAP_FIELDS } from '../packages/widgets/src/initiative-map/fields.js';
import { buildScriptTag } from './bundle.js';
import { MOBILE, UNTHROTTLED, VIEWPORT, type ColdLoad, type NetworkProfile } from './lib/cold-browser.js';
import type { ColdKind } from './lib/cold-observer.js';
import { districtsGeoJson } from './lib/districts-geojson.js';
import { DISTRICTS } from './lib/map-ready.js';
import { raceRounds, typical } from './lib/race-rounds.js';
import { markdownTable, median, target, writeReport, type Target } from './lib/report.js';
import { startSinnServer } from './lib/sinn-server.js';
import { startStaticServer } from './lib/static-server.js';
import { counted, waterfallTable, waves } from './lib/waterfall.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The partner's site: its pages, Leaflet and the districts' GeoJSON, served from the partner's origin. */
const SITE = join(ROOT, 'bench/.cache/map-site');
/** Leaflet as the project depends on it (packages/widgets, for the optional street layer). */
const LEAFLET = dirname(createRequire(join(ROOT, 'packages/widgets/package.json')).resolve('leaflet/package.json'));
const NETWORKS = [UNTHROTTLED, MOBILE];
// Nine, as the calendar's cold load: the whole part takes about two minutes on a shared machine of two cores.
const RUNS = Number(process.env.BENCH_MAP_RUNS ?? 9);
type Kind = Extract<ColdKind, 'empty' | 'sinn-map' | 'leaflet'>;
const KINDS: Kind[] = ['empty', 'sinn-map', 'leaflet'];
const LIMIT = 0.5;
const NAMES: Record<Kind, string> = { empty: 'empty page', 'sinn-map': 'SINN', leaflet: 'Leaflet' };

// The same page around each: a heading (the empty page's first paint) and room for the map. Leaflet's container
// takes the box SINN's map takes (the element's .frame: at most 36em of the page's 16px tall, the outlines' aspect
// ratio; in rem, since leaflet.css sets its container's font to 12px).
const STYLE =
  'body { margin: 0; font: 16px/1.5 sans-serif; } #stage { width: 1100px; padding: 16px; } ' +
  '#map { width: 100%; max-width: calc(36rem * 3300 / 2600); aspect-ratio: 3300 / 2600; margin-inline: auto; }';
function page(head: string, body: string): string {
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Initiativen in Sachsen</title>
    <style>${STYLE}</style>
    ${head}
  </head>
  <body>
    <main id="stage">
      <h1>Initiativen in Sachsen</h1>
      ${body}
    </main>
  </body>
</html>
`;
}

/** The request for every point that SINN's map makes, made by Leaflet's page too. */
function pointsUrl(sinnOrigin: string): string {
  const query = new URLSearchParams({ fields: MAP_FIELDS.join(','), limit: String(MAX_INITIATIVE_POINTS_PER_PAGE) });
  return `${sinnOrigin}/v1/initiatives?${query}`;
}

/**
 * Leaflet's page, as its quick-start guide and its GeoJSON and choropleth tutorials write one: the script in the
 * head, the map made once the document is parsed, the data fetched and drawn.
 */
function leafletPage(sinnOrigin: string): string {
  const bounds = [
    [MAP_BOUNDS.south, MAP_BOUNDS.west],
    [MAP_BOUNDS.north, MAP_BOUNDS.east],
  ];
  return page(
    '<link rel="stylesheet" href="leaflet.css" />\n    <script src="leaflet.js"></script>',
    `<div id="map"></div>
      <script>
        document.addEventListener('DOMContentLoaded', function () {
          const map = L.map('map', { zoomSnap: 0 }).fitBounds(${JSON.stringify(bounds)});
          const json = (url) => fetch(url).then((response) => response.json());
          Promise.all([json('districts.geojson'), json(${JSON.stringify(pointsUrl(sinnOrigin))})]).then(([districts, points]) => {
            const counts = {};
            const places = new Map();
            for (const item of points.items) {
              counts[item.region] = (counts[item.region] || 0) + 1;
              if (!item.coordinates) continue;
              const key = item.coordinates.lon + ',' + item.coordinates.lat;
              places.set(key, { at: item.coordinates, count: (places.get(key)?.count || 0) + 1 });
            }
            const most = Math.max(...Object.values(counts));
            L.geoJSON(districts, {
              attribution: '© GeoBasis-DE / BKG 2021 (Daten verändert)',
              style: (feature) => ({
                className: 'district',
                color: '#fff',
                weight: 2,
                fillColor: '#005a9c',
                fillOpacity: 0.1 + (0.6 * (counts[feature.id] || 0)) / most,
              }),
            }).addTo(map);
            for (const place of places.values()) {
              L.circleMarker([place.at.lat, place.at.lon], {
                className: 'point',
                radius: place.count > 1 ? 6 + Math.min(8, place.count / 2) : 4,
                color: '#fff',
                weight: 1,
                fillColor: '#b3261e',
                fillOpacity: 1,
              }).addTo(map);
            }
          });
        });
      </script>`,
  );
}

/** The partner's pages: empty, with SINN's map (its loader from the SINN server), with Leaflet's. */
function writeSite(sinnOrigin: string): void {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  writeFileSync(join(SITE, 'leaflet.js'), readFileSync(join(LEAFLET, 'dist/leaflet.js')));
  writeFileSync(join(SITE, 'leaflet.css'), readFileSync(join(LEAFLET, 'dist/leaflet.css')));
  writeFileSync(join(SITE, 'districts.geojson'), JSON.stringify(districtsGeoJson()));
  writeFileSync(join(SITE, 'empty.html'), page('', ''));
  // The two lines a partner pastes.
  writeFileSync(
    join(SITE, 'sinn-map.html'),
    page(
      `<script type="module" src="${sinnOrigin}/widgets/sinn.js"></script>`,
      '<sinn-initiative-map><a href="https://sinn-sachsen.de/">Initiativen auf sinn-sachsen.de</a></sinn-initiative-map>',
    ),
  );
  writeFileSync(join(SITE, 'leaflet.html'), leafletPage(sinnOrigin));
}

const round = (value: number, digits = 0) => Number(value.toFixed(digits));
const KB = 1024;

interface Cell {
  network: NetworkProfile;
  loads: Record<Kind, ColdLoad[]>;
}

export async function benchMapRace(): Promise<Target[]> {
  buildScriptTag();
  const version = (JSON.parse(readFileSync(join(LEAFLET, 'package.json'), 'utf8')) as { version: string }).version;
  const sinn = await startSinnServer();
  // Another origin than the partner's page (127.0.0.1), as a partner's site and the SINN server are.
  const sinnOrigin = `http://localhost:${sinn.port}`;
  writeSite(sinnOrigin);
  const site = await startStaticServer(SITE);
  const origins = { [site.url]: 'partner', [sinnOrigin]: 'SINN' };
  const cells: Cell[] = [];
  const problems: string[] = [];
  let initiatives = 0;
  try {
    initiatives = ((await (await fetch(pointsUrl(sinn.url))).json()) as { items: unknown[] }).items.length;
    for (const network of NETWORKS) {
      const loads = await raceRounds(KINDS, RUNS, network, (kind) => `${site.url}/${kind}.html`, (kind) => `${NAMES[kind]}, ${network.name}`, problems);
      const cell: Cell = { network, loads };
      cells.push(cell);
      const line = KINDS.map((kind) => `${NAMES[kind]} ${round(median(cell.loads[kind].map((load) => load.result.ms)))} ms`).join(', ');
      process.stdout.write(`map race, ${network.name}: ${line}\n`);
    }
  } finally {
    await site.close();
    await sinn.stop();
  }

  const rows = cells.map((cell) => {
    const ms = (kind: Kind) => median(cell.loads[kind].map((load) => load.result.ms));
    const empty = ms('empty');
    const sinnMs = ms('sinn-map');
    const leafletMs = ms('leaflet');
    // What the median run drew: points (places) and districts.
    const drawn = (kind: Kind) => ({ points: typical(cell.loads[kind]).result.bars, districts: typical(cell.loads[kind]).result.more });
    for (const kind of ['sinn-map', 'leaflet'] as const) {
      if (drawn(kind).districts !== DISTRICTS) problems.push(`${NAMES[kind]}, ${cell.network.name}: drew ${drawn(kind).districts} districts`);
    }
    if (drawn('sinn-map').points !== drawn('leaflet').points) {
      problems.push(`${cell.network.name}: SINN drew ${drawn('sinn-map').points} points, Leaflet ${drawn('leaflet').points}`);
    }
    const requests = (kind: Kind) => {
      const load = typical(cell.loads[kind]);
      return waves(counted(load.requests, load.result.ms));
    };
    const received = (kind: Kind) => round(requests(kind).reduce((sum, request) => sum + request.wireBytes, 0) / KB, 1);
    return {
      network: cell.network.name,
      runs: Object.fromEntries(KINDS.map((kind) => [kind, cell.loads[kind].map((load) => round(load.result.ms))])),
      medians: { empty: round(empty), sinn: round(sinnMs), leaflet: round(leafletMs) },
      sinnMinusEmpty: round(sinnMs - empty),
      leafletMinusEmpty: round(leafletMs - empty),
      ratio: round((sinnMs - empty) / (leafletMs - empty), 2),
      drawn: { sinn: drawn('sinn-map'), leaflet: drawn('leaflet') },
      /** KB on the wire (headers included) until the map was painted, in the median run. */
      receivedKb: { empty: received('empty'), sinn: received('sinn-map'), leaflet: received('leaflet') },
      typical: Object.fromEntries(KINDS.map((kind) => [kind, { result: typical(cell.loads[kind]).result, requests: requests(kind) }])),
    };
  });

  const targets = rows.map((row) =>
    target(`map race, ${row.network}: first frame with every district and point, less an empty page's, SINN ÷ Leaflet ${version}`, row.ratio, 'max', LIMIT),
  );
  const markdown = [
    '# The map of initiatives on a partner\'s page, loaded cold: <sinn-initiative-map> and Leaflet',
    '',
    `Each run: a fresh Chromium (headless, empty profile, ${VIEWPORT.width}×${VIEWPORT.height}) opens a partner's page from ` +
      'another origin than the SINN server\'s (page on 127.0.0.1, SINN on localhost) and is timed from navigation start ' +
      'to the end of the first frame that paints every district and every point: all of them in the DOM with a layout ' +
      'box, SINN\'s in its shadow root (and its section no longer busy), Leaflet\'s in its SVG renderer\'s pane. SINN: ' +
      'the two lines a partner pastes; the element fetches the outlines, the points and the vocabulary from the SINN API ' +
      `(production mode, the demo data: ${initiatives} initiatives). Leaflet ${version}: its script and CSS from the ` +
      'partner\'s site, the 13 districts as GeoJSON beside the page (SINN\'s outlines, point for point, in longitude and ' +
      'latitude), the points from the SINN API in the same request SINN makes; shaded by count, one circle marker per ' +
      'place as SINN draws one point per place; no tiles. The partner\'s site sends everything brotli-compressed. An ' +
      'empty page (the same page without a map) is measured in the same run and its median taken off both. ' +
      `The median of ${RUNS} runs of each, after one not counted, the three pages taking turns. Mobile: ${MOBILE.latency} ms ` +
      'added to every request, 1.6 Mbit/s down, 750 kbit/s up (Chromium\'s throttling). Made by `bench/map-race.ts`.',
    '',
    markdownTable(
      ['network', 'empty page ms', 'SINN ms', 'Leaflet ms', 'SINN − empty', 'Leaflet − empty', 'ratio', 'target', 'points / districts drawn', 'KB received until painted, headers included: SINN, Leaflet'],
      rows.map((row) => [
        row.network,
        row.medians.empty,
        row.medians.sinn,
        row.medians.leaflet,
        row.sinnMinusEmpty,
        row.leafletMinusEmpty,
        row.ratio,
        `≤ ${LIMIT}`,
        `${row.drawn.sinn.points} / ${row.drawn.sinn.districts} (Leaflet ${row.drawn.leaflet.points} / ${row.drawn.leaflet.districts})`,
        `${row.receivedKb.sinn}, ${row.receivedKb.leaflet}`,
      ]),
    ),
    '',
    'Every run, ms from navigation start to the painted map:',
    '',
    markdownTable(
      ['network', ...KINDS.map((kind) => NAMES[kind])],
      rows.map((row) => [row.network, ...KINDS.map((kind) => row.runs[kind]!.join(', '))]),
    ),
    '',
    '## The requests of the median runs',
    '',
    'Times in ms from navigation start; a request\'s wave is one more than that of the request it waited for (the one ' +
      'that ended last before it started); body bytes as they came over the wire.',
    '',
    ...rows.flatMap((row) =>
      (['sinn-map', 'leaflet'] as const).flatMap((kind) => {
        const typicalLoad = row.typical[kind]!;
        const extra = kind === 'sinn-map' && typicalLoad.result.defined !== null ? `, the element defined at ${round(typicalLoad.result.defined)} ms` : '';
        return [
          `### ${NAMES[kind]}, ${row.network}`,
          '',
          `First contentful paint at ${round(typicalLoad.result.fcp ?? NaN)} ms, DOMContentLoaded at ${round(typicalLoad.result.domContentLoaded ?? NaN)} ms${extra}; ` +
            `every district and point painted at ${round(typicalLoad.result.ms)} ms (${typicalLoad.result.frames} frames).`,
          '',
          waterfallTable(typicalLoad.requests, typicalLoad.result.ms, origins, 'every district and point painted'),
          '',
        ];
      }),
    ),
    ...(problems.length ? ['## The pages reported', '', ...[...new Set(problems)].map((problem) => `- ${problem}`), ''] : []),
    ...targets.map((t) => `- ${t.met ? 'met' : 'MISSED'}: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})`),
  ].join('\n');
  writeReport(
    'map-race',
    { date: new Date().toISOString(), leaflet: version, runs: RUNS, initiatives, viewport: VIEWPORT, networks: NETWORKS, rows, problems: [...new Set(problems)], targets },
    markdown,
  );
  process.stdout.write(`${markdown}\n`);
  return targets;
}
