import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { endpoints, RegionGeometryQuery } from '@sinn/sdk';
import type { Hono } from 'hono';
import { prepareAnswer, sendAnswer } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { parseQuery } from '../http/validate.js';
import type { CachedResponse } from '../http/response-cache.js';

// The districts' outlines for the map: the sdk's packages/sdk/geo/saxony-districts.json, byte for byte, with its
// attribution and licence. The file changes only with a release (npm run geo:generate), so it is read and
// compressed once, at its strongest, when the app is built.
//
// Cached for a year, safely: the map asks for `?v=` the version of the outlines it was built with
// (REGION_GEOMETRY_VERSION of @sinn/sdk/geo, a hash of the file's bytes). Where that is the version served, the
// URL names these very bytes and the answer is immutable. Without `v`, or with another (a widget built before the
// outlines changed meets a newer server for years), the answer is the outlines the server holds, kept for a day,
// so no cache holds old outlines under a URL that names no version.

/** A year, for a URL that names the bytes it answers. */
export const VERSIONED_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** A day, for any other request: outlines change once in years, never between two requests. */
export const UNVERSIONED_CACHE_CONTROL = 'public, max-age=86400';

const FILE = createRequire(import.meta.url).resolve('@sinn/sdk/geo/saxony-districts.json');

/** The version of outlines: the first 16 characters of the base64url SHA-256 of their bytes, as the generator names it. */
export function geometryVersion(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 16);
}

/** The bytes in brotli at quality 11 and gzip at level 9: affordable once, unlike on every request's data. */
function strongest(body: Uint8Array): CachedResponse['encoded'] {
  const brotli = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  });
  return { br: new Uint8Array(brotli), gzip: new Uint8Array(gzipSync(body, { level: 9 })) };
}

export function regionGeometryRoutes(app: Hono): void {
  const text = readFileSync(FILE, 'utf8');
  const version = geometryVersion(Buffer.from(text));
  // One tag for both: the same bytes, whatever they are kept for.
  const etag = `W/"${version}"`;
  const versioned = prepareAnswer(text, etag, 'application/json; charset=utf-8', VERSIONED_CACHE_CONTROL);
  versioned.encoded = strongest(versioned.body);
  const unversioned: CachedResponse = { ...versioned, cacheControl: UNVERSIONED_CACHE_CONTROL };

  const path = endpoints.regionGeometry.path;
  app.get(path, (c) => {
    const { v } = parseQuery(RegionGeometryQuery, c.req.url);
    return sendAnswer(c, v === version ? versioned : unversioned);
  });
  onlyAllow(app, path, ['GET', 'HEAD']);
}
