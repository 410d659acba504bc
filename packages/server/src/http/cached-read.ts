import { FIELDS_MEDIA_TYPE } from '@sinn/sdk';
import type { Context } from 'hono';
import type { AppDeps } from '../deps.js';
import { berlinDate, berlinIso } from '../time/berlin.js';
import { chooseCoding, CODINGS, compress, compressBest, COMPRESS_FROM, type Coding } from './compression.js';
import { ProblemError, problems } from './problem.js';
import { etagOf, matchesEtag, type CachedResponse } from './response-cache.js';

const encoder = new TextEncoder();

export interface ReadOptions {
  cacheControl?: string;
  notFound?: string;
}

export interface JsonReadOptions extends ReadOptions {
  /** Lists carry `generatedAt`, the time their data was read. */
  list?: boolean;
}

/** What a read produces, before it is cached: the text, the ETag of the data in it, its type and own headers. */
export interface Representation {
  text: string;
  etag: string;
  contentType: string;
  headers?: Record<string, string>;
}

export const LIST_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/** An answer ready to send any number of times: its bytes, compressed once per coding a client takes, and its ETag. */
export function prepareAnswer(
  text: string,
  etag: string,
  contentType: string,
  cacheControl: string,
  headers: Record<string, string> = {},
): CachedResponse {
  const body = encoder.encode(text);
  return {
    body,
    compressible: body.byteLength >= COMPRESS_FROM,
    encoded: {},
    etag,
    contentType,
    cacheControl,
    headers,
  };
}

/** The codings an answer can be sent in: those it is compressed in already, and any where it may be. */
function codingsOf(answer: CachedResponse): readonly Coding[] {
  return CODINGS.filter((coding) => answer.compressible || answer.encoded[coding]);
}

/** Answers whose brotli was made at request time, at the quality affordable then, and not yet made smaller. */
const quickBrotli = new WeakSet<CachedResponse>();

// Compressed the first time a client takes the coding, then kept with the answer: no work for a coding nobody
// asks for, and none twice. An answer asked for in brotli again (the points of a map, the vocabulary: what every
// visitor of a partner's page fetches) is worth the best quality, made beside the answering and sent from then
// on; an answer asked once (a search) never costs it.
function encodedIn(answer: CachedResponse, coding: Coding): Uint8Array<ArrayBuffer> {
  const kept = answer.encoded[coding];
  if (kept) {
    if (coding === 'br' && quickBrotli.delete(answer)) {
      compressBest(answer.body).then(
        (best) => {
          if (best.byteLength < kept.byteLength) answer.encoded.br = best;
        },
        () => undefined,
      );
    }
    return kept;
  }
  const made = compress(answer.body, coding);
  answer.encoded[coding] = made;
  if (coding === 'br') quickBrotli.add(answer);
  return made;
}

/**
 * Sends a prepared answer: 304 when the client's ETag still holds, else the body in the coding the client's
 * Accept-Encoding takes best (brotli, then gzip), or as it is.
 */
export function sendAnswer(c: Context, answer: CachedResponse): Response {
  const codings = codingsOf(answer);
  const headers: Record<string, string> = {
    ETag: answer.etag,
    'Cache-Control': answer.cacheControl,
    ...answer.headers,
    // Caches keep one answer per coding; the 304 says so too, as it stands for the 200.
    ...(codings.length > 0 ? { Vary: 'Accept-Encoding' } : {}),
  };
  if (matchesEtag(c.req.header('If-None-Match'), answer.etag)) return new Response(null, { status: 304, headers });
  const coding = chooseCoding(c, codings);
  const body = coding ? encodedIn(answer, coding) : answer.body;
  return new Response(body, {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': answer.contentType,
      'Content-Length': String(body.byteLength),
      ...(coding ? { 'Content-Encoding': coding } : {}),
    },
  });
}

/**
 * Answers a read from the response cache of the current content version, or produces, caches and answers it.
 * Either way the answer carries an ETag and a 304 answers an If-None-Match that still holds. A null from
 * `produce` is a 404.
 */
export async function cachedAnswer(
  c: Context,
  deps: AppDeps,
  produce: () => Promise<Representation | null>,
  options: ReadOptions = {},
): Promise<Response> {
  const url = c.req.url;
  // Answers without `from` depend on the day ("today" in Berlin): a cached one must not outlive its day.
  const key = `${berlinDate(deps.clock.now())} ${url.slice(url.indexOf('/', url.indexOf('//') + 2))}`;
  const version = deps.contentVersion.current;
  let answer = deps.cache.get(version, key);
  if (!answer) {
    const content = await produce();
    if (content === null) throw new ProblemError(problems.notFound(options.notFound));
    answer = prepareAnswer(
      content.text,
      content.etag,
      content.contentType,
      options.cacheControl ?? LIST_CACHE_CONTROL,
      content.headers,
    );
    deps.cache.set(version, key, answer);
  }
  return sendAnswer(c, answer);
}

/** A page of a list as a query produces it, and the keys it was narrowed to by `fields` (none: whole items). */
export interface ListPage {
  page: object;
  fields?: { keys: readonly string[] } | undefined;
}

const JSON_TYPE = 'application/json; charset=utf-8';
/** A list narrowed by `fields` is another representation: its own media type, and the keys in its ETag. */
const FIELDS_TYPE = `${FIELDS_MEDIA_TYPE}; charset=utf-8`;

/**
 * A list read through `cachedAnswer`, with `generatedAt`. The cache key is the URL, so `fields` is part of it; the
 * ETag comes from the data and the keys asked for, never from `generatedAt`. Whole items are sent as JSON, exactly
 * as before there was `fields`; narrowed ones as `FIELDS_MEDIA_TYPE`.
 */
export function cachedList(c: Context, deps: AppDeps, produce: () => Promise<ListPage>, options: ReadOptions = {}): Promise<Response> {
  return cachedAnswer(
    c,
    deps,
    async () => {
      const { page, fields } = await produce();
      const text = JSON.stringify({ ...page, generatedAt: berlinIso(deps.clock.now()) });
      return fields
        ? { text, etag: etagOf({ fields: fields.keys, page }), contentType: FIELDS_TYPE }
        : { text, etag: etagOf(page), contentType: JSON_TYPE };
    },
    options,
  );
}

/** A JSON read through `cachedAnswer`; the ETag comes from the data alone, never from `generatedAt`. */
export function cachedRead(
  c: Context,
  deps: AppDeps,
  produce: () => Promise<object | null>,
  options: JsonReadOptions = {},
): Promise<Response> {
  return cachedAnswer(
    c,
    deps,
    async () => {
      const data = await produce();
      if (data === null) return null;
      const body = options.list ? { ...data, generatedAt: berlinIso(deps.clock.now()) } : data;
      return { text: JSON.stringify(body), etag: etagOf(data), contentType: JSON_TYPE };
    },
    options,
  );
}
