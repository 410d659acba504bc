// A tool, not part of `npm run bench`: where a cold load of the calendar's partner page spends its time, and two
// builds of the widgets side by side. Each build is served by its own SINN server (SINN_WIDGETS_DIR); every run a
// fresh Chromium as in bench/cold-load.ts, the pages taking turns, 50 events, unthrottled.
//
//   node --conditions=source --import tsx bench/cold-profile.ts [name=dir ...]
//
// Without arguments: the build in packages/widgets/dist/cdn. COLD_PROFILE_RUNS (default 15): timed runs of each
// page; COLD_PROFILE_TRACES (default 3): traced runs of each SINN build, whose main thread is broken down.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sinnPage, SITE, writeSite } from './cold-load.js';
import { calendarEvents } from './lib/calendar-events.js';
import { coldLoad, UNTHROTTLED, type ColdLoad } from './lib/cold-browser.js';
import { bundleFullCalendar, installFullCalendar } from './lib/fullcalendar.js';
import { breakdown, traceCategories, type Breakdown } from './lib/main-thread.js';
import { median } from './lib/report.js';
import { startSinnServer, type SinnServer } from './lib/sinn-server.js';
import { startStaticServer } from './lib/static-server.js';

const EVENTS = Number(process.env.COLD_PROFILE_EVENTS ?? 50);
const RUNS = Number(process.env.COLD_PROFILE_RUNS ?? 15);
const TRACES = Number(process.env.COLD_PROFILE_TRACES ?? 3);
const builds = (process.argv.slice(2).length ? process.argv.slice(2) : ['current=packages/widgets/dist/cdn']).map((arg) => {
  const [name, dir] = arg.split('=');
  return { name: name!, dir: resolve(dir!) };
});

installFullCalendar();
const fullCalendar = await bundleFullCalendar();
const servers: { name: string; server: SinnServer }[] = [];
try {
  for (const build of builds) {
    const server = await startSinnServer({ SINN_WIDGETS_DIR: build.dir });
    await server.setEvents(calendarEvents(EVENTS));
    servers.push({ name: build.name, server });
  }
  writeSite(fullCalendar, `http://localhost:${servers[0]!.server.port}`);
  for (const { name, server } of servers) writeFileSync(join(SITE, `sinn-${name}.html`), sinnPage(`http://localhost:${server.port}`));
  const site = await startStaticServer(SITE);
  const pages = [
    { name: 'empty', kind: 'empty' as const, url: `${site.url}/empty.html` },
    { name: 'fullcalendar', kind: 'fullcalendar' as const, url: `${site.url}/fullcalendar-${EVENTS}.html` },
    ...servers.map(({ name }) => ({ name: `sinn-${name}`, kind: 'sinn' as const, url: `${site.url}/sinn-${name}.html` })),
  ];
  const loads = new Map<string, ColdLoad[]>(pages.map((page) => [page.name, []]));
  try {
    for (let run = -1; run < RUNS; run += 1) {
      for (let at = 0; at < pages.length; at += 1) {
        const page = pages[(at + Math.max(run, 0)) % pages.length]!;
        const load = await coldLoad(page.url, { kind: page.kind, network: UNTHROTTLED });
        if (load.result.error) process.stderr.write(`${page.name}: ${load.result.error}\n`);
        if (run >= 0) loads.get(page.name)!.push(load);
      }
    }
    const ms = (name: string) => median(loads.get(name)!.map((load) => load.result.ms));
    const empty = ms('empty');
    const fc = ms('fullcalendar') - empty;
    process.stdout.write(`\n${EVENTS} events, unthrottled, median of ${RUNS} runs: empty ${ms('empty').toFixed(0)} ms, FullCalendar ${ms('fullcalendar').toFixed(0)} ms\n`);
    for (const { name } of servers) {
      const sinn = loads.get(`sinn-${name}`)!;
      const of = (pick: (load: ColdLoad) => number | null | undefined) => median(sinn.map(pick).filter((v): v is number => typeof v === 'number'));
      const api = (load: ColdLoad) => load.requests.filter((r) => r.url.includes('/v1/'));
      const chunksEnd = (load: ColdLoad) => Math.max(...load.requests.filter((r) => /\/widgets\/.+-.+\.js$/.test(r.url)).map((r) => r.end ?? 0));
      process.stdout.write(
        `  ${name}: ${ms(`sinn-${name}`).toFixed(0)} ms, ratio ${((ms(`sinn-${name}`) - empty) / fc).toFixed(2)}; ` +
          `chunks in ${of(chunksEnd).toFixed(0)}, defined ${of((l) => l.result.defined).toFixed(0)}, ` +
          `API from ${of((l) => Math.min(...api(l).map((r) => r.start))).toFixed(0)} to ${of((l) => Math.max(...api(l).map((r) => r.end ?? 0))).toFixed(0)}, ` +
          `painted ${of((l) => l.result.ms).toFixed(0)} (runs: ${sinn.map((l) => l.result.ms.toFixed(0)).join(' ')})\n`,
      );
    }
    if (TRACES > 0) {
      const dir = join(SITE, '..', 'cold-traces');
      mkdirSync(dir, { recursive: true });
      for (const { name } of servers) {
        const page = pages.find((one) => one.name === `sinn-${name}`)!;
        const traced: Breakdown[] = [];
        for (let run = 0; run < TRACES; run += 1) {
          const load = await coldLoad(page.url, { kind: 'sinn', network: UNTHROTTLED, trace: traceCategories(process.env.COLD_PROFILE_CPU === '1') });
          writeFileSync(join(dir, `${name}-${run}.json`), JSON.stringify({ traceEvents: load.trace }));
          traced.push(breakdown(load.trace!, load.result.ms));
        }
        process.stdout.write(`\n## ${name}, traced (${dir}/${name}-N.json)\n`);
        for (const one of traced) process.stdout.write(`${one.text}\n`);
      }
    }
  } finally {
    await site.close();
  }
} finally {
  for (const { server } of servers) await server.stop();
}
