import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { RegionGeometry, REGION_IDS, SinnClient, regionGeometryEndpoint } from '@sinn/sdk';
import { REGION_GEOMETRY_VERSION } from '@sinn/sdk/geo';
import * as z from 'zod/mini';
import { geometryVersion } from '../src/routes/region-geometry.js';
import { getProblem, getRaw } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// The map draws the districts from GET /v1/regions/geometry: the sdk's committed file as it is, with its
// attribution and licence, small in brotli, and kept for a year by whoever asks for the version it was built with.

const FILE = readFileSync(createRequire(import.meta.url).resolve('@sinn/sdk/geo/saxony-districts.json'));
const YEAR = 'public, max-age=31536000, immutable';

describe('GET /v1/regions/geometry', () => {
  let server: TestServer;
  let url: string;
  before(async () => {
    server = await startTestServer({ logLevel: 'silent' });
    url = `${server.url}/v1/regions/geometry`;
  });
  after(() => server.stop());

  it('serves the committed outlines byte for byte, with the attribution and licence, fitting its schema', async () => {
    const answer = await getRaw(url, { 'Accept-Encoding': 'identity' });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-type'], 'application/json; charset=utf-8');
    assert.ok(answer.bytes.equals(FILE));
    const geometry = z.parse(RegionGeometry, JSON.parse(answer.bytes.toString('utf8')));
    assert.deepEqual(Object.keys(geometry.districts).sort(), [...REGION_IDS].sort());
    assert.equal(geometry.attribution, '© GeoBasis-DE / BKG 2021 (Daten verändert)');
    assert.equal(geometry.attributionUrl, 'https://www.bkg.bund.de');
    assert.match(geometry.license, /Datenlizenz Deutschland – Namensnennung – Version 2\.0/);
    assert.equal(geometry.licenseUrl, 'https://www.govdata.de/dl-de/by-2-0');
    assert.equal(answer.headers['access-control-allow-origin'], '*');
  });

  it('is kept for a year, immutable, when asked for the version the sdk was built with', async () => {
    assert.equal(REGION_GEOMETRY_VERSION, geometryVersion(FILE), 'the sdk names the version of the file it ships');
    const answer = await getRaw(`${url}?v=${REGION_GEOMETRY_VERSION}`, { 'Accept-Encoding': 'br' });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['cache-control'], YEAR);
    assert.ok(brotliDecompressSync(answer.bytes).equals(FILE));
  });

  it('is kept for a day without a version, or for another version than the one it holds', async () => {
    for (const query of ['', '?v=0000000000000000']) {
      const answer = await getRaw(`${url}${query}`, { 'Accept-Encoding': 'identity' });
      assert.equal(answer.status, 200);
      assert.equal(answer.headers['cache-control'], 'public, max-age=86400', query);
      assert.ok(answer.bytes.equals(FILE), 'the outlines the server holds, whatever version was asked for');
    }
  });

  it('is at most 15 KB in brotli and smaller in brotli than in gzip, both unpacking to the file', async () => {
    const brotli = await getRaw(`${url}?v=${REGION_GEOMETRY_VERSION}`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(brotli.headers.vary, 'Accept-Encoding');
    assert.equal(brotli.headers['content-length'], String(brotli.bytes.byteLength));
    assert.ok(brotli.bytes.byteLength <= 15 * 1024, `${brotli.bytes.byteLength} bytes in brotli`);
    const gzip = await getRaw(url, { 'Accept-Encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.ok(gunzipSync(gzip.bytes).equals(FILE));
    assert.ok(brotli.bytes.byteLength < gzip.bytes.byteLength, `brotli ${brotli.bytes.byteLength}, gzip ${gzip.bytes.byteLength}`);
  });

  it('answers a revalidation with 304, with the same tag for every coding and cache time', async () => {
    const first = await getRaw(url, { 'Accept-Encoding': 'br' });
    const etag = String(first.headers.etag);
    assert.match(etag, /^W\/"[A-Za-z0-9_-]{16}"$/);
    assert.equal((await getRaw(`${url}?v=${REGION_GEOMETRY_VERSION}`, { 'Accept-Encoding': 'gzip' })).headers.etag, etag);
    const revalidated = await getRaw(url, { 'If-None-Match': etag, 'Accept-Encoding': 'br' });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.bytes.byteLength, 0);
    assert.equal(revalidated.headers['cache-control'], 'public, max-age=86400');
    assert.equal((await getRaw(url, { 'If-None-Match': 'W/"anders"' })).status, 200);
  });

  it('answers HEAD without a body, refuses other methods, and names a wrong or unknown parameter', async () => {
    const head = await getRaw(url, {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.bytes.byteLength, 0);
    const post = await fetch(url, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.match(post.headers.get('allow') ?? '', /GET, HEAD/);
    const wrong = await getProblem(`${url}?v=<script>`, 400);
    assert.deepEqual(wrong.errors?.map((error) => error.parameter), ['v']);
    const unknown = await getProblem(`${url}?version=${REGION_GEOMETRY_VERSION}`, 400);
    assert.deepEqual(unknown.errors?.map((error) => error.parameter), ['version']);
  });

  it("gives the sdk's client the outlines, parsed, for its own version", async () => {
    const client = new SinnClient({ baseUrl: server.url });
    const geometry = await client.get(regionGeometryEndpoint, { query: { v: REGION_GEOMETRY_VERSION } });
    assert.equal(geometry.districts.dresden.key, '14612');
    assert.deepEqual(geometry.viewBox, [0, 0, 3300, 2600]);
  });

  it('is described in the OpenAPI document with its schema, its version parameter and its cache headers', async () => {
    const document = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters: { name: string; in: string }[]; responses: Record<string, { headers?: object; content?: Record<string, { schema: { $ref: string } }> }> } }>;
      components: { schemas: Record<string, unknown> };
    };
    const operation = document.paths['/v1/regions/geometry']!.get;
    assert.equal(operation.responses['200']!.content!['application/json']!.schema.$ref, '#/components/schemas/RegionGeometry');
    assert.ok(operation.responses['200']!.headers && 'Cache-Control' in operation.responses['200']!.headers);
    assert.ok(operation.responses['304']);
    assert.deepEqual(operation.parameters.map((parameter) => `${parameter.in} ${parameter.name}`), ['query v', 'header If-None-Match']);
    assert.ok(document.components.schemas.DistrictShape);
  });
});
