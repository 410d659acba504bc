// Builds the browser-facing packages:
// - @sinn/sdk and @sinn/widgets for npm: ES modules with type declarations, one file per source module so a
//   page's bundler keeps only what it imports; their dependencies stay dependencies, not bundled;
// - the script-tag build: sinn.js, a small loader, and one chunk per element plus one shared runtime chunk
//   (Lit, ky, the schemas, the client), minified, with hashed names so they can be cached for a year.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { esbuildTypescript } from './scripts/rollup-esbuild.mjs';

const sdk = {
  input: {
    index: 'packages/sdk/src/index.ts',
    'openapi/document': 'packages/sdk/src/openapi/document.ts',
    'taxonomies/labels': 'packages/sdk/src/taxonomies/labels.ts',
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
    'event-calendar/define': 'packages/widgets/src/event-calendar/define.ts',
  },
  output: {
    dir: 'packages/widgets/dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'packages/widgets/src',
    sourcemap: true,
  },
  external: (id) => /^(lit|@lit|@sinn\/sdk|zod|ky)(\/|$)/.test(id),
  plugins: [
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

/** The contract of one resource goes with the element that shows it: the runtime stays what every element needs. */
const RESOURCE_CHUNKS = { initiative: 'initiative-cards', event: 'event-calendar' };

/** Everything the elements share goes into one chunk that every element's chunk reuses; each element's own
 * folder becomes its chunk, named after it, but for what it loads only on demand. */
function sharedChunk(id, { getModuleInfo }) {
  // Code an element imports only when a page asks for it (import()) stays a chunk of its own.
  const info = getModuleInfo(id);
  if (info && info.importers.length === 0 && info.dynamicImporters.some((importer) => !importer.includes('/loader/'))) return undefined;
  const resource = /\/packages\/sdk\/src\/schemas\/(\w+)\.ts$/.exec(id)?.[1];
  if (resource && resource in RESOURCE_CHUNKS) return RESOURCE_CHUNKS[resource];
  if (/node_modules\/(lit|@lit|lit-html|lit-element|zod|ky)\//.test(id) || id.includes('/packages/sdk/') || id.includes('/widgets/src/base/') || id.includes('/widgets/src/i18n/')) {
    return 'runtime';
  }
  return /\/widgets\/src\/([a-z-]+)\//.exec(id)?.[1];
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
      const chunks = Object.keys(bundle).filter((name) => name !== 'sinn.js' && name.endsWith('.js'));
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify({ version: widgetsVersion, loader: `${widgetsVersion}/sinn.js`, integrity, chunks }, null, 2)}\n`,
      });
    },
  };
}

/** Empties an output folder before a build, so no chunk of an earlier build lingers beside the new ones. */
function cleanOutput(dir) {
  return { name: 'clean-output', buildStart: () => rmSync(dir, { recursive: true, force: true }) };
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
  treeshake: { moduleSideEffects: (id) => !/\/packages\/(sdk|widgets)\/src\//.test(id) || /\/define\.ts$|\/loader\//.test(id) },
  onwarn(warning, warn) {
    // zod's sources carry /*@__PURE__*/-style comments rollup cannot place; they are harmless.
    if (warning.code === 'INVALID_ANNOTATION') return;
    // zod's core modules import each other in a circle; it is theirs, and harmless.
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/'))) return;
    warn(warning);
  },
  plugins: [
    cleanOutput('packages/widgets/dist/cdn'),
    nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'import', 'default'] }),
    esbuildTypescript({ minifyTemplates: true }),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
    loaderManifest(),
  ],
};

export default [sdk, widgets, scriptTag];
