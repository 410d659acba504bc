import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { esbuildTypescript } from '../../scripts/rollup-esbuild.mjs';

export interface BundleSize {
  minified: number;
  gzip: number;
  brotli: number;
  /** Every module that went into the bundle, relative to the repository. */
  modules: string[];
}

/** Bundles one entry for browsers (resolved, minified) and measures it as a page would download it. */
export async function bundleSize(entry: string, root: string): Promise<BundleSize> {
  const bundle = await rollup({
    input: entry,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'import', 'default'] }),
      esbuildTypescript(),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
    // @sinn/sdk declares `"sideEffects": false`; a page's bundler honours that for the published files. Here the
    // sources are resolved by the esbuild plugin, which does not read the flag, so it is applied by path.
    treeshake: { moduleSideEffects: (id) => !id.includes('/packages/sdk/') },
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
  const modules = output.flatMap((chunk) => (chunk.type === 'chunk' ? Object.keys(chunk.modules) : [])).map((id) => id.replace(root, ''));
  const bytes = Buffer.from(code);
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    modules,
  };
}
