import type { Context } from 'hono';
import { berlinIso } from '../time/berlin.js';
import type { AppDeps } from '../deps.js';
import { ProblemError, problems } from './problem.js';
import { etagOf, matchesEtag, type CachedResponse } from './response-cache.js';

const encoder = new TextEncoder();

export interface ReadOptions {
  /** Lists carry `generatedAt`, the time their data was read. */
  list?: boolean;
  cacheControl?: string;
  notFound?: string;
}

export const LIST_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/**
 * Answers a read from the response cache of the current content version, or produces, caches and answers it.
 * Either way the answer carries an ETag and a 304 answers an If-None-Match that still holds.
 */
export async function cachedRead(
  c: Context,
  deps: AppDeps,
  produce: () => Promise<object | null>,
  options: ReadOptions = {},
): Promise<Response> {
  const url = c.req.url;
  const key = url.slice(url.indexOf('/', url.indexOf('//') + 2));
  const version = deps.contentVersion.current;
  let entry = deps.cache.get(version, key);
  if (!entry) {
    const data = await produce();
    if (data === null) throw new ProblemError(problems.notFound(options.notFound));
    const body = options.list ? { ...data, generatedAt: berlinIso(deps.clock.now()) } : data;
    entry = {
      body: encoder.encode(JSON.stringify(body)),
      etag: etagOf(data),
      contentType: 'application/json; charset=utf-8',
      cacheControl: options.cacheControl ?? LIST_CACHE_CONTROL,
    } satisfies CachedResponse;
    deps.cache.set(version, key, entry);
  }
  const headers = { ETag: entry.etag, 'Cache-Control': entry.cacheControl, Vary: 'Accept-Encoding' };
  if (matchesEtag(c.req.header('If-None-Match'), entry.etag)) return new Response(null, { status: 304, headers });
  return new Response(entry.body, { status: 200, headers: { ...headers, 'Content-Type': entry.contentType } });
}
