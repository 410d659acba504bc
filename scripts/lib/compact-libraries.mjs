// The sdk's compact stand-ins for the libraries it is written against: the script-tag build uses them in their
// place (rollup.config.mjs), and the tests that hold each pair to the same answers build the sdk the same way
// (packages/server/test/helpers/script-tag-sdk.ts). One list, so that a stand-in added to the build is tested too.
import { fileURLToPath } from 'node:url';

const STAND_INS = {
  'zod/mini': fileURLToPath(new URL('../../packages/sdk/src/compact-zod/index.ts', import.meta.url)),
  ky: fileURLToPath(new URL('../../packages/sdk/src/compact-ky/index.ts', import.meta.url)),
};

/** The import specifiers that have a stand-in, for a bundler's resolve filter. */
export const compactSpecifiers = Object.keys(STAND_INS);

/** The stand-in's file for `source` imported by the project's own code (not by a library itself), else undefined. */
export function compactStandIn(source, importer) {
  return Object.hasOwn(STAND_INS, source) && importer !== undefined && !importer.includes('/node_modules/') ? STAND_INS[source] : undefined;
}
