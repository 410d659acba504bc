import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));

export interface Target {
  name: string;
  /** What was measured and what it had to be. */
  measured: number;
  limit: number;
  /** `min`: measured must be at least the limit; `max`: at most. */
  kind: 'min' | 'max';
  met: boolean;
}

export function target(name: string, measured: number, kind: 'min' | 'max', limit: number): Target {
  return { name, measured, limit, kind, met: kind === 'min' ? measured >= limit : measured <= limit };
}

/** The middle value (the mean of the two middle ones for an even count): what a bench reports of its runs. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Writes `<name>.json` and `<name>.md` under bench/results/. */
export function writeReport(name: string, data: object, markdown: string): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(`${RESULTS}${name}.json`, `${JSON.stringify(data, null, 2)}\n`);
  writeFileSync(`${RESULTS}${name}.md`, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
