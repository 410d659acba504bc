// Builds the browser-facing packages:
// - @sinn/sdk and @sinn/widgets for npm: ES modules with type declarations, one file per source module so a
//   page's bundler keeps only what it imports; their dependencies stay dependencies, not bundled;
// - the script-tag build: sinn.js, a small loader, and one chunk per element plus one shared runtime chunk
//   (Lit, ky, the client, the routes), minified, with hashed names so they can be cached for a year.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { writeElementTypings } from './scripts/element-typings.mjs';
import { esbuildTypescript } from './scripts/rollup-esbuild.mjs';
import { precompress } from './scripts/rollup-precompress.mjs';
import { stripContractDocs } from './scripts/rollup-strip-docs.mjs';
import { packWordPressPlugin } from './scripts/wordpress-plugin.mjs';

/**
 * Empties an output folder before a build, so that no file of an earlier build lingers beside the new ones (a
 * chunk, or a module of a source file since removed that would be published); `keep` names folders that other
 * configurations below write (the script-tag build inside @sinn/widgets' dist).
 */
function cleanOutput(dir, keep = []) {
  return {
    name: 'clean-output',
    buildStart() {
      let names = [];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) if (!keep.includes(name)) rmSync(join(dir, name), { recursive: true, force: true });
    },
  };
}

/**
 * custom-elements.json, written by the analyzer (custom-elements-manifest.config.mjs) before @sinn/widgets is
 * built, and the JSX and Vue typings made from it (scripts/element-typings.mjs) beside the declarations.
 */
function customElementsManifest() {
  return {
    name: 'custom-elements-manifest',
    buildStart() {
      const analyzer = spawnSync(
        process.execPath,
        ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
        { encoding: 'utf8' },
      );
      if (analyzer.status !== 0) this.error(`custom-elements.json could not be written:\n${analyzer.stderr || analyzer.stdout}`);
    },
    writeBundle() {
      writeElementTypings('packages/widgets/custom-elements.json', 'packages/widgets/dist');
    },
  };
}

const sdk = {
  input: {
    index: 'packages/sdk/src/index.ts',
    'openapi/document': 'packages/sdk/src/openapi/document.ts',
    'taxonomies/labels': 'packages/sdk/src/taxonomies/labels.ts',
    'geo/index': 'packages/sdk/src/geo/index.ts',
  },
  output: {
    dir: 'packages/sdk/dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'packages/sdk/src',
    sourcemap: true,
  },
  external: (id) => /^(zod|ky)(\/|$)/.test(id),
  plugins: [
    cleanOutput('packages/sdk/dist'),
    typescript({
      tsconfig: 'packages/sdk/tsconfig.json',
      outDir: 'packages/sdk/dist',
      declaration: true,
      declarationDir: 'packages/sdk/dist',
      noEmit: false,
    }),
  ],
};

const widgets = {
  input: {
    index: 'packages/widgets/src/index.ts',
    'initiative-cards/define': 'packages/widgets/src/initiative-cards/define.ts',
    'initiative-map/define': 'packages/widgets/src/initiative-map/define.ts',
    'event-calendar/define': 'packages/widgets/src/event-calendar/define.ts',
    'join-form/define': 'packages/widgets/src/join-form/define.ts',
    'mentor-search/define': 'packages/widgets/src/mentor-search/define.ts',
    'survey/define': 'packages/widgets/src/survey/define.ts',
    // Each element's first GETs by its tag, for a server that answers GET /v1/first-answers (the SINN server's does).
    'first-requests': 'packages/widgets/src/first-requests.ts',
    // Started by URL (`new URL('./pow-worker.js', import.meta.url)`), which a page's bundler follows.
    'sending/proof-of-work/pow-worker': 'packages/widgets/src/sending/proof-of-work/pow-worker.ts',
  },
  output: {
    dir: 'packages/widgets/dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'packages/widgets/src',
    sourcemap: true,
  },
  external: (id) => /^(lit|@lit|@sinn\/sdk|zod|ky|altcha-lib|leaflet)(\/|$)/.test(id),
  plugins: [
    cleanOutput('packages/widgets/dist', ['cdn']),
    customElementsManifest(),
    typescript({
      tsconfig: 'packages/widgets/tsconfig.json',
      outDir: 'packages/widgets/dist',
      declaration: true,
      declarationDir: 'packages/widgets/dist',
      noEmit: false,
      exclude: ['**/*.test.ts'],
    }),
  ],
};

/**
 * The route of one resource goes with the element that shows it: the runtime stays what every element needs. The
 * proof-of-work challenge's and the sign-up's go with the forms' shared sending (sending/), which the join form loads when a person starts filling it in, and the contact dialog with itself;
 * so do zod and the schemas that check what a person types. The contact request's route and schema go with the
 * dialog, loaded on the first click on "contact". A survey's response's goes with the survey's sending likewise.
 */
const RESOURCE_CHUNKS = {
  initiative: 'initiative-shared',
  event: 'event-calendar',
  'mentor-request': 'mentor-search-contact',
  membership: 'sending',
  challenge: 'sending',
  'survey-response': 'survey-sending',
};

/**
 * What the cards and the map both need to open an initiative (the opening, the card's pieces the detail draws and
 * their styles, the cards' strings' catalog), with the initiatives' route and ids: one chunk the two share, so that the map does not
 * download the cards' element (and the cards not the map's).
 */
const INITIATIVE_SHARED = /\/widgets\/src\/initiative-cards\/(initiative-opening|card|card-pieces\.styles|messages\/messages)\.ts$/;

/**
 * The detail dialog with its styles, and the Leichte-Sprache summary the details show: code that the elements'
 * details (an initiative's, an event's, the mentor search's contact dialog) load on demand, none of them alone.
 * Its own chunk, not the runtime's: a page fetches it when a person is first about to open something. Those who
 * import a detail import this chunk's modules at the same time (no round trip more). The Leichte-Sprache summary
 * is a chunk of its own: the survey shows it with its first frame, and should not bring the dialog with it.
 */
const BASE_DIALOG = /\/widgets\/src\/base\/(detail-dialog|dialog\.styles)\.ts$/;
const EASY_LANGUAGE = /\/widgets\/src\/base\/easy-language(\.styles)?\.ts$/;

/**
 * ky and the SDK's HTTP client (base/page-client.ts): a page reads its first answers, which the loader asked for,
 * without them, and fetches this chunk when it asks for more (or at a sign that a person is about to). The forms,
 * whose sending needs it, import it with their code.
 */
const HTTP_CLIENT = /\/node_modules\/ky\/|\/sdk\/src\/client\/http-client\.ts$|\/widgets\/src\/base\/http-client\.ts$/;

/**
 * Stops the build where the loader would import a chunk: the browser would fetch that chunk before running a line
 * of it, so the elements' code and their first answers would wait a round trip for it (loader/sinn.ts).
 */
function loaderAlone() {
  return {
    name: 'loader-alone',
    generateBundle(_options, bundle) {
      const loader = bundle['sinn.js'];
      if (loader?.type === 'chunk' && loader.imports.length > 0) this.error(`sinn.js must import no chunk, yet imports ${loader.imports.join(', ')}`);
    },
  };
}

/**
 * A vocabulary's identifiers (which values an attribute takes) go with the one element that filters by them; the
 * regions and topics, which several do, stay in the runtime. A sign-up's go with the forms' shared fields, which
 * the join form shows and the forms' sending (whose schemas check them) comes after.
 */
const VOCABULARY_CHUNKS = {
  initiatives: 'initiative-shared',
  events: 'event-calendar',
  mentors: 'mentor-search',
  memberships: 'forms',
};

/**
 * The module an element imports on demand (`import()`; the loader may ask for it too, as it does for the filter
 * bar beside an element that shows one) through which alone a module is reached, or null when a chain of static
 * imports leads to it from an element's define.ts, or when it is reached from two such modules (the forms' shared
 * sending, from the join form's sending and the contact dialog: it falls back to its folder's name). Such code
 * (the calendar's JSON-LD, the join form's sending, the mentor search's contact dialog, the filter bar) is
 * downloaded when a page needs it, with what only it needs. Undefined: no opinion (an import cycle).
 */
function onDemandEntry(id, getModuleInfo, path = new Set()) {
  if (/\/define\.ts$|\/loader\//.test(id)) return null;
  if (path.has(id)) return undefined;
  const info = getModuleInfo(id);
  if (!info) return null;
  if (info.importers.length === 0) {
    return info.dynamicImporters.some((importer) => !importer.includes('/loader/')) ? id : null;
  }
  const along = new Set(path).add(id);
  let entry;
  for (const importer of info.importers) {
    const found = onDemandEntry(importer, getModuleInfo, along);
    if (found === null || (found && entry && found !== entry)) return null;
    entry = found ?? entry;
  }
  return entry;
}

/** Everything the elements share goes into one chunk that every element's chunk reuses; each element's own
 * folder becomes its chunk, named after it, but for what it loads only on demand: that is a chunk named after
 * the element and the module it imports (event-calendar-structured-data, join-form-sending, mentor-search-contact,
 * sending-slices). Each catalog's language is a chunk of its own (initiative-cards-de, runtime-en), fetched for
 * the language a page speaks; a form's second part, what a person's actions lead to, too (join-form-outcomes-de). */
function sharedChunk(id, { getModuleInfo }) {
  if (HTTP_CLIENT.test(id)) return 'http-client';
  if (INITIATIVE_SHARED.test(id)) return 'initiative-shared';
  if (BASE_DIALOG.test(id)) return 'base-dialog';
  if (EASY_LANGUAGE.test(id)) return 'base-easy-language';
  const language = /\/widgets\/src\/([\w/-]+?)\/(de|en)\.ts$/.exec(id);
  if (language) return `${language[1].replace(/\/?messages/g, '').replaceAll('/', '-').replace(/^i18n$/, 'runtime')}-${language[2]}`;
  const entry = onDemandEntry(id, getModuleInfo);
  if (entry) {
    const [, element, name] = /\/widgets\/src\/([a-z-]+)\/(?:[\w-]+\/)*([\w-]+)\.ts$/.exec(entry) ?? [];
    return element ? `${element}-${name}` : undefined;
  }
  const vocabulary = /\/packages\/sdk\/src\/taxonomies\/ids\/([\w-]+)\.ts$/.exec(id)?.[1];
  if (vocabulary) return VOCABULARY_CHUNKS[vocabulary] ?? 'runtime';
  const route = /\/packages\/sdk\/src\/routes\/([\w-]+)\.ts$/.exec(id)?.[1];
  // Where the loader asks for the elements' first answers, and with which attributes: the loader's alone.
  if (route === 'first-answers') return undefined;
  if (route && route in RESOURCE_CHUNKS) return RESOURCE_CHUNKS[route];
  // zod and the contract's schemas check what a person types: they come with the forms' sending, when a form is
  // first touched, never with what a page loads to show (the read path trusts its own versioned API).
  // The rules of a survey's answers are plain code only the survey's checks run: with them, not in the sending
  // every form shares.
  if (id.endsWith('/packages/sdk/src/schemas/survey-answers.ts')) return 'survey-sending';
  if (id.includes('/packages/sdk/src/schemas/')) return id.endsWith('/mentor-request.ts') ? RESOURCE_CHUNKS['mentor-request'] : 'sending';
  if (id.includes('/node_modules/zod/')) return 'sending';
  // The map's projection and its outlines' version: only the map draws on a map.
  if (id.includes('/packages/sdk/src/geo/')) return 'initiative-map';
  if (/node_modules\/(lit|@lit|lit-html|lit-element|ky)\//.test(id) || id.includes('/packages/sdk/') || id.includes('/widgets/src/base/') || id.includes('/widgets/src/i18n/')) {
    return 'runtime';
  }
  return /\/widgets\/src\/([a-z-]+)\//.exec(id)?.[1];
}

/**
 * The loader imports an element's chunk on demand; that chunk's own imports (the runtime, the forms' shared
 * fields) would be found only once it has arrived, a round trip later, on another origin and a phone's network
 * the longest wait of a page's first paint. So each of the loader's `import()`s asks for them at the same time,
 * through Rollup's own list of the target chunk's imports: one round trip for all of an element's code.
 */
function importTogether() {
  return {
    name: 'import-together',
    renderDynamicImport({ moduleId, getTargetChunkImports }) {
      if (!moduleId.includes('/widgets/src/loader/')) return null;
      const imports = (getTargetChunkImports() ?? []).filter((target) => target.type === 'internal').map((target) => target.resolvedImportPath);
      if (imports.length === 0) return null;
      // Each path comes quoted, with the hash rollup fills in when it writes the files. The element's import
      // settles only once these have come (they are its own imports): started here, they need no waiting for, and
      // a failure shows as the element's, not as an unhandled rejection.
      const together = imports.map((path) => `import(${path}).catch(()=>0),`).join('');
      return { left: `(${together}import(`, right: '))' };
    },
  };
}

const widgetsVersion = JSON.parse(readFileSync('packages/widgets/package.json', 'utf8')).version;

/**
 * Writes manifest.json beside the loader: the version, the path that pins it, and the loader's Subresource
 * Integrity hash, for partners who pin a version with `integrity`.
 */
function loaderManifest() {
  return {
    name: 'loader-manifest',
    generateBundle(_options, bundle) {
      const loader = bundle['sinn.js'];
      const integrity = `sha384-${createHash('sha384').update(loader.code).digest('base64')}`;
      // The forms' proof-of-work worker is built on its own (below), beside these.
      const chunks = [...Object.keys(bundle).filter((name) => name !== 'sinn.js' && name.endsWith('.js')), 'pow-worker.js'];
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify({ version: widgetsVersion, loader: `${widgetsVersion}/sinn.js`, integrity, chunks }, null, 2)}\n`,
      });
    },
  };
}

const scriptTag = {
  input: { sinn: 'packages/widgets/src/loader/sinn.ts' },
  output: {
    dir: 'packages/widgets/dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    manualChunks: sharedChunk,
  },
  // @sinn/sdk and the widgets declare their modules free of side effects (only define.ts registers a tag).
  // So does the HTTP client's module, which hands itself to the page's clients as it loads.
  treeshake: { moduleSideEffects: (id) => !/\/packages\/(sdk|widgets)\/src\//.test(id) || /\/define\.ts$|\/loader\/|\/base\/http-client\.ts$/.test(id) },
  onwarn(warning, warn) {
    // zod's sources carry /*@__PURE__*/-style comments rollup cannot place; they are harmless.
    if (warning.code === 'INVALID_ANNOTATION') return;
    // zod's core modules import each other in a circle; it is theirs, and harmless.
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/'))) return;
    // An import that names nothing would be undefined in a page: the build stops instead.
    if (warning.code === 'MISSING_EXPORT') throw new Error(warning.message);
    warn(warning);
  },
  plugins: [
    cleanOutput('packages/widgets/dist/cdn'),
    nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'import', 'default'] }),
    esbuildTypescript({ minifyTemplates: true }),
    stripContractDocs(),
    importTogether(),
    loaderAlone(),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
    loaderManifest(),
    precompress(),
  ],
};

/**
 * The forms' proof-of-work worker, beside the chunks as pow-worker.js: one self-contained file, since a
 * worker's own imports would fall under the SINN server's Content-Security-Policy for its answers. Built after
 * the script-tag build, which empties the folder first.
 */
const powWorker = {
  input: { 'pow-worker': 'packages/widgets/src/sending/proof-of-work/pow-worker.ts' },
  output: { dir: 'packages/widgets/dist/cdn', format: 'es', entryFileNames: '[name].js' },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'import', 'default'] }),
    esbuildTypescript(),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
    precompress(),
  ],
};

/** WordPress's editor packages, which the blocks' editor script finds as globals on the editor's page. */
const WORDPRESS_GLOBALS = {
  '@wordpress/blocks': 'wp.blocks',
  '@wordpress/block-editor': 'wp.blockEditor',
  '@wordpress/components': 'wp.components',
  '@wordpress/element': 'wp.element',
  '@wordpress/i18n': 'wp.i18n',
  '@wordpress/server-side-render': 'wp.serverSideRender',
};

/**
 * The WordPress plugin: the blocks' editor script (a classic script, as WordPress loads editor scripts), then
 * the zip, which packs it with the script-tag build above (the configurations are built in this order).
 */
const wordpressEditor = {
  input: 'packages/wordpress/src/editor/blocks.ts',
  external: Object.keys(WORDPRESS_GLOBALS),
  output: { file: 'packages/wordpress/dist/editor/blocks.js', format: 'iife', globals: WORDPRESS_GLOBALS, interop: 'default' },
  plugins: [
    esbuildTypescript(),
    terser({ format: { comments: false } }),
    { name: 'wordpress-plugin-zip', writeBundle: () => void packWordPressPlugin() },
  ],
};

export default [sdk, widgets, scriptTag, powWorker, wordpressEditor];
