// `npm run bench` (bundle): what a page downloads for the SINN elements, from the script-tag build, and the
// layout shift the example pages show while they load in Chromium. The join form's chunk (with the forms' shared
// fields) is what a page with the form downloads to show it; its sending (the forms' shared sending with the proof
// of work's challenge, and the form's own checks) comes once a person starts filling it in, the main-thread solver
// only where no worker can start, and the worker is a file of its own. The mentor search's contact dialog comes
// with the first click on "contact", with the same shared fields and sending. Each element's strings are a chunk
// per language beside it (initiative-cards-de), fetched with it for the language the page speaks.
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

/** The chunk of the script-tag build named `name`, to which rollup appends a hash of 8 characters. */
export function chunkFile(files: string[], name: string): string {
  const file = files.find((each) => each.startsWith(`${name}-`) && /^[\w-]{8}\.js$/.test(each.slice(name.length + 1)));
  if (!file) throw new Error(`the build has no chunk ${name}`);
  return file;
}

const gzipOf = (...sizes: Size[]) => sizes.reduce((sum, size) => sum + size.gzip, 0);
const brotliOf = (...sizes: Size[]) => sizes.reduce((sum, size) => sum + size.brotli, 0);

export async function benchBundle(): Promise<Target[]> {
  const files = buildScriptTag();
  const sizes = files.map(measure);
  const chunk = (name: string) => sizes.find((size) => size.file === chunkFile(files, name))!;
  const loader = sizes.find((size) => size.file === 'sinn.js')!;
  // A page downloads the strings of the language it speaks: German, the larger, is counted.
  const runtime = chunk('runtime');
  const runtimeDe = chunk('runtime-de');
  const cards = chunk('initiative-cards');
  const cardsDe = chunk('initiative-cards-de');
  const form = chunk('join-form');
  const formDe = chunk('join-form-de');
  const fields = chunk('forms');
  const fieldsDe = chunk('forms-de');
  const shared = chunk('sending');
  const sending = chunk('join-form-sending');
  const slices = chunk('sending-slices');
  const mentors = chunk('mentor-search');
  const mentorsDe = chunk('mentor-search-de');
  const contact = chunk('mentor-search-contact');
  const contactDe = chunk('mentor-search-contact-de');
  const worker = sizes.find((size) => size.file === 'pow-worker.js')!;
  const cardsPage = [loader, runtime, runtimeDe, cards, cardsDe];
  const page = { gzip: gzipOf(...cardsPage), brotli: brotliOf(...cardsPage) };

  const shifts = await measureLayoutShift(['plain', 'caritas', 'dark', 'hostile', 'english', 'calendar', 'join', 'mentors']);

  const targets = [
    target('loader, KB gzip', kb(loader.gzip), 'max', 2),
    target('initiative cards with all they need (runtime + chunk, each with its German strings), KB gzip', kb(gzipOf(runtime, runtimeDe, cards, cardsDe)), 'max', 22),
    // The shared fields come with the form's page as its own chunk does: together they are what the form costs.
    target('join form with its page (its chunk and the forms\' shared fields, each with its German strings, on top of the runtime; sending, solver and worker apart), KB gzip', kb(gzipOf(form, formDe, fields, fieldsDe)), 'max', 8),
    target('mentor search chunk with its German strings (on top of the runtime; the contact dialog apart), KB gzip', kb(gzipOf(mentors, mentorsDe)), 'max', 8),
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
        ['page with the initiative cards (loader + runtime + cards, with their German strings)', '', kb(page.gzip), kb(page.brotli)],
      ],
    ),
    '',
    '## The join form',
    '',
    'What a page with `<sinn-join-form>` downloads on top of the loader and the runtime, and when.',
    '',
    markdownTable(
      ['part', 'file', 'gzip KB', 'brotli KB', 'downloaded'],
      [
        ['the form', form.file, kb(form.gzip), kb(form.brotli), 'with the page'],
        ['its German strings', formDe.file, kb(formDe.gzip), kb(formDe.brotli), 'with the page'],
        ['the forms\' shared fields, summary, consent', fields.file, kb(fields.gzip), kb(fields.brotli), 'with the page'],
        ['their German strings', fieldsDe.file, kb(fieldsDe.gzip), kb(fieldsDe.brotli), 'with the page'],
        ['its own checks', sending.file, kb(sending.gzip), kb(sending.brotli), 'when a person starts filling it in'],
        ['the forms\' shared sending: challenge, retries', shared.file, kb(shared.gzip), kb(shared.brotli), 'then'],
        ['the proof-of-work worker', worker.file, kb(worker.gzip), kb(worker.brotli), 'then, where the page may start it (same origin)'],
        ['the main-thread solver', slices.file, kb(slices.gzip), kb(slices.brotli), 'then, where no worker can start (a partner\'s page)'],
      ],
    ),
    '',
    '## The mentor search',
    '',
    'What a page with `<sinn-mentor-search>` downloads on top of the loader and the runtime, and when.',
    '',
    markdownTable(
      ['part', 'file', 'gzip KB', 'brotli KB', 'downloaded'],
      [
        ['the search', mentors.file, kb(mentors.gzip), kb(mentors.brotli), 'with the page'],
        ['its German strings', mentorsDe.file, kb(mentorsDe.gzip), kb(mentorsDe.brotli), 'with the page'],
        ['its contact dialog: fields, checks', contact.file, kb(contact.gzip), kb(contact.brotli), 'with the first click on "contact"'],
        ['the dialog\'s German strings', contactDe.file, kb(contactDe.gzip), kb(contactDe.brotli), 'then'],
        ['the forms\' shared fields, summary, consent', fields.file, kb(fields.gzip), kb(fields.brotli), 'then (unless the join form brought it)'],
        ['the forms\' shared sending: challenge, retries', shared.file, kb(shared.gzip), kb(shared.brotli), 'then'],
        ['the proof-of-work worker or the main-thread solver', `${worker.file} / ${slices.file}`, `${kb(worker.gzip)} / ${kb(slices.gzip)}`, `${kb(worker.brotli)} / ${kb(slices.brotli)}`, 'when a person first focuses the form'],
      ],
    ),
    '',
    '## Layout shift while the example pages load (Chromium, 1100×1400)',
    '',
    markdownTable(['page', 'cumulative layout shift'], shifts.map((shift) => [shift.page, shift.cls.toFixed(4)])),
    '',
    ...targets.map((t) => `- ${t.met ? 'met' : 'MISSED'}: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})`),
  ].join('\n');
  const joinForm = { form: form.gzip, formDe: formDe.gzip, fields: fields.gzip, fieldsDe: fieldsDe.gzip, sending: sending.gzip, sharedSending: shared.gzip, worker: worker.gzip, slices: slices.gzip };
  const mentorSearch = { search: mentors.gzip, searchDe: mentorsDe.gzip, contact: contact.gzip, contactDe: contactDe.gzip };
  writeReport('bundle', { date: new Date().toISOString(), sizes, page, joinForm, mentorSearch, shifts, targets }, markdown);
  process.stdout.write(`${markdown}\n`);
  return targets;
}
