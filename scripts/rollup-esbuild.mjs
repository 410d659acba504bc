// Strips TypeScript types with esbuild inside rollup, for the browser bundles: fast, and indifferent to which
// package a source file belongs to (the sdk's sources are bundled into the widgets' runtime chunk).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';

export function esbuildTypescript() {
  return {
    name: 'esbuild-typescript',
    // Sources import each other as `./x.js`, as TypeScript wants; the file on disk is `./x.ts`.
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), `${source.slice(0, -3)}.ts`);
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, { loader: 'ts', target: 'es2022', sourcefile: id, sourcemap: true });
      return { code: result.code, map: result.map };
    },
  };
}
