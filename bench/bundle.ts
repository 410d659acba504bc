// `npm run bench` (bundle): what a page downloads for the SINN elements, from the script-tag build, and the
// layout shift the example pages show while they load in Chromium.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { measureLayoutShift } from './lib/layout-shift.js';
import { markdownTable, target, writeReport, type Target } from './lib/report.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The script-tag build: sinn.js, the runtime chunk and one chunk per element. */
export const CDN = join(ROOT, 'packages/widgets/dist/cdn');
const KB = 1024;

export interface Size {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** One file of the script-tag build as a page downloads it. */
export function measure(file: string): Size {
  const bytes = readFileSync(join(CDN, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const kb = (bytes: number) => Number((bytes / KB).toFixed(2));

/** Builds the packages and the script-tag build, and returns the names of the script-tag build's files. */
export function buildScriptTag(): string[] {
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.mjs', '--silent'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the build failed');
  return readdirSync(CDN).filter((name) => name.endsWith('.js'));
}

export async function benchBundle(): Promise<Target[]> {
  const files = buildScriptTag();
  const sizes = files.map(measure);
  const loader = sizes.find((size) => size.file === 'sinn.js')!;
  const runtime = sizes.find((size) => size.file.startsWith('runtime-'))!;
  const elements = sizes.filter((size) => size !== loader && size !== runtime);
  const cards = elements.find((size) => size.file.startsWith('initiative-cards-'))!;
  const page = { gzip: loader.gzip + runtime.gzip + cards.gzip, brotli: loader.brotli + runtime.brotli + cards.brotli };

  const shifts = await measureLayoutShift(['plain', 'caritas', 'dark', 'hostile', 'english', 'calendar']);

  const targets = [
    target('loader, KB gzip', kb(loader.gzip), 'max', 2),
    target('initiative cards with all they need (runtime + chunk), KB gzip', kb(runtime.gzip + cards.gzip), 'max', 22),
    ...shifts.map((shift) => target(`cumulative layout shift, examples/${shift.page}.html`, Number(shift.cls.toFixed(4)), 'max', 0.01)),
  ];
  const markdown = [
    '# What a page downloads',
    '',
    'The script-tag build, minified with terser; KB = 1,024 bytes.',
    '',
    markdownTable(
      ['file', 'bytes', 'gzip KB', 'brotli KB'],
      [
        ...sizes.map((size) => [size.file, size.raw, kb(size.gzip), kb(size.brotli)]),
        ['page with the initiative cards (loader + runtime + cards)', '', kb(page.gzip), kb(page.brotli)],
      ],
    ),
    '',
    '## Layout shift while the example pages load (Chromium, 1100×1400)',
    '',
    markdownTable(['page', 'cumulative layout shift'], shifts.map((shift) => [shift.page, shift.cls.toFixed(4)])),
    '',
    ...targets.map((t) => `- ${t.met ? 'met' : 'MISSED'}: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})`),
  ].join('\n');
  writeReport('bundle', { date: new Date().toISOString(), sizes, page, shifts, targets }, markdown);
  process.stdout.write(`${markdown}\n`);
  return targets;
}
