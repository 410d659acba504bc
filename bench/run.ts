// `npm run bench`: every benchmark, one after the other; reports go to bench/results/. Exits non-zero when a
// target is missed, so a person running it sees it. Not part of `npm test` or CI: timing on shared machines is
// for reading, not for failing a build. BENCH_ONLY=size, calendar, cold, map, api, signups, surveys, search or
// lighthouse runs only that part.
import { benchApi } from './api.js';
import { benchBundle } from './bundle.js';
import { benchCalendar } from './calendar.js';
import { benchColdLoad } from './cold-load.js';
import { benchLighthouse } from './lighthouse.js';
import { benchMapRace } from './map-race.js';
import { benchMentorSearch } from './mentor-search.js';
import { benchSdkSize } from './sdk-size.js';
import { benchSignups } from './signups.js';
import { benchSurveys } from './surveys.js';
import type { Target } from './lib/report.js';

const PARTS = ['size', 'calendar', 'cold', 'map', 'api', 'signups', 'surveys', 'search', 'lighthouse'] as const;
const only = process.env.BENCH_ONLY || undefined;
if (only && !(PARTS as readonly string[]).includes(only)) {
  process.stderr.write(`BENCH_ONLY must be one of ${PARTS.join(', ')}, not "${only}"\n`);
  process.exit(2);
}
const runs = (part: (typeof PARTS)[number]) => !only || only === part;

const targets: Target[] = [];
if (runs('size')) {
  targets.push(...(await benchSdkSize()));
  targets.push(...(await benchBundle()));
}
// The calendar and the API take a while: BENCH_ONLY=size leaves them out.
if (runs('calendar')) targets.push(...(await benchCalendar()));
if (runs('cold')) targets.push(...(await benchColdLoad()));
if (runs('map')) targets.push(...(await benchMapRace()));
if (runs('api')) targets.push(...(await benchApi()));
if (runs('signups')) targets.push(...(await benchSignups()));
if (runs('surveys')) targets.push(...(await benchSurveys()));
if (runs('search')) targets.push(...(await benchMentorSearch()));
if (runs('lighthouse')) targets.push(...(await benchLighthouse()));

const missed = targets.filter((t) => !t.met);
process.stdout.write(`\n${targets.length - missed.length} of ${targets.length} targets met\n`);
for (const t of missed) process.stdout.write(`  missed: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})\n`);
process.exit(missed.length ? 1 : 0);
