// Writes a brotli and a gzip twin beside each file a build writes (`runtime-AbCd1234.js.br`, `….js.gz`), so that
// the server answers a browser with bytes compressed once, at build time and at the strongest settings, instead of
// compressing at request time, where only a quick setting is affordable (packages/server/src/routes/static-files.ts
// picks the twin by the request's Accept-Encoding). Brotli at quality 11 makes the widgets' chunks about a tenth
// smaller than gzip -9 does; gzip stays for the clients that do not take brotli, made by Zopfli, whose deflate
// streams any gzip reader unpacks and which are some 3 % smaller than zlib's best (a page with the cards: 0.7 KB).
import { gzipAsync as zopfliGzip } from '@gfx/zopfli';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

const brotli = promisify(brotliCompress);

/** Text formats a browser downloads from the build; fonts and images are compressed in their own format. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.json', '.css', '.svg', '.html', '.txt', '.map']);

/** The twins of a file's bytes: each only where it is smaller than the file, since a browser must then unpack it. */
export async function compressedTwins(bytes) {
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }),
    // 15 iterations, Zopfli's own advice for small files: more buy a few bytes of a chunk at many times the time.
    zopfliGzip(bytes, { numiterations: 15 }).then((gz) => Buffer.from(gz)),
  ]);
  return { br: br.byteLength < bytes.byteLength ? br : null, gz: gz.byteLength < bytes.byteLength ? gz : null };
}

/**
 * The rollup plugin: after the bundle is written (writeBundle), each of its text files gets its twins. A twin that
 * would not be smaller is not written, and one left from an earlier build of the same name is removed, so a file
 * and its twins always come from the same build.
 */
export function precompress() {
  return {
    name: 'precompress',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? dirname(options.file ?? '.');
      await Promise.all(
        Object.keys(bundle)
          .filter((fileName) => COMPRESSIBLE.has(extname(fileName)))
          .map(async (fileName) => {
            const path = join(dir, fileName);
            const twins = await compressedTwins(await readFile(path));
            for (const [suffix, bytes] of Object.entries(twins)) {
              if (bytes) await writeFile(`${path}.${suffix}`, bytes);
              else await rm(`${path}.${suffix}`, { force: true });
            }
          }),
      );
    },
  };
}
