import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { InitiativeList } from '@sinn/sdk';
import { getParsed, getProblem, getRaw } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe('HTTP behaviour', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('answers a list with ETag, Cache-Control and generatedAt, and an unchanged list with 304', async () => {
    const first = await fetch(`${server.url}/v1/initiatives?region=dresden`);
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^W\/".+"$/);
    assert.match(first.headers.get('cache-control') ?? '', /max-age=\d+/);
    const body = (await first.json()) as { generatedAt: string };
    assert.match(body.generatedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    const again = await fetch(`${server.url}/v1/initiatives?region=dresden`, { headers: { 'If-None-Match': etag! } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(await again.text(), '');
  });

  it('gives a new ETag and the new data once the content changed', async () => {
    const url = `${server.url}/v1/initiatives?limit=1`;
    const before = await fetch(url);
    const etag = before.headers.get('etag')!;
    const { items } = (await before.json()) as { items: { id: string; title: string }[] };
    await server.database.db.query("update initiatives set title = title || ' (neu)' where id = $1", [items[0]!.id]);
    await server.deps.contentVersion.refresh();
    const changed = await fetch(url, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    const list = InitiativeList.parse(await changed.json());
    assert.equal(list.items[0]?.title, `${items[0]!.title} (neu)`);
  });

  it('hears of a change through the database without being told', async () => {
    const url = `${server.url}/v1/mentors?limit=1`;
    const first = (await (await fetch(url)).json()) as { items: { id: string; name: string }[] };
    await server.database.db.query("update mentors set role = 'Geänderte Rolle' where id = $1", [first.items[0]!.id]);
    // No refresh(): the NOTIFY from the trigger must reach the server by itself.
    let role = '';
    for (let attempt = 0; attempt < 50 && role !== 'Geänderte Rolle'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      role = ((await (await fetch(url)).json()) as { items: { role: string }[] }).items[0]!.role;
    }
    assert.equal(role, 'Geänderte Rolle');
  });

  it('lets any origin read and exposes ETag, Retry-After and Date', async () => {
    const response = await fetch(`${server.url}/v1/taxonomies`, { headers: { Origin: 'https://drk-bautzen.example.org' } });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const exposed = (response.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    for (const header of ['etag', 'retry-after', 'date']) assert.ok(exposed.includes(header), header);
    const preflight = await fetch(`${server.url}/v1/initiatives`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://drk-bautzen.example.org',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /If-None-Match/i);
  });

  it('sends security headers with data, problems and images', async () => {
    const list = await getParsed(`${server.url}/v1/initiatives?limit=1`, InitiativeList);
    for (const url of [`${server.url}/v1/initiatives`, `${server.url}/v1/initiatives/nope`, list.items[0]!.image!.url]) {
      const response = await fetch(url);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', url);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', url);
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/, url);
      assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin', url);
    }
  });

  it('serves images for a year, and answers a revalidation with 304', async () => {
    const list = await getParsed(`${server.url}/v1/initiatives?limit=1`, InitiativeList);
    const url = list.items[0]!.image!.url;
    const image = await fetch(url);
    assert.match(image.headers.get('cache-control') ?? '', /max-age=31536000.*immutable/);
    const again = await fetch(url, { headers: { 'If-None-Match': image.headers.get('etag')! } });
    assert.equal(again.status, 304);
    await getProblem(`${server.url}/media/0000000000000000.svg`, 404);
    await getProblem(`${server.url}/media/..%2F..%2Fetc%2Fpasswd`, 404);
  });

  it('answers HEAD like GET without a body, with the length of the body', async () => {
    const get = await fetch(`${server.url}/v1/initiatives`, { headers: { 'Accept-Encoding': 'identity' } });
    const length = (await get.arrayBuffer()).byteLength;
    const response = await fetch(`${server.url}/v1/initiatives`, { method: 'HEAD', headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(response.status, 200);
    assert.ok(response.headers.get('etag'));
    assert.equal(response.headers.get('content-length'), String(length));
    assert.equal(await response.text(), '');
  });

  it('sends lists gzipped to a client that takes gzip but not brotli, and plain to one that takes neither', async () => {
    const url = `${server.url}/v1/initiatives?limit=50`;
    const zipped = await getRaw(url, { 'Accept-Encoding': 'gzip, deflate' });
    const plain = await getRaw(url, { 'Accept-Encoding': 'identity' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers.vary, 'Accept-Encoding');
    assert.equal(plain.headers['content-encoding'], undefined);
    const { gunzipSync } = await import('node:zlib');
    assert.deepEqual(gunzipSync(zipped.bytes), plain.bytes);
    assert.ok(zipped.bytes.byteLength < plain.bytes.byteLength / 3);
  });

  it('gives the OpenAPI document an ETag and answers its revalidation with 304', async () => {
    const first = await fetch(`${server.url}/v1/openapi.json`);
    const again = await fetch(`${server.url}/v1/openapi.json`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });

  it('answers a parameter the endpoint does not know with 400 naming it and the known ones', async () => {
    const problem = await getProblem(`${server.url}/v1/initiatives?region[]=dresden`, 400);
    assert.equal(problem.errors?.[0]?.parameter, 'region[]');
    assert.ok(problem.errors?.[0]?.allowed?.includes('region'));
  });

  it('names the wrong value in a list once, and says when a parameter came twice', async () => {
    const problem = await getProblem(`${server.url}/v1/initiatives?region=Dresden,leipzig,foo`, 400);
    assert.deepEqual(
      problem.errors?.map((error) => error.detail),
      ['"Dresden" is not one of the allowed values', '"foo" is not one of the allowed values'],
    );
    const twice = await getProblem(`${server.url}/v1/initiatives?limit=1&limit=2`, 400);
    assert.equal(twice.errors?.[0]?.detail, 'given more than once; give it once');
  });

  it('answers a URL with raw non-ASCII bytes with a 400 problem document', async () => {
    const { connect } = await import('node:net');
    const { port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(Buffer.from('GET /v1/initiatives?q=Görlitz HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'));
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    assert.match(answer, /^HTTP\/1\.1 400/);
    assert.match(answer, /Content-Type: application\/problem\+json/);
    assert.match(answer, /percent-encoded/);
  });

  it('answers a wrong method with 405 and the methods allowed', async () => {
    for (const [method, path] of [
      ['POST', '/v1/initiatives'],
      ['DELETE', '/v1/events'],
      ['PUT', '/v1/mentors'],
      ['PATCH', '/v1/taxonomies'],
      ['DELETE', '/v1/initiatives/irgendeine'],
      ['POST', '/'],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, { method });
      assert.equal(response.status, 405, `${method} ${path}`);
      assert.match(response.headers.get('allow') ?? '', /GET/);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
    }
  });

  it('refuses a request body over the size limit with 413', async () => {
    await getProblem(`${server.url}/v1/initiatives`, 413, {
      method: 'POST',
      body: 'x'.repeat(server.deps.config.bodyLimit + 1),
      headers: { 'Content-Type': 'application/json' },
    });
  });

  it('refuses a URL over 8 KB with 414', async () => {
    await getProblem(`${server.url}/v1/initiatives?q=${'a'.repeat(9000)}`, 414);
  });

  it('logs one JSON line per request with the route, never the query or a slug', async () => {
    server.logLines.length = 0;
    await fetch(`${server.url}/v1/mentors?q=Erika%20Mustermann`);
    await fetch(`${server.url}/v1/initiatives/ein-geheimer-slug`);
    const entries = server.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = entries.filter((entry) => entry.msg === 'request');
    assert.deepEqual(
      requests.map((entry) => [entry.route, entry.status]),
      [
        ['/v1/mentors', 200],
        ['/v1/initiatives/:slug', 404],
      ],
    );
    const text = server.logLines.join('');
    assert.doesNotMatch(text, /Mustermann|geheimer|\?/);
  });
});

describe('an unexpected failure', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('answers 500 as a problem document without a stack trace or SQL, and logs the error', async () => {
    await server.database.db.exec('alter table mentors rename to mentors_gone');
    server.logLines.length = 0;
    const problem = await getProblem(`${server.url}/v1/mentors?limit=3`, 500);
    const text = JSON.stringify(problem);
    assert.doesNotMatch(text, /mentors|relation|\bat\s.+:\d+|select/i);
    assert.ok(server.logLines.some((line) => JSON.parse(line).level === 'error'));
  });
});
