// `npm run bench`: every benchmark, one after the other; reports go to bench/results/. Exits non-zero when a
// target is missed, so a person running it sees it. Not part of `npm test` or CI: timing on shared machines is
// for reading, not for failing a build.
import { benchApi } from './api.js';
import { benchBundle } from './bundle.js';
import { benchSdkSize } from './sdk-size.js';
import type { Target } from './lib/report.js';

const targets: Target[] = [];
targets.push(...(await benchSdkSize()));
targets.push(...(await benchBundle()));
if (process.env.BENCH_ONLY !== 'size') targets.push(...(await benchApi()));

const missed = targets.filter((t) => !t.met);
process.stdout.write(`\n${targets.length - missed.length} of ${targets.length} targets met\n`);
for (const t of missed) process.stdout.write(`  missed: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})\n`);
process.exit(missed.length ? 1 : 0);
