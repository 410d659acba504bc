import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, brotliDecompress, constants, gunzip, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';

/** The content codings answers are sent in, in the order the server prefers them when a client takes both. */
export const CODINGS = ['br', 'gzip'] as const;
export type Coding = (typeof CODINGS)[number];

/** Below this size compressing at request time costs more than it saves. */
export const COMPRESS_FROM = 1024;

/**
 * Brotli's quality for what is compressed at request time (API answers, once each, and files without a twin
 * from the build). Measured on a month of events as the calendar asks for it (104 KB of JSON): quality 6 makes
 * it 12.6 KB in about 0.9 ms, against 15.3 KB and 1.6 ms for gzip at 6; quality 8 saves 80 bytes more for
 * twice the time, and 9 to 11 take 16 to 70 ms, too long for the request that first asks. The build's twins
 * use quality 11 (scripts/rollup-precompress.mjs).
 */
const BROTLI_QUALITY = 6;
const GZIP_LEVEL = 6;

const unbrotli = promisify(brotliDecompress);
const brotli = promisify(brotliCompress);
const gunzipped = promisify(gunzip);

/**
 * The bytes in a coding, at the settings affordable at request time. Synchronous, as the answer it is kept with is
 * compressed once, on the request that first takes the coding, in about a millisecond per 100 KB; two requests
 * arriving together thus never compress it twice.
 */
export function compress(bytes: Uint8Array, coding: Coding): Uint8Array<ArrayBuffer> {
  const out =
    coding === 'br'
      ? brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
          },
        })
      : gzipSync(bytes, { level: GZIP_LEVEL });
  // A copy of its own, not a view that keeps zlib's larger buffer alive as long as the answer is cached.
  return new Uint8Array(out);
}

/**
 * The bytes in brotli at its best quality (11), as the build compresses its files: 10 to 25 % smaller than at
 * request time, for 16 to 70 ms of work that runs in libuv's thread pool, not on the thread that answers.
 */
export async function compressBest(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const out = await brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  });
  return new Uint8Array(out);
}

/** The bytes a compressed body unpacks to, or null where it is no valid body of its coding. */
export async function decompress(bytes: Uint8Array, coding: Coding): Promise<Uint8Array | null> {
  try {
    return coding === 'br' ? await unbrotli(bytes) : await gunzipped(bytes);
  } catch {
    return null;
  }
}

/**
 * The coding to send a body in, of those it is available in, by the request's Accept-Encoding (RFC 9110,
 * section 12.5.3): the one the client weighs highest, brotli before gzip where it weighs both alike (browsers
 * list `gzip, deflate, br, zstd`, all at q=1); never one it weighs q=0, also through `*;q=0`; null for the
 * body as it is (no header, `identity`, or nothing the client takes). Hono's `accepts` reads the header, with
 * its quoted values and q-values; the choice among codings is made here, since its own choice follows the
 * order the client lists them in and ignores `*`.
 */
export function chooseCoding(c: Context, available: readonly Coding[]): Coding | null {
  if (available.length === 0) return null;
  const chosen = accepts(c, {
    header: 'Accept-Encoding',
    supports: [...available],
    default: 'identity',
    match: (accepted) => {
      const weight = (name: string) => {
        const entry = accepted.find((each) => each.type.toLowerCase() === name) ?? accepted.find((each) => each.type === '*');
        return entry?.q ?? 0;
      };
      let best: { coding: string; q: number } = { coding: 'identity', q: 0 };
      for (const coding of CODINGS) {
        if (!available.includes(coding)) continue;
        const q = weight(coding);
        if (q > best.q) best = { coding, q };
      }
      return best.coding;
    },
  });
  return (available as readonly string[]).includes(chosen) ? (chosen as Coding) : null;
}
