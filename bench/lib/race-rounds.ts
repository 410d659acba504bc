// The rounds of a cold-load race (bench/cold-load.ts, bench/map-race.ts): pages loaded cold, each in a fresh
// Chromium, taking turns, and the run that stands for each.
import { coldLoad, type ColdLoad, type NetworkProfile } from './cold-browser.js';
import type { ColdKind } from './cold-observer.js';
import { median } from './report.js';

/**
 * `runs` cold loads of each of `kinds` on `network`, after one of each not counted (the servers' caches and compiled
 * code are warm for every run after). The pages take turns in a rotating order, so that whatever the machine does
 * meanwhile falls on all. What a page reported goes to `problems`, after `label(kind)`.
 */
export async function raceRounds<K extends ColdKind>(
  kinds: readonly K[],
  runs: number,
  network: NetworkProfile,
  url: (kind: K) => string,
  label: (kind: K) => string,
  problems: string[],
): Promise<Record<K, ColdLoad[]>> {
  const loads = Object.fromEntries(kinds.map((kind) => [kind, [] as ColdLoad[]])) as Record<K, ColdLoad[]>;
  for (let index = -1; index < runs; index += 1) {
    const order = kinds.map((_, at) => kinds[(at + Math.max(index, 0)) % kinds.length]!);
    for (const kind of order) {
      const load = await coldLoad(url(kind), { kind, network });
      if (load.result.error) problems.push(`${label(kind)}: ${load.result.error}`);
      problems.push(...load.problems.map((problem) => `${label(kind)}: ${problem}`));
      if (index >= 0) loads[kind].push(load);
    }
  }
  return loads;
}

/** The run nearest the median, whose requests stand for the kind's in the report. */
export function typical(loads: ColdLoad[]): ColdLoad {
  const middle = median(loads.map((load) => load.result.ms));
  return loads.reduce((best, load) => (Math.abs(load.result.ms - middle) < Math.abs(best.result.ms - middle) ? load : best));
}
