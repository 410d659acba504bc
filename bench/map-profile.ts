// A look inside the map race's SINN run (bench/map-race.ts), not part of `npm run bench`: where the time goes
// between the page's navigation and the first frame that paints every district and point of
// <sinn-initiative-map>. Each run is a fresh Chromium with an empty profile, as the race's, opening the same
// partner page with the built script-tag bundle served by the real server (production mode, demo data).
//
// Two kinds of runs:
// - marks (MODE=marks, the default): a small script injected before the page's own wraps fetch, Response.json,
//   JSON.parse, customElements.define, ResizeObserver's callbacks and the element's Lit lifecycle
//   (scheduleUpdate, performUpdate, update, render, updated) and records when each ran and for how long;
// - trace (MODE=trace): Chromium's performance trace (the DevTools timeline with V8's sampling profiler), from
//   which the renderer's main thread is summed by what it did (script compile/run, style, layout, paint, idle)
//   in each phase, and the JavaScript functions that took most of it.
// Both also run the race's own frame observer (cold-observer.ts), so that "painted at" is the race's number.
//
// node --conditions=source --import tsx bench/map-profile.ts   (after `npm run build`); RUNS=9, MODE=marks|trace,
// FLOOR=1 (the chain's floor: floorScript), NETWORK=mobile (the race's throttled profile), NOPROFILER=1 (a trace without V8's sampling, which slows the page), VARIANTS=name:dir,name:dir (copies of
// packages/widgets/dist/cdn, each served by a SINN server of its own, the runs taking turns), EMPTY=1 (the empty
// page too), MARKS=0 (no per-run marks), OUT=file.json for the raw results.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { INITIATIVE_POINT_FIELDS, MAX_INITIATIVE_POINTS_PER_PAGE } from '@sinn/sdk';
import { startSinnServer } from './lib/sinn-server.js';
import { startStaticServer } from './lib/static-server.js';
import { MOBILE, VIEWPORT } from './lib/cold-browser.js';
import { districtsGeoJson } from './lib/districts-geojson.js';
import { MAP_BOUNDS, REGION_GEOMETRY_VERSION } from '@sinn/sdk/geo';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { ColdResult } from './lib/cold-observer.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SITE = join(ROOT, 'bench/.cache/map-profile-site');
const RUNS = Number(process.env.RUNS ?? 9);
const MODE = (process.env.MODE ?? 'marks') as 'marks' | 'trace';

const STYLE =
  'body { margin: 0; font: 16px/1.5 sans-serif; } #stage { width: 1100px; padding: 16px; } ' +
  '#map { width: 100%; max-width: calc(36rem * 3300 / 2600); aspect-ratio: 3300 / 2600; margin-inline: auto; }';
const page = (head: string, body: string) => `<!doctype html>
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

const LEAFLET = dirname(createRequire(join(ROOT, 'packages/widgets/package.json')).resolve('leaflet/package.json'));

/** Leaflet's page of the race (bench/map-race.ts), the same markup and script. */
function leafletPage(pointsUrl: string): string {
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
          Promise.all([json('districts.geojson'), json(${JSON.stringify(pointsUrl)})]).then(([districts, points]) => {
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
              style: (feature) => ({ className: 'district', color: '#fff', weight: 2, fillColor: '#005a9c', fillOpacity: 0.1 + (0.6 * (counts[feature.id] || 0)) / most }),
            }).addTo(map);
            for (const place of places.values()) {
              L.circleMarker([place.at.lat, place.at.lon], { className: 'point', radius: place.count > 1 ? 6 + Math.min(8, place.count / 2) : 4, color: '#fff', weight: 1, fillColor: '#b3261e', fillOpacity: 1 }).addTo(map);
            }
          });
        });
      </script>`,
  );
}


const chunksOf = (dir: string) => readdirSync(dir).filter((name) => /^(runtime|initiative-shared|initiative-map|initiative-map-de|runtime-de)-[\w-]{8}\.js$/.test(name));

/**
 * One file for what the map's page fetches in five and two answers: its code's chunks, the districts' outlines and
 * the vocabulary, as a build could make one per element and language (floor-merged*: the points alone are asked).
 */
function writeBundle(dir: string, vocabulary: string): void {
  const text = [...chunksOf(dir).map((name) => readFileSync(join(dir, name), 'utf8')), '//GEOMETRY', readFileSync(join(ROOT, 'packages/sdk/geo/saxony-districts.json'), 'utf8').trim(), '//TAXONOMIES', vocabulary].join('\n');
  writeFileSync(join(dir, 'bundle.js'), text);
  writeFileSync(join(dir, 'bundle.js.br'), brotliCompressSync(text, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(dir, 'bundle.js.gz'), gzipSync(text, { level: 9 }));
}

/**
 * The floor of the request chain (FLOOR=1): pages that make the SINN page's requests with next to no script. From
 * the SINN server, as sinn.js is, `floor.js` fetches the bytes of the map's chunks (compiling none), then the three
 * answers, and draws them as plainly as can be (13 paths and a circle per place, by innerHTML, in an element of
 * the map's name, which the race's observer reads as it reads the map). `floor-early.js` asks for the answers
 * beside the chunks. What they take is what the chain itself costs, with JavaScript that costs nothing.
 */
function floorScript(dir: string, early: boolean, merged = false): string {
  const chunks = merged ? ['bundle.js'] : chunksOf(dir);
  const fields = INITIATIVE_POINT_FIELDS.join(',');
  return `const here = new URL('.', import.meta.url);
const origin = here.origin;
const CHUNKS = ${JSON.stringify(chunks)};
const POINTS = origin + '/v1/initiatives?' + new URLSearchParams({ fields: '${fields}', limit: '${MAX_INITIATIVE_POINTS_PER_PAGE}' });
const API = ${merged ? '[POINTS]' : "[origin + '/v1/regions/geometry?v=" + REGION_GEOMETRY_VERSION + "', POINTS, origin + '/v1/taxonomies']"};
const text = (url) => fetch(url).then((response) => response.text());
const json = (url) => fetch(url).then((response) => response.json());
let answers;
let code;
${early ? 'answers = Promise.all(API.map(json));\ncode = await Promise.all(CHUNKS.map((name) => text(new URL(name, here))));' : 'code = await Promise.all(CHUNKS.map((name) => text(new URL(name, here))));\nanswers = Promise.all(API.map(json));'}
${merged ? "const points = (await answers)[0];\nconst geometry = JSON.parse(code[0].slice(code[0].indexOf('\\n//GEOMETRY\\n') + 12, code[0].indexOf('\\n//TAXONOMIES\\n')));" : 'const [geometry, points] = await answers;'}
const TOP = Math.log(Math.tan(Math.PI / 4 + (51.75 * Math.PI) / 360));
const places = new Map();
for (const item of points.items) {
  if (!item.coordinates) continue;
  const { lon, lat } = item.coordinates;
  places.set(lon + ',' + lat, [(lon - 11.8) * 1000, (TOP - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) * 1000 * 180 / Math.PI]);
}
let svg = '<section aria-busy="false"><svg viewBox="0 0 3300 2600" style="display:block;width:100%;max-width:731px;aspect-ratio:3300/2600">';
for (const shape of Object.values(geometry.districts)) svg += '<g class="district"><path fill="#cde" stroke="#fff" d="' + shape.d + '"></path></g>';
for (const [x, y] of places.values()) svg += '<g class="point"><circle fill="#b3261e" r="22" cx="' + x + '" cy="' + y + '"></circle></g>';
customElements.define('sinn-initiative-map', class extends HTMLElement {});
document.querySelector('sinn-initiative-map').attachShadow({ mode: 'open' }).innerHTML = svg + '</svg></section>';
`;
}

// Injected before the page's scripts: marks of what the page did, read back once the map is painted.
const INSTRUMENT = `(() => {
  const marks = (globalThis.__marks = []);
  const mark = (name, extra) => marks.push({ name, t: performance.now(), ...extra });
  globalThis.__mark = mark;
  performance.mark('__align');
  const short = (url) => String(url).replace(/^https?:\\/\\/[^/]+/, '').slice(0, 60);
  const fetch0 = globalThis.fetch;
  globalThis.fetch = function (input, init) {
    const url = short(input && input.url ? input.url : input);
    mark('fetch', { url });
    return fetch0.apply(this, arguments).then((response) => (mark('headers', { url }), response));
  };
  const json0 = Response.prototype.json;
  Response.prototype.json = function () {
    const url = short(this.url);
    mark('json-call', { url });
    return json0.call(this).then((value) => (mark('json-done', { url }), value));
  };
  const parse0 = JSON.parse;
  JSON.parse = function (text) {
    const t = performance.now();
    const value = parse0.apply(this, arguments);
    marks.push({ name: 'JSON.parse', t, d: performance.now() - t, n: String(text).length });
    return value;
  };
  const RO = globalThis.ResizeObserver;
  globalThis.ResizeObserver = class extends RO {
    constructor(callback) {
      super((entries, observer) => {
        const t = performance.now();
        callback(entries, observer);
        marks.push({ name: 'ResizeObserver callback', t, d: performance.now() - t, w: entries[0] && entries[0].contentRect.width });
      });
    }
  };
  const raf0 = globalThis.requestAnimationFrame;
  let frames = 0;
  const tick = () => { frames += 1; mark('frame', { n: frames }); if (frames < 400) raf0(tick); };
  raf0(tick);
  const define0 = customElements.define;
  customElements.define = function (name, cls, options) {
    if (name === 'sinn-initiative-map') {
      mark('define');
      const proto = cls.prototype;
      for (const method of ['scheduleUpdate', 'performUpdate', 'willUpdate', 'update', 'render', 'updated', 'firstUpdated', 'connectedCallback', 'firstRequests']) {
        const original = proto[method];
        if (typeof original !== 'function') continue;
        Object.defineProperty(proto, method, {
          configurable: true,
          writable: true,
          value: function () {
            const t = performance.now();
            try {
              return original.apply(this, arguments);
            } finally {
              const busy = this.shadowRoot && this.shadowRoot.querySelector('section');
              marks.push({ name: method, t, d: performance.now() - t, circles: this.shadowRoot ? this.shadowRoot.querySelectorAll('circle').length : 0, busy: busy ? busy.getAttribute('aria-busy') : null });
            }
          },
        });
      }
      const request0 = proto.requestUpdate;
      Object.defineProperty(proto, 'requestUpdate', {
        configurable: true,
        writable: true,
        value: function (name) {
          if (this.isConnected) mark('requestUpdate', { prop: name === undefined ? '' : String(name) });
          return request0.apply(this, arguments);
        },
      });
    }
    return define0.apply(this, arguments);
  };
})();`;

let observerSource: string | undefined;
async function observer(): Promise<string> {
  observerSource ??= (
    await build({
      entryPoints: [join(ROOT, 'bench/lib/cold-observer.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'warning',
    })
  ).outputFiles[0]!.text;
  return observerSource;
}

interface Mark {
  name: string;
  t: number;
  d?: number;
  [key: string]: unknown;
}
interface Resource {
  name: string;
  startTime: number;
  responseStart: number;
  responseEnd: number;
}
interface Run {
  result: ColdResult;
  marks: Mark[];
  resources: Resource[];
  /** The API requests as the network saw them: from the HTTP cache or not (ms on the network's clock, from the first request). */
  api: { url: string; fromCache: boolean; status: number }[];
  trace?: TraceSummary;
}

const KINDS: Record<string, string> = { sinn: 'sinn-map', leaflet: 'leaflet', empty: 'empty' };


async function run(url: string, script: string, kind: string): Promise<Run> {
  const profile = mkdtempSync(join(tmpdir(), 'sinn-profile-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    defaultViewport: VIEWPORT,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const [tab] = await browser.pages();
    const api: Run['api'] = [];
    const cdp = await tab!.createCDPSession();
    await cdp.send('Network.enable');
    cdp.on('Network.responseReceived', (event) => {
      if (event.response.url.includes('/v1/')) api.push({ url: event.response.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 40), fromCache: Boolean(event.response.fromDiskCache || event.response.fromPrefetchCache), status: event.response.status });
    });
    cdp.on('Network.requestServedFromCache', () => undefined);
    // NETWORK=mobile: the race's mobile profile (Chromium's throttling: 150 ms a request, 1.6 Mbit/s down).
    if (process.env.NETWORK === 'mobile') await tab!.emulateNetworkConditions({ download: MOBILE.download, upload: MOBILE.upload, latency: MOBILE.latency });
    await tab!.evaluateOnNewDocument(`globalThis.__coldKind = ${JSON.stringify(KINDS[kind])};\n${INSTRUMENT}\n${script}`);
    if (MODE === 'trace') {
      await tab!.tracing.start({
        categories: [
          '-*',
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-devtools.timeline.frame',
          'v8.execute',
          'v8',
          'blink.user_timing',
          'loading',
          'toplevel',
          ...(process.env.NOPROFILER === '1' ? [] : ['disabled-by-default-v8.cpu_profiler']),
        ],
      });
    }
    await tab!.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const result = (await tab!.evaluate(() => globalThis.__coldLoad)) as ColdResult;
    const { marks, resources, align } = (await tab!.evaluate(() => ({
      marks: (globalThis as unknown as { __marks: Mark[] }).__marks,
      resources: performance.getEntriesByType('resource').map((entry) => {
        const timing = entry as PerformanceResourceTiming;
        return { name: timing.name, startTime: timing.startTime, responseStart: timing.responseStart, responseEnd: timing.responseEnd };
      }),
      align: performance.getEntriesByName('__align')[0]?.startTime ?? 0,
    }))) as { marks: Mark[]; resources: Resource[]; align: number };
    let trace: TraceSummary | undefined;
    if (MODE === 'trace') {
      const buffer = await tab!.tracing.stop();
      trace = summarise(JSON.parse(Buffer.from(buffer!).toString("utf8")) as TraceFile, align, result.ms, marks, resources);
    }
    return { result, marks, resources, api, trace };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---- The trace: the renderer's main thread, summed by what it did, phase by phase.

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> & { cpuProfile?: CpuProfileChunk; timeDeltas?: number[] } };
}
type TraceFile = { traceEvents: TraceEvent[] } | TraceEvent[];
interface CpuProfileChunk {
  nodes?: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; parent?: number }[];
  samples?: number[];
}

/** What an event's self time counts as. */
function category(name: string): string {
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleInvalidatorInvalidationTracking|ScheduleStyleRecalculation)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout|LayoutInvalidationTracking|InvalidateLayout|ComputeIntersections|IntersectionObserverController::computeIntersections)$/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|UpdateLayerTree|PaintImage|CompositeLayers|RasterTask|Decode Image|PaintSetup|Animation)$/.test(name) || name.startsWith('LocalFrameView::') || name.startsWith('Paint')) return 'paint';
  if (/^(ParseHTML|ParseAuthorStyle)/.test(name)) return 'parse HTML/CSS';
  if (/compile|Compile|Parse(Function|Program|Script)|v8.parse|V8.Parse|CacheScript|v8.produceCache|v8.deserialize/i.test(name)) return 'script compile';
  if (/^(HitTest)$/.test(name)) return 'hit test';
  if (/GC|MinorGC|MajorGC|V8.GC|BlinkGC|ScavengerGC/.test(name)) return 'GC';
  if (/^(EvaluateScript|v8\.|V8\.|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8.run|v8.callFunction|v8.evaluateModule|ResizeObserver|XHRReadyStateChange|MessagePortMessage|FireIdleCallback|ProfileCall)/.test(name) || name.includes('JS')) return 'script run';
  if (/^(ResourceReceivedData|ResourceFinish|ResourceReceiveResponse|ResourceSendRequest|ResourceChangePriority)$/.test(name)) return 'network events';
  return 'other';
}

interface Phase {
  name: string;
  from: number;
  to: number;
}
interface TraceSummary {
  phases: { name: string; from: number; to: number; byCategory: Record<string, number> }[];
  topSelf: { phase: string; items: [string, number][] }[];
  jsTop: { phase: string; items: [string, number][] }[];
  tasks: { at: number; dur: number; top: string }[];
}

function summarise(file: TraceFile, align: number, paintedAt: number, marks: Mark[], resources: Resource[]): TraceSummary {
  const events = Array.isArray(file) ? file : file.traceEvents;
  const alignEvent = events.find((event) => event.name === '__align' && event.cat.includes('blink.user_timing'));
  if (!alignEvent) throw new Error('no __align mark in the trace');
  const pid = alignEvent.pid;
  // The page's main thread: the thread of the __align mark, or CrRendererMain of its process.
  const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === pid && event.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? alignEvent.tid;
  const toMs = (ts: number) => (ts - alignEvent.ts) / 1000 + align;
  const chunksEnd = Math.max(...resources.filter((r) => r.name.includes('/widgets/') && !r.name.endsWith('sinn.js')).map((r) => r.responseEnd), 0);
  const apiEnd = Math.max(...resources.filter((r) => r.name.includes('/v1/')).map((r) => r.responseEnd), 0);
  const apiStart = Math.min(...resources.filter((r) => r.name.includes('/v1/')).map((r) => r.startTime));
  const defined = marks.find((m) => m.name === 'define')?.t ?? NaN;
  const phases: Phase[] = [
    { name: '0 → chunks arrived', from: 0, to: chunksEnd },
    { name: 'chunks arrived → defined', from: chunksEnd, to: defined },
    { name: 'defined → API asked', from: defined, to: apiStart },
    { name: 'API asked → answered', from: apiStart, to: apiEnd },
    { name: 'answered → painted', from: apiEnd, to: paintedAt },
  ];
  const slices = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time of each slice (its time less its children's), by a stack walk.
  interface Open {
    event: TraceEvent;
    end: number;
    children: number;
  }
  const self: { name: string; from: number; to: number; self: number }[] = [];
  const stack: Open[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack.at(-1)!.end <= upTo) {
      const open = stack.pop()!;
      self.push({ name: open.event.name, from: toMs(open.event.ts), to: toMs(open.end), self: (open.event.dur! - open.children) / 1000 });
    }
  };
  const tasks: { at: number; dur: number; top: string }[] = [];
  for (const event of slices) {
    close(event.ts);
    const parent = stack.at(-1);
    if (parent) parent.children += Math.min(event.dur!, parent.end - event.ts);
    else if (event.dur! >= 1000 && toMs(event.ts) < paintedAt + 5) tasks.push({ at: Math.round(toMs(event.ts)), dur: Math.round(event.dur! / 100) / 10, top: '' });
    stack.push({ event, end: event.ts + event.dur!, children: 0 });
  }
  close(Infinity);
  // Each top-level task named by its biggest self-time item.
  for (const task of tasks) {
    const within = self.filter((item) => item.from >= task.at - 0.5 && item.to <= task.at + task.dur + 0.5 && item.name !== 'RunTask' && item.name !== 'ThreadControllerImpl::RunTask');
    const byName = new Map<string, number>();
    for (const item of within) byName.set(item.name, (byName.get(item.name) ?? 0) + item.self);
    task.top = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ');
  }
  const clip = (item: { from: number; to: number; self: number }, phase: Phase) => {
    // Self time lies somewhere inside the slice; spread evenly over it for slices that straddle a phase's edge.
    const span = item.to - item.from;
    if (span <= 0) return item.from >= phase.from && item.from < phase.to ? item.self : 0;
    const overlap = Math.max(0, Math.min(item.to, phase.to) - Math.max(item.from, phase.from));
    return (item.self * overlap) / span;
  };
  const topLevel = ['RunTask', 'ThreadControllerImpl::RunTask'];
  const summary = phases.map((phase) => {
    const byCategory: Record<string, number> = {};
    let busy = 0;
    for (const item of self) {
      const share = clip(item, phase);
      if (share <= 0) continue;
      busy += share;
      const kind = topLevel.includes(item.name) ? 'task overhead' : category(item.name);
      byCategory[kind] = (byCategory[kind] ?? 0) + share;
    }
    byCategory.idle = Math.max(0, phase.to - phase.from - busy);
    return { name: phase.name, from: phase.from, to: phase.to, byCategory };
  });
  const topSelf = phases.map((phase) => {
    const byName = new Map<string, number>();
    for (const item of self) {
      const share = clip(item, phase);
      if (share > 0) byName.set(item.name, (byName.get(item.name) ?? 0) + share);
    }
    return { phase: phase.name, items: [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, ms]) => [n, Math.round(ms * 10) / 10] as [string, number]) };
  });
  // V8's samples: self time by function (minified names with their file and column), phase by phase.
  const nodes = new Map<number, { name: string; parent?: number }>();
  const samples: { at: number; node: number }[] = [];
  const profile = events.find((event) => event.name === 'Profile' && event.pid === pid);
  let clock = (profile?.args?.data?.startTime as number | undefined) ?? 0;
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.pid !== pid || (profile && event.id !== profile.id)) continue;
    const chunk = event.args?.data?.cpuProfile;
    for (const node of chunk?.nodes ?? []) {
      const frame = node.callFrame;
      const file = (frame.url ?? '').split('/').pop() ?? '';
      nodes.set(node.id, { name: file ? `${frame.functionName || '(anonymous)'} ${file}:${(frame.lineNumber ?? 0) + 1}:${(frame.columnNumber ?? 0) + 1}` : frame.functionName || '(native)', parent: node.parent });
    }
    const deltas = event.args?.data?.timeDeltas ?? [];
    (chunk?.samples ?? []).forEach((node, index) => {
      clock += deltas[index] ?? 0;
      samples.push({ at: toMs(clock), node });
    });
  }
  const jsTop = phases.map((phase) => {
    const inPhase = samples.filter((sample, index) => sample.at >= phase.from && sample.at < phase.to && index + 1 < samples.length);
    const byName = new Map<string, number>();
    for (const sample of inPhase) {
      const index = samples.indexOf(sample);
      const ms = samples[index + 1]!.at - sample.at;
      const name = nodes.get(sample.node)?.name ?? String(sample.node);
      byName.set(name, (byName.get(name) ?? 0) + ms);
    }
    return { phase: phase.name, items: [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([n, ms]) => [n, Math.round(ms * 10) / 10] as [string, number]) };
  });
  return { phases: summary, topSelf, jsTop, tasks };
}

// ---- The runs.

const median = (values: number[]) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const r1 = (value: number) => Math.round(value * 10) / 10;

/** The moments of one run that the report takes medians of. */
function moments(run: Run): Record<string, number> {
  const { marks, resources, result } = run;
  const res = (part: string) => resources.find((entry) => entry.name.includes(part));
  const widgets = resources.filter((entry) => entry.name.includes('/widgets/') && !entry.name.endsWith('/sinn.js'));
  const api = resources.filter((entry) => entry.name.includes('/v1/'));
  const first = (name: string, test: (mark: Mark) => boolean = () => true) => marks.find((mark) => mark.name === name && test(mark));
  const all = (name: string) => marks.filter((mark) => mark.name === name);
  const performs = all('performUpdate');
  const painting = performs.find((mark) => (mark.circles as number) > 0);
  const json = (part: string) => all('JSON.parse').length; // (ky reads with Response.json: JSON.parse stays unused)
  void json;
  const jsonDone = (part: string) => first('json-done', (mark) => String(mark.url).includes(part))?.t ?? NaN;
  const jsonCall = (part: string) => first('json-call', (mark) => String(mark.url).includes(part))?.t ?? NaN;
  const frames = all('frame').map((mark) => mark.t);
  const frameAfter = (t: number) => frames.find((at) => at > t) ?? NaN;
  return {
    'html end': res('.html')?.responseEnd ?? NaN,
    'sinn.js end': res('/sinn.js')?.responseEnd ?? NaN,
    'chunks last end': Math.max(...widgets.map((entry) => entry.responseEnd)),
    'runtime end': res('/runtime-')?.responseEnd ?? NaN,
    'defined': first('define')?.t ?? NaN,
    'first scheduleUpdate': first('scheduleUpdate')?.t ?? NaN,
    'first performUpdate (skeleton)': performs[0]?.t ?? NaN,
    'skeleton performUpdate ms': performs[0]?.d ?? NaN,
    'API fetch called': first('fetch', (mark) => String(mark.url).includes('/v1/'))?.t ?? NaN,
    'API first request start (RT)': Math.min(...api.map((entry) => entry.startTime)),
    'API last response end (RT)': Math.max(...api.map((entry) => entry.responseEnd)),
    'geometry json done': jsonDone('/geometry'),
    'points json call': jsonCall('/v1/initiatives'),
    'points json done': jsonDone('/v1/initiatives'),
    'taxonomies json done': jsonDone('/taxonomies'),
    'last json done': Math.max(jsonDone('/geometry'), jsonDone('/v1/initiatives'), jsonDone('/taxonomies')),
    'map performUpdate start': painting?.t ?? NaN,
    'map performUpdate ms': painting?.d ?? NaN,
    'render ms (map)': all('render').find((mark) => mark.t >= (painting?.t ?? Infinity))?.d ?? NaN,
    'updated ms (map)': all('updated').find((mark) => mark.t >= (painting?.t ?? Infinity))?.d ?? NaN,
    'performUpdates total': performs.length,
    'performUpdates after map': performs.filter((mark) => mark.t > (painting?.t ?? Infinity)).length,
    'second map performUpdate start': performs.filter((mark) => mark.t > (painting?.t ?? Infinity))[0]?.t ?? NaN,
    'second map performUpdate ms': performs.filter((mark) => mark.t > (painting?.t ?? Infinity))[0]?.d ?? NaN,
    'ResizeObserver callbacks': all('ResizeObserver callback').length,
    'first frame after map update': frameAfter((painting?.t ?? NaN) + (painting?.d ?? 0)),
    'painted (race)': result.ms,
    'frames (race)': result.frames,
    'fcp': result.fcp ?? NaN,
    'API answers from the network': run.api.filter((each) => !each.fromCache).length,
    'API answers from the HTTP cache': run.api.filter((each) => each.fromCache).length,
  };
}

/** The builds compared, `name:dir` (a packages/widgets/dist/cdn copy), each served by a SINN server of its own. */
const VARIANTS: { name: string; dir: string; script?: string }[] = (process.env.VARIANTS ?? `current:${join(ROOT, 'packages/widgets/dist/cdn')}`).split(',').map((pair) => {
  const [name, dir] = pair.split(':');
  return { name: name!, dir: dir! };
});
if (process.env.FLOOR === '1') {
  const dir = join(SITE, '..', 'map-profile-floor');
  rmSync(dir, { recursive: true, force: true });
  cpSync(VARIANTS[0]!.dir, dir, { recursive: true });
  writeFileSync(join(dir, 'floor.js'), floorScript(dir, false));
  writeFileSync(join(dir, 'floor-early.js'), floorScript(dir, true));
  // A stand-in of the vocabulary's answer, about as many bytes once compressed (2.4 KB brotli).
  writeBundle(dir, JSON.stringify({ vocabulary: Array.from({ length: 600 }, (_, index) => ((index * 2654435761) % 2 ** 32).toString(36)) }));
  writeFileSync(join(dir, 'floor-merged.js'), floorScript(dir, false, true));
  writeFileSync(join(dir, 'floor-merged-early.js'), floorScript(dir, true, true));
  VARIANTS.push(
    { name: 'floor', dir, script: 'floor.js' },
    { name: 'floor-early', dir, script: 'floor-early.js' },
    { name: 'floor-merged', dir, script: 'floor-merged.js' },
    { name: 'floor-merged-early', dir, script: 'floor-merged-early.js' },
  );
}

function report(label: string, runs: Run[]): void {
  const table = runs.map(moments);
  const names = Object.keys(table[0] ?? {});
  process.stdout.write(`\n== ${label}: median of ${runs.length} fresh-browser runs (ms from navigation start, or as named):\n`);
  for (const name of names) process.stdout.write(`  ${name.padEnd(34)} ${String(r1(median(table.map((row) => row[name]!)))).padStart(8)}   [${table.map((row) => r1(row[name]!)).join(', ')}]\n`);
  // The run nearest the median, mark by mark.
  const middle = median(runs.map((one) => one.result.ms));
  const typical = runs.reduce((best, one) => (Math.abs(one.result.ms - middle) < Math.abs(best.result.ms - middle) ? one : best));
  if (process.env.MARKS !== '0') {
    process.stdout.write(`\nthe run nearest the median (${r1(typical.result.ms)} ms), its marks:\n`);
    for (const mark of typical.marks) {
      if (mark.name === 'frame' && mark.t > typical.result.ms + 20) continue;
      const { name, t, d, ...rest } = mark;
      process.stdout.write(`  ${r1(t).toString().padStart(7)} ${name}${d !== undefined ? ` (${r1(d)} ms)` : ''} ${Object.keys(rest).length ? JSON.stringify(rest) : ''}\n`);
    }
    for (const entry of typical.resources) process.stdout.write(`  resource ${entry.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 50).padEnd(50)} start ${r1(entry.startTime)} response ${r1(entry.responseStart)}–${r1(entry.responseEnd)}\n`);
  }
  if (MODE === 'trace') {
    const traces = runs.map((one) => one.trace!);
    process.stdout.write('\nmain thread by phase, median over the runs (ms):\n');
    const phaseNames = traces[0]!.phases.map((phase) => phase.name);
    phaseNames.forEach((phaseName, index) => {
      const categories = [...new Set(traces.flatMap((t) => Object.keys(t.phases[index]!.byCategory)))];
      const span = median(traces.map((t) => t.phases[index]!.to - t.phases[index]!.from));
      const parts = categories
        .map((kind) => [kind, median(traces.map((t) => t.phases[index]!.byCategory[kind] ?? 0))] as const)
        .filter(([, ms]) => ms >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, ms]) => `${kind} ${r1(ms)}`);
      process.stdout.write(`  ${phaseName} (span ${r1(span)}): ${parts.join(', ')}\n`);
    });
    const typicalTrace = typical.trace!;
    process.stdout.write('\nthe median run: main-thread self time by event, phase by phase:\n');
    for (const { phase, items } of typicalTrace.topSelf) process.stdout.write(`  ${phase}: ${items.map(([n, ms]) => `${n} ${ms}`).join('; ')}\n`);
    if (typicalTrace.jsTop.some((phase) => phase.items.length)) {
      process.stdout.write('\nthe median run: JavaScript self time by function (V8 samples), phase by phase:\n');
      for (const { phase, items } of typicalTrace.jsTop) process.stdout.write(`  ${phase}:\n${items.map(([n, ms]) => `      ${String(ms).padStart(6)} ${n}`).join('\n')}\n`);
    }
    process.stdout.write('\nthe median run: main-thread tasks of 1 ms or more until painted:\n');
    for (const task of typicalTrace.tasks) process.stdout.write(`  ${String(task.at).padStart(5)} +${task.dur} ms: ${task.top}\n`);
  }
}

async function main(): Promise<void> {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  writeFileSync(join(SITE, 'empty.html'), page('', ''));
  const servers: { name: string; stop: () => Promise<void>; url: string; page: string }[] = [];
  const saved = process.env.SINN_WIDGETS_DIR;
  try {
    for (const variant of VARIANTS) {
      process.env.SINN_WIDGETS_DIR = variant.dir;
      const sinn = await startSinnServer();
      const origin = `http://localhost:${sinn.port}`;
      writeFileSync(
        join(SITE, `sinn-map-${variant.name}.html`),
        page(
          `<script type="module" src="${origin}/widgets/${variant.script ?? 'sinn.js'}"></script>`,
          '<sinn-initiative-map><a href="https://sinn-sachsen.de/">Initiativen auf sinn-sachsen.de</a></sinn-initiative-map>',
        ),
      );
      servers.push({ name: variant.name, stop: () => sinn.stop(), url: sinn.url, page: `sinn-map-${variant.name}.html` });
    }
  } finally {
    if (saved === undefined) delete process.env.SINN_WIDGETS_DIR;
    else process.env.SINN_WIDGETS_DIR = saved;
  }
  const pointsQuery = new URLSearchParams({ fields: INITIATIVE_POINT_FIELDS.join(','), limit: String(MAX_INITIATIVE_POINTS_PER_PAGE) });
  writeFileSync(join(SITE, 'leaflet.js'), readFileSync(join(LEAFLET, 'dist/leaflet.js')));
  writeFileSync(join(SITE, 'leaflet.css'), readFileSync(join(LEAFLET, 'dist/leaflet.css')));
  writeFileSync(join(SITE, 'districts.geojson'), JSON.stringify(districtsGeoJson()));
  writeFileSync(join(SITE, 'leaflet.html'), leafletPage(`${servers[0]!.url.replace('127.0.0.1', 'localhost')}/v1/initiatives?${pointsQuery}`));
  const site = await startStaticServer(SITE);
  const script = await observer();
  const pages = [
    ...servers.map((server) => ({ label: server.name, file: server.page, kind: 'sinn' })),
    ...(process.env.EMPTY === '1' ? [{ label: 'empty page', file: 'empty.html', kind: 'empty' }] : []),
    ...(process.env.LEAFLET === '1' ? [{ label: 'Leaflet', file: 'leaflet.html', kind: 'leaflet' }] : []),
  ];
  const runs = new Map<string, Run[]>(pages.map((one) => [one.label, []]));
  try {
    const points = new URLSearchParams({ fields: INITIATIVE_POINT_FIELDS.join(','), limit: String(MAX_INITIATIVE_POINTS_PER_PAGE) });
    const answer = await (await fetch(`${servers[0]!.url}/v1/initiatives?${points}`)).text();
    process.stdout.write(`points answer: ${answer.length} bytes of JSON\n`);
    for (let index = -1; index < RUNS; index += 1) {
      // The pages take turns in a rotating order; the first round is not counted (the servers' caches warm).
      const order = pages.map((_, at) => pages[(at + Math.max(index, 0)) % pages.length]!);
      for (const one of order) {
        const done = await run(`${site.url}/${one.file}`, script, one.kind);
        if (index < 0) continue;
        runs.get(one.label)!.push(done);
        process.stdout.write(`run ${index + 1} ${one.label}: painted at ${r1(done.result.ms)} ms (${done.result.frames} frames)\n`);
      }
    }
  } finally {
    await site.close();
    for (const server of servers) await server.stop();
  }
  for (const one of pages) if (one.kind === 'sinn' && !one.label.startsWith('floor')) report(one.label, runs.get(one.label)!);
  process.stdout.write('\n== summary: painted (race\'s frame), median [runs]\n');
  for (const one of pages) {
    const values = runs.get(one.label)!.map((each) => each.result.ms);
    process.stdout.write(`  ${one.label.padEnd(20)} ${r1(median(values))}   [${values.map(r1).join(', ')}]\n`);
  }
  const emptyRuns = runs.get('empty page');
  const leafletRuns = runs.get('Leaflet');
  if (emptyRuns) {
    const empty = median(emptyRuns.map((each) => each.result.ms));
    const leaflet = leafletRuns ? median(leafletRuns.map((each) => each.result.ms)) - empty : NaN;
    process.stdout.write(`\n== less the empty page (${r1(empty)}): SINN − empty, and ÷ (Leaflet − empty = ${r1(leaflet)})\n`);
    for (const one of pages.filter((each) => each.kind === 'sinn')) {
      const less = median(runs.get(one.label)!.map((each) => each.result.ms)) - empty;
      process.stdout.write(`  ${one.label.padEnd(20)} ${r1(less)}   ratio ${(less / leaflet).toFixed(2)}\n`);
    }
  }
  if (process.env.OUT) writeFileSync(process.env.OUT, JSON.stringify(Object.fromEntries([...runs].map(([label, list]) => [label, list.map((one) => ({ ...one, moments: one.result.error ? {} : moments(one) }))])), null, 1));
}

await main();
process.exit(0);
