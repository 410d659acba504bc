import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { prepareAnswer, sendAnswer } from '../http/cached-read.js';
import { CODINGS, decompress, type Coding } from '../http/compression.js';
import { onlyAllow } from '../http/methods.js';
import { ProblemError, problems } from '../http/problem.js';
import { etagOf } from '../http/response-cache.js';
import type { CachedResponse } from '../http/response-cache.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
/** Types read as bytes, not as UTF-8 text (fonts and images of the static Storybook). */
const BINARY = new Set(['.woff2', '.png']);

// A name with a content hash (`runtime-BSqqm67U.js`) never changes its bytes: browsers may keep it for a year.
const HASHED = /-[A-Za-z0-9_-]{8,}\.(js|css)$/;

/** The suffix of a file's twin in each coding, as the build writes them (scripts/rollup-precompress.mjs). */
const TWIN: Record<Coding, string> = { br: '.br', gzip: '.gz' };

/**
 * The build's compressed twins of a text file (`sinn.js.br`, `sinn.js.gz`) with the answer, when they unpack to
 * its very bytes: the answer is then sent in those codings as the build compressed them (brotli at its strongest),
 * and the server compresses nothing. A twin that unpacks to other bytes (left from another build, a file changed
 * by hand) is ignored, with a warning, and the file is compressed in that coding as one without twins is.
 */
async function useTwins(answer: CachedResponse, path: string, deps: AppDeps): Promise<void> {
  for (const coding of CODINGS) {
    const twin = await readFile(path + TWIN[coding]).catch(() => null);
    if (!twin) continue;
    const unpacked = await decompress(twin, coding);
    if (unpacked && Buffer.from(unpacked).equals(answer.body)) answer.encoded[coding] = new Uint8Array(twin);
    else deps.logger.warn('compressed twin ignored: it is not the file', { file: path + TWIN[coding] });
  }
}

export interface StaticFolder {
  /** URL prefix, e.g. `/widgets`. */
  prefix: string;
  /** Folder on disk. */
  root: string;
  /** Headers for HTML pages served from it (their Content-Security-Policy). */
  pageHeaders?: Record<string, string>;
  /** Headers for every other file (a service worker's script takes its Content-Security-Policy from its own answer). */
  fileHeaders?: Record<string, string>;
  /** What to say when the folder is missing (not built yet). */
  missing: string;
  /** A first path segment that names the same files, e.g. the version (`/widgets/0.1.0/sinn.js`). */
  alias?: string;
}

/**
 * Files of a folder under a URL prefix, read once and then answered from memory with ETag, in brotli or gzip: from
 * the build's twins where it wrote them (the widgets' script-tag build), else compressed once in memory (the
 * example pages, the Storybook, a build without twins).
 */
export function staticRoutes(app: Hono, deps: AppDeps, folder: StaticFolder): void {
  const answers = new Map<string, CachedResponse>();
  const serve = async (c: Context, relative: string) => {
    const path = normalize(join(folder.root, relative));
    // Nothing outside the folder, whatever the URL says.
    if (!path.startsWith(folder.root + sep) || relative.split('/').some((part) => part.startsWith('.'))) {
      throw new ProblemError(problems.notFound());
    }
    let answer = answers.get(path);
    if (!answer) {
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) {
        const rootExists = await stat(folder.root).catch(() => null);
        throw new ProblemError(problems.notFound(rootExists ? undefined : folder.missing));
      }
      const type = TYPES[extname(path)];
      if (!type) throw new ProblemError(problems.notFound());
      const cacheControl = HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate';
      if (BINARY.has(extname(path))) {
        const bytes = new Uint8Array(await readFile(path));
        const etag = etagOf(createHash('sha256').update(bytes).digest('base64url'));
        // Compressed in its own format: never compressed again.
        answer = { body: bytes, compressible: false, encoded: {}, etag, contentType: type, cacheControl, headers: folder.fileHeaders ?? {} };
      } else {
        const text = await readFile(path, 'utf8');
        answer = prepareAnswer(text, etagOf(text), type, cacheControl, type.startsWith('text/html') ? (folder.pageHeaders ?? {}) : (folder.fileHeaders ?? {}));
        await useTwins(answer, path, deps);
      }
      // Files change only with a build; in development a restart of the server picks them up.
      if (deps.config.production) answers.set(path, answer);
    }
    return sendAnswer(c, answer);
  };
  app.get(`${folder.prefix}/`, (c) => serve(c, 'index.html'));
  app.get(`${folder.prefix}/*`, (c) => {
    let relative: string;
    try {
      relative = decodeURIComponent(c.req.path.slice(folder.prefix.length + 1));
    } catch {
      throw new ProblemError(problems.notFound());
    }
    if (folder.alias && relative.startsWith(`${folder.alias}/`)) relative = relative.slice(folder.alias.length + 1);
    return serve(c, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
  });
  onlyAllow(app, `${folder.prefix}/*`, ['GET', 'HEAD']);
}
