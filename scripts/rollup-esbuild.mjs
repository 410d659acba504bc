// Strips TypeScript types with esbuild inside rollup, for the browser bundles: fast, and indifferent to which
// package a source file belongs to (the sdk's sources are bundled into the widgets' runtime chunk).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';

// Lit's css`` templates are written for people; a browser needs neither the comments nor the indentation.
function minifyCss(source) {
  return source.replace(/\bcss`([^`]*)`/g, (_, body) => {
    const compact = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${compact}\``;
  });
}

export function esbuildTypescript({ minifyTemplates = false } = {}) {
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
      const source = minifyTemplates ? minifyCss(code) : code;
      const result = await transform(source, { loader: 'ts', target: 'es2022', sourcefile: id, sourcemap: !minifyTemplates });
      return { code: result.code, map: result.map || null };
    },
  };
}
