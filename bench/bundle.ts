// `npm run bench` (bundle): what a page downloads for the SINN elements, from the script-tag build, and the
// layout shift the example pages show while they load in Chromium. The join form's chunk (with the forms' shared
// fields) is what a page with the form downloads to show it; its sending (the forms' shared sending with the proof
// of work's challenge, and the form's own checks) comes once a person starts filling it in, the main-thread solver
// only where no worker can start, and the worker is a file of its own. The mentor search's contact dialog comes
// with the first click on "contact", with the same shared fields and sending. Each element's strings are a chunk
// per language beside it (initiative-cards-de), fetched with it for the language the page speaks.
// The targets of issue 22 are reckoned from the built files and the imports between them (bench/lib/chunk-graph.ts),
// not from a list of chunk names: a chunk that one of them comes to import counts. What the four elements cost a
// partner's page, what the map with all it needs costs one (its geometry and points too), and what the API sends,
// is measured in Chromium from the bodies as they came over the wire (issue 25 for the map).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunkName, closure, fileOf, pageOf, readChunkGraph } from './lib/chunk-graph.js';
import { modulesByFile } from './lib/chunk-modules.js';
import { measureDownloads, type Download } from './lib/downloads.js';
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

/**
 * One file of the script-tag build as a page downloads it: its brotli and gzip twins, which the server sends
 * (scripts/rollup-precompress.mjs), or the file itself where the build wrote no smaller twin.
 */
export function measure(file: string): Size {
  const path = join(CDN, file);
  const raw = readFileSync(path).length;
  const twin = (suffix: string) => (existsSync(`${path}.${suffix}`) ? readFileSync(`${path}.${suffix}`).length : raw);
  return { file, raw, gzip: twin('gz'), brotli: twin('br') };
}

export const kb = (bytes: number) => Number((bytes / KB).toFixed(2));

let built = false;

/**
 * Builds the packages and the script-tag build (once per `npm run bench`, whichever parts ask), and returns the
 * names of the script-tag build's files.
 */
export function buildScriptTag(): string[] {
  // BENCH_BUILT=1: the build in packages/*/dist is current (while working on a benchmark itself).
  if (!built && process.env.BENCH_BUILT !== '1') {
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.mjs', '--silent'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('the build failed');
    built = true;
  }
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

/** The elements, by the name of their chunk. */
const ELEMENTS = ['initiative-cards', 'event-calendar', 'join-form', 'mentor-search', 'survey'] as const;
/** The map, beside them: its own part is counted without the chunk it shares with the cards (opening an
 * initiative, its dialog), which is counted apart. */
const MAP = 'initiative-map';
const SHARED_WITH_CARDS = 'initiative-shared';
/** What the forms load when a person first touches them: the join form's and the survey's checks and sending (with
 * the strings of what a sending leads to), the mentor search's contact dialog. The rest of what a page may load comes earlier. */
const FORM_TOUCH = [
  'join-form-sending',
  'join-form-outcomes-de',
  'join-form-outcomes-en',
  'survey-sending',
  'survey-outcomes-de',
  'survey-outcomes-en',
  'mentor-search-contact',
];
/** zod in a file: its modules (or a stand-in's), or what its code keeps through minifying. */
const ZOD_MODULE = /(^|\/)node_modules\/zod\/|(^|\/)packages\/sdk\/src\/compact-zod\//;
const ZOD_MARKERS = [/\b_zod\b/, /\$Zod[A-Z]\w*/, /\bZodMini[A-Z]\w*/, /\bZodError\b/];

const sumKb = (downloads: Download[], key: 'bytes' | 'brotli') => kb(downloads.reduce((sum, each) => sum + each[key], 0));
const shortUrl = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`.replace(/^\/widgets\//, '');
};

export async function benchBundle(): Promise<Target[]> {
  const files = buildScriptTag();
  const sizes = files.map(measure);
  const size = (file: string) => sizes.find((each) => each.file === file)!;
  const chunk = (name: string) => size(chunkFile(files, name));
  const graph = readChunkGraph(CDN);
  const total = (set: Iterable<string>) => {
    const list = [...set].sort();
    return { files: list, gzip: gzipOf(...list.map(size)), brotli: brotliOf(...list.map(size)) };
  };
  const german = (file: string) => !chunkName(file).endsWith('-en');
  const loader = size('sinn.js');

  // What a page fetches for each element, speaking German, before anyone touches it; and of that, what is the
  // element's own (its chunk and what comes with it), on top of the loader, the runtime and the runtime's strings.
  // (The loader imports the runtime with each element's chunk, not statically: it is named here.)
  const shared = closure(graph, ['sinn.js', fileOf(graph, 'runtime'), fileOf(graph, 'runtime-de')]);
  const pages = Object.fromEntries(ELEMENTS.map((element) => [element, pageOf(graph, element)])) as Record<(typeof ELEMENTS)[number], Set<string>>;
  // The runtime's second part, ky and the SDK's HTTP client: a page reads the first answers the loader asked for
  // without it and fetches it at the first sign of use; the forms, whose sending needs it, bring it with their code.
  // It is the runtime's, not an element's own.
  const httpClient = fileOf(graph, 'http-client');
  const own = (element: (typeof ELEMENTS)[number]) => total([...pages[element]].filter((file) => !shared.has(file) && file !== httpClient));
  // What a form fetches when a person first touches it, on top of its page: on a partner's page, where no worker
  // can start, the main-thread solver rather than the worker.
  // What a page already has is not walked through: what it may load later (a filter bar) is no form's.
  const touched = (starts: string[], page: Set<string>) =>
    total([...closure(graph, starts.map((name) => fileOf(graph, name)), { later: true, leaveOut: (file) => page.has(file) || !german(file) || file === 'pow-worker.js' })]);
  const joinTouched = touched(['join-form-sending', 'join-form-outcomes-de'], pages['join-form']);
  const contactTouched = touched(['mentor-search-contact', 'mentor-search-contact-de'], pages['mentor-search']);
  // What opening an item fetches on top of its page, at the first sign that a person is about to open one.
  const cardOpened = touched(['base-dialog', 'base-easy-language', 'initiative-cards-initiative-detail'], pages['initiative-cards']);
  const eventOpened = touched(['base-dialog', 'base-easy-language', 'event-calendar-event-detail', 'event-calendar-detail-de'], pages['event-calendar']);
  const surveyTouched = touched(['survey-sending', 'survey-outcomes-de'], pages.survey);

  // Everything a page may fetch before a form is touched, in either language, and the zod in it.
  const beforeForms = closure(graph, ['sinn.js'], { later: true, leaveOut: (file) => FORM_TOUCH.includes(chunkName(file)) });
  const modules = await modulesByFile(CDN);
  const zod = files.map((file) => {
    const code = readFileSync(join(CDN, file), 'utf8');
    return {
      file,
      beforeForms: beforeForms.has(file),
      modules: (modules.get(file) ?? []).filter((id) => ZOD_MODULE.test(id)),
      markers: ZOD_MARKERS.filter((marker) => marker.test(code)).map((marker) => code.match(marker)![0]),
    };
  });
  const zodBeforeForms = zod.filter((each) => each.beforeForms && (each.modules.length > 0 || each.markers.length > 0));

  // What the map's page fetches, and of that its own part on top of the runtime, the chunk it shares with the
  // cards counted apart.
  const mapPage = pageOf(graph, MAP);
  const sharedWithCards = fileOf(graph, SHARED_WITH_CARDS);
  const mapOwn = total([...mapPage].filter((file) => !shared.has(file) && file !== sharedWithCards && file !== httpClient));

  const shifts = await measureLayoutShift([
    ...['plain', 'caritas', 'dark', 'hostile', 'english', 'calendar', 'join', 'mentors', 'survey'].map((page) => ({ page, width: 1100 })),
    // The map's page at a phone's width and a laptop's, each a first visit (the cache off).
    ...[360, 1280].map((width) => ({ page: 'map', width, cold: true })),
    // The calendar's page on a phone, where its sidebar is under the month, which comes as a long agenda.
    { page: 'calendar', width: 360 },
  ]);
  const downloads = await measureDownloads();
  const fourScripts = downloads.fourScripts;
  const fourEncodings = [...new Set(fourScripts.map((each) => each.encoding))];
  const touchedInFour = fourScripts.filter((each) => FORM_TOUCH.some((name) => chunkName(shortUrl(each.url)) === name));
  // The cards' first page comes in their first answers (GET /v1/first-answers): its own body, compressed here.
  const cardsPage = downloads.fourAnswers.filter((each) => new URL(each.url).pathname === '/v1/initiatives');
  const allFourName = `all four elements on one partner page, KB brotli (every script and string chunk of one cold load in Chromium, the bodies as sent: ${fourEncodings.join(', ')})`;
  // The map's partner page: every script and every answer it received, the geometry among them.
  const mapSent = [...downloads.mapScripts, ...downloads.mapApi];
  const mapEncodings = [...new Set(mapSent.map((each) => each.encoding))];
  // The outlines and the points come in the map's first answers, sent brotli: each by its own body, compressed here.
  const geometry = downloads.mapAnswers.filter((each) => new URL(each.url).pathname === '/v1/regions/geometry');
  const points = downloads.mapAnswers.filter((each) => new URL(each.url).pathname === '/v1/initiatives');
  const mapAllName =
    `the map with all it needs on a partner page, KB brotli (loader, runtime, shared chunk, map chunk, strings, geometry, points, vocabulary: every script and API answer of one cold load in Chromium, the bodies as sent: ${mapEncodings.join(', ')})`;
  const asSentBrotli = (list: Download[]) => list.every((each) => each.encoding === 'br');

  const cardsAll = total(pages['initiative-cards']);
  const calendarAll = total(pages['event-calendar']);
  const targets = [
    target('cards with all they need, KB gzip (loader, runtime, the cards\' chunk, with their German strings)', kb(cardsAll.gzip), 'max', 22),
    target('the calendar with all it needs, KB gzip (loader, runtime, the calendar\'s chunk, with their German strings)', kb(calendarAll.gzip), 'max', 28),
    ...ELEMENTS.map((element) =>
      target(`each element's chunk, KB gzip: ${element} (with what comes with it and its German strings, on top of the runtime)`, kb(own(element).gzip), 'max', element === 'event-calendar' ? 10 : 8),
    ),
    target(`each element's chunk, KB gzip: ${MAP} (with what comes with it and its German strings, on top of the runtime; ${SHARED_WITH_CARDS}, which it shares with the cards, counted apart)`, kb(mapOwn.gzip), 'max', 8),
    // Issue 26: the survey's chunk, its charts included, with its German strings; the forms' shared fields (which a
    // page with the join form fetches too) are counted in the row above, as they are for the join form.
    target('the survey\'s chunk with its charts and German strings, KB gzip (without the forms\' shared fields)', kb(gzipOf(chunk('survey'), chunk('survey-de'))), 'max', 8),
    target('loader, KB gzip', kb(loader.gzip), 'max', 2),
    // The join form's: the contact dialog's first click also brings the dialog itself and the forms' shared fields
    // (its table row below), which a page with the join form fetched with the form.
    target('what a form loads when first touched (zod/mini, its schemas, sending, solver), KB gzip: the join form', kb(joinTouched.gzip), 'max', 14),
    target(allFourName, sumKb(fourScripts, 'bytes'), 'max', 40),
    target('chunks loaded before a form is touched that contain zod', zodBeforeForms.length, 'max', 0),
    target('everything the calendar\'s example page downloads from the API, KB brotli', sumKb(downloads.calendarApi, 'brotli'), 'max', 15),
    target(
      'the HTTP client fetched in a cold load, untouched, of a partner\'s page with the cards alone, the calendar\'s example page or a partner\'s page with the map alone (its first answers are read without it)',
      [...downloads.cardsScripts, ...downloads.calendarScripts, ...downloads.mapScripts].filter((each) => chunkName(shortUrl(each.url)) === 'http-client').length,
      'max',
      0,
    ),
    target('the first page of six cards, KB brotli', sumKb(cardsPage, 'brotli'), 'max', 1.5),
    target('the map\'s geometry (GET /v1/regions/geometry, in the map\'s first answers, sent brotli), KB brotli', geometry.length === 1 && asSentBrotli(geometry) ? sumKb(geometry, 'brotli') : Number.NaN, 'max', 15),
    // Brotli as sent: a body the server sent otherwise would not count, so the row is missed.
    target(mapAllName, asSentBrotli(mapSent) ? sumKb(mapSent, 'bytes') : Number.NaN, 'max', 40),
    ...shifts.map((shift) =>
      target(`cumulative layout shift, examples/${shift.page}.html${shift.cold ? ` at ${shift.width} px, first visit` : shift.width !== 1100 ? ` at ${shift.width} px` : ''}`, Number(shift.cls.toFixed(4)), 'max', 0.01),
    ),
  ];
  const problems = [
    ...downloads.problems,
    ...(geometry.length === 1 ? [] : [`the map's page received the geometry ${geometry.length} times`]),
    ...mapSent.filter((each) => each.encoding !== 'br').map((each) => `the map's page received ${shortUrl(each.url)} as ${each.encoding}, not brotli`),
    ...touchedInFour.map((each) => `four.html fetched ${shortUrl(each.url)} though no form was touched`),
  ];

  const setRow = (label: string, set: { files: string[]; gzip: number; brotli: number }) => [label, set.files.join(', '), kb(set.gzip), kb(set.brotli)];
  const cardsGzip = total(pages['initiative-cards']);
  const markdown = [
    '# What a page downloads',
    '',
    'The script-tag build, minified with terser; KB = 1,024 bytes; the gzip (Zopfli) and brotli (quality 11) twins the build writes beside each file, which the server sends.',
    '',
    markdownTable(
      ['file', 'bytes', 'gzip KB', 'brotli KB'],
      [
        ...sizes.map((each) => [each.file, each.raw, kb(each.gzip), kb(each.brotli)]),
        ['page with the initiative cards (loader + runtime + cards, with their German strings)', '', kb(cardsGzip.gzip), kb(cardsGzip.brotli)],
      ],
    ),
    '',
    '## What each element costs a page',
    '',
    'Reckoned from the imports between the built files: a page speaking German fetches sinn.js and what it imports, ' +
      'then, for each element on it, the element\'s chunk, its German strings and the runtime\'s, and what they import. ' +
      'An element\'s own part is what its page fetches beyond the loader, the runtime (with its HTTP client, where the element brings it) and the runtime\'s strings. What a ' +
      'form fetches when first touched comes on top of its page; on a partner\'s page the proof of work runs in the ' +
      'main-thread solver (no worker from another origin).',
    '',
    markdownTable(
      ['', 'files', 'gzip KB', 'brotli KB'],
      [
        setRow('the loader, the runtime and its German strings', total(shared)),
        setRow('the HTTP client (ky and the SDK\'s client), the runtime\'s second part: the join form and the survey bring it with their code (their sending needs it); the cards, the calendar, the map and the mentor search read their first answers without it and fetch it at the first sign of use', total([httpClient])),
        ...ELEMENTS.map((element) => setRow(`${element}, with all it needs`, total(pages[element]))),
        setRow(`${MAP}, with all it needs`, total(mapPage)),
        ...ELEMENTS.map((element) => setRow(`${element}, its own part`, own(element))),
        setRow(`${MAP}, its own part (without ${SHARED_WITH_CARDS})`, mapOwn),
        setRow(`${SHARED_WITH_CARDS}: what the cards and the map share (what opens an initiative, the card's pieces its detail draws; the dialog comes on demand), counted apart`, total([sharedWithCards])),
        setRow('the join form, when first touched', joinTouched),
        setRow('the survey, when first touched (its checks, the forms\' shared sending, the strings of what sending leads to)', surveyTouched),
        setRow('the mentor search\'s contact dialog, when first opened (the dialog, the forms\' shared fields, and what the join form fetches when touched)', contactTouched),
        setRow('the cards, when a person is about to open one (the dialog, the detail, its summary in Leichte Sprache)', cardOpened),
        setRow('the calendar, when a person is about to open an event or a day (the dialog, the detail with its strings)', eventOpened),
      ],
    ),
    '',
    '## zod before a form is touched',
    '',
    'Every file a page may fetch before a person touches a form (all but the join form\'s sending, its outcomes\' strings ' +
      'and the contact dialog, and what only they lead to): which of zod\'s modules (or a stand-in\'s) went into it, from ' +
      'the build\'s own configuration run again in memory, and which of zod\'s names its code keeps (`_zod`, `$Zod…`, ' +
      '`ZodMini…`, `ZodError`).',
    '',
    markdownTable(
      ['file', 'fetched before a form is touched', 'zod modules', 'zod names in the code'],
      zod
        .filter((each) => each.beforeForms || each.modules.length || each.markers.length)
        .map((each) => [
          each.file,
          each.beforeForms ? 'yes' : 'no',
          each.modules.length ? `${each.modules.length}: ${each.modules.map((id) => id.replace(/^.*node_modules\//, '')).slice(0, 6).join(', ')}${each.modules.length > 6 ? ', …' : ''}` : '',
          each.markers.join(', '),
        ]),
    ),
    '',
    '## All four elements on one partner\'s page, in Chromium',
    '',
    'A partner\'s page (127.0.0.1) with `<sinn-initiative-cards>`, `<sinn-event-calendar>`, `<sinn-join-form>` and ' +
      '`<sinn-mentor-search>`, the loader from the SINN server (production mode, on localhost), loaded in a fresh ' +
      'Chromium until nothing had been fetched for two seconds, as its third visitor (each visitor a fresh browser; the server sends an answer asked for again at brotli\'s best quality). Each script\'s body as it came (Content-Length, headers ' +
      `not counted), in the encoding the server chose: ${fourEncodings.join(', ')}` +
      (fourEncodings.every((encoding) => encoding === 'br') ? '.' : ' (files under 1 KB are sent as they are; the target counts brotli, which the server does not send for every file yet).'),
    '',
    markdownTable(
      ['file', 'encoding', 'body bytes', 'decoded bytes'],
      [...fourScripts.map((each) => [shortUrl(each.url), each.encoding, each.bytes, each.decoded]), ['**all**', fourEncodings.join(', '), fourScripts.reduce((sum, each) => sum + each.bytes, 0), fourScripts.reduce((sum, each) => sum + each.decoded, 0)]],
    ),
    '',
    '## The map on a partner\'s page, in Chromium',
    '',
    'A partner\'s page (127.0.0.1) with `<sinn-initiative-map>` alone, as its documentation\'s first example pastes it, ' +
      'the loader from the SINN server (production mode, on localhost), loaded in a fresh Chromium until nothing ' +
      'had been fetched for two seconds, as its third visitor, by the same function as the page with the four elements. Every script and ' +
      `every answer of the API, each body as it came (Content-Length, headers not counted): ${mapEncodings.join(', ')}. ` +
      `The points: every initiative of the demo data (${points.length === 1 ? 'one request' : `${points.length} requests`}).`,
    '',
    markdownTable(
      ['file or answer', 'encoding', 'body bytes', 'decoded bytes'],
      [
        ...mapSent.map((each) => [shortUrl(each.url), each.encoding, each.bytes, each.decoded]),
        ['**all**', mapEncodings.join(', '), mapSent.reduce((sum, each) => sum + each.bytes, 0), mapSent.reduce((sum, each) => sum + each.decoded, 0)],
      ],
    ),
    '',
    '## What the API sends',
    '',
    'The answers of the API as Chromium received them, in a fresh Chromium, the page\'s third visitor, until nothing had been fetched for two ' +
      'seconds. In brotli: the body as sent where the server sent brotli, otherwise the decoded body compressed here ' +
      'with node:zlib (brotli, quality 11), as the server would send it compressed once.',
    '',
    ...(
      [
        ['examples/calendar.html (a month with filters, week numbers and JSON-LD; the next four events in Dresden; the months around fetched when idle)', downloads.calendarApi],
        ['the partner\'s page with all four elements', downloads.fourApi],
      ] as const
    ).flatMap(([title, list]) => [
      `### ${title}`,
      '',
      markdownTable(
        ['answer', 'sent as', 'body bytes', 'decoded bytes', 'brotli bytes', 'brotli from'],
        [
          ...list.map((each) => [shortUrl(each.url), each.encoding, each.bytes, each.decoded, each.brotli, each.brotliFrom]),
          ['**all**', '', list.reduce((sum, each) => sum + each.bytes, 0), list.reduce((sum, each) => sum + each.decoded, 0), list.reduce((sum, each) => sum + each.brotli, 0), ''],
        ],
      ),
      '',
    ]),
    '## The join form',
    '',
    'What a page with `<sinn-join-form>` downloads on top of the loader and the runtime, and when.',
    '',
    markdownTable(
      ['part', 'file', 'gzip KB', 'brotli KB', 'downloaded'],
      (
        [
          ['the form', 'join-form', 'with the page'],
          ['its German strings', 'join-form-de', 'with the page'],
          ['the forms\' shared fields, summary, consent', 'forms', 'with the page'],
          ['their German strings', 'forms-de', 'with the page'],
          ['its own checks', 'join-form-sending', 'when a person starts filling it in'],
          ['the forms\' shared sending: challenge, retries', 'sending', 'then'],
          ['the proof-of-work worker', 'pow-worker', 'then, where the page may start it (same origin)'],
          ['the main-thread solver', 'sending-slices', 'then, where no worker can start (a partner\'s page)'],
        ] as const
      ).map(([part, name, when]) => {
        const each = name === 'pow-worker' ? size('pow-worker.js') : chunk(name);
        return [part, each.file, kb(each.gzip), kb(each.brotli), when];
      }),
    ),
    '',
    '## Layout shift while the example pages load (Chromium)',
    '',
    'Each page in a window 1,400 pixels tall, until the network was idle and half a second after. The map\'s page at ' +
      'a phone\'s width and a laptop\'s, each as a first visit (the browser\'s cache off); the others after one another ' +
      'in one browser.',
    '',
    markdownTable(['page', 'width px', 'cumulative layout shift'], shifts.map((shift) => [`${shift.page}${shift.cold ? ' (first visit)' : ''}`, shift.width, shift.cls.toFixed(4)])),
    '',
    ...(problems.length ? ['## The pages reported', '', ...problems.map((problem) => `- ${problem}`), ''] : []),
    ...targets.map((t) => `- ${t.met ? 'met' : 'MISSED'}: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})`),
  ].join('\n');
  writeReport(
    'bundle',
    {
      date: new Date().toISOString(),
      sizes,
      pages: Object.fromEntries(ELEMENTS.map((element) => [element, total(pages[element])])),
      own: Object.fromEntries(ELEMENTS.map((element) => [element, own(element)])),
      map: { page: total(mapPage), own: mapOwn, shared: total([sharedWithCards]) },
      formTouched: { joinForm: joinTouched, contact: contactTouched, survey: surveyTouched },
      zod,
      downloads,
      shifts,
      problems,
      targets,
    },
    markdown,
  );
  process.stdout.write(`${markdown}\n`);
  return targets;
}
