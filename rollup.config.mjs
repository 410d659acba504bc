// Builds the browser-facing packages. For now: @sinn/sdk as ES modules with type declarations, one file per
// source module so a page's bundler keeps only what it imports; zod and ky stay dependencies, not bundled.
import typescript from '@rollup/plugin-typescript';

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

export default [sdk];
