import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { compactSpecifiers, compactStandIn } from '../../../../scripts/lib/compact-libraries.mjs';

// @sinn/sdk as the script-tag build makes it (rollup.config.mjs, compactLibraries): the same sources, with
// `zod/mini` and `ky` resolved to the sdk's compact stand-ins (scripts/lib/compact-libraries.mjs). Tests set it
// beside the sdk on zod/mini and ky.

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The sdk's exports, built on the compact stand-ins, and `safeParse` from the compact engine. */
export async function scriptTagSdk<T>(): Promise<T> {
  const result = await build({
    stdin: { contents: "export * from './packages/sdk/src/index.ts';\nexport { safeParse } from 'zod/mini';", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'compact-libraries',
        setup: (esbuild) =>
          void esbuild.onResolve({ filter: new RegExp(`^(${compactSpecifiers.join('|')})$`) }, ({ path, importer }) => {
            const standIn = compactStandIn(path, importer);
            return standIn ? { path: standIn } : undefined;
          }),
      },
    ],
  });
  // A file, not a data: URL, so that a failing test's stack names readable lines.
  const file = join(mkdtempSync(join(tmpdir(), 'sinn-sdk-')), 'script-tag-sdk.mjs');
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  return import(pathToFileURL(file).href) as Promise<T>;
}
