import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { rollup } from 'rollup';
import { compressedTwins, precompress } from '../../../scripts/rollup-precompress.mjs';
import { prepareAnswer, sendAnswer } from '../src/http/cached-read.js';
import { compress, COMPRESS_FROM } from '../src/http/compression.js';
import { etagOf } from '../src/http/response-cache.js';
import { getRaw } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** What browsers send: gzip listed first, all at q=1. */
const BROWSER = 'gzip, deflate, br, zstd';

/** The body of a raw answer, unpacked from its Content-Encoding. */
function unpacked(answer: { headers: Record<string, string | string[] | undefined>; bytes: Buffer }): Buffer {
  const coding = answer.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(answer.bytes);
  if (coding === 'gzip') return gunzipSync(answer.bytes);
  assert.equal(coding, undefined, `an unexpected coding: ${String(coding)}`);
  return answer.bytes;
}

describe('API answers, compressed as the client takes them', () => {
  let server: TestServer;
  let month: string;
  let plain: Buffer;
  before(async () => {
    server = await startTestServer({ logLevel: 'silent' });
    // November's grid as the calendar asks for it: six weeks from the Monday before the 1st, a day either side.
    month = `${server.url}/v1/events?from=2026-10-25&to=2026-12-08&limit=100`;
    plain = (await getRaw(month, { 'Accept-Encoding': 'identity' })).bytes;
  });
  after(() => server.stop());

  it('sends a month of events in brotli to a browser, which lists gzip first, smaller than gzip', async () => {
    const brotli = await getRaw(month, { 'Accept-Encoding': BROWSER });
    assert.equal(brotli.status, 200);
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(brotli.headers.vary, 'Accept-Encoding');
    assert.equal(brotli.headers['content-length'], String(brotli.bytes.byteLength));
    assert.deepEqual(brotliDecompressSync(brotli.bytes), plain);
    const gzip = await getRaw(month, { 'Accept-Encoding': 'gzip' });
    assert.ok(brotli.bytes.byteLength < gzip.bytes.byteLength * 0.9, `brotli ${brotli.bytes.byteLength} bytes, gzip ${gzip.bytes.byteLength}`);
  });

  it('sends gzip to a client that does not take brotli', async () => {
    const gzip = await getRaw(month, { 'Accept-Encoding': 'gzip, deflate' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gzip.headers.vary, 'Accept-Encoding');
    assert.equal(gzip.headers['content-length'], String(gzip.bytes.byteLength));
    assert.deepEqual(gunzipSync(gzip.bytes), plain);
  });

  it('sends the answer as it is to a client that takes neither, or says nothing', async () => {
    const asked: Record<string, string>[] = [{ 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'deflate, zstd' }, {}];
    for (const headers of asked) {
      const answer = await getRaw(month, headers);
      assert.equal(answer.headers['content-encoding'], undefined, JSON.stringify(headers));
      assert.equal(answer.headers.vary, 'Accept-Encoding');
      assert.equal(answer.headers['content-length'], String(plain.byteLength));
      assert.deepEqual(answer.bytes, plain);
    }
  });

  it('never uses a coding the client weighs q=0, and follows its weights before the server\'s preference', async () => {
    const cases: [string, string | undefined][] = [
      ['br;q=0, gzip', 'gzip'],
      ['gzip, br;q=0', 'gzip'],
      ['gzip;q=0, br;q=0', undefined],
      ['*;q=0', undefined],
      ['*', 'br'],
      ['*, br;q=0', 'gzip'],
      ['gzip;q=1, br;q=0.5', 'gzip'],
      ['gzip;q=0.8, br;q=0.9', 'br'],
      ['GZIP, BR', 'br'],
    ];
    for (const [accepted, expected] of cases) {
      const answer = await getRaw(month, { 'Accept-Encoding': accepted });
      assert.equal(answer.headers['content-encoding'], expected, accepted);
      assert.deepEqual(unpacked(answer), plain, accepted);
    }
  });

  it('answers a revalidation with 304 whichever coding the client last received, and says the answer varies', async () => {
    const brotli = await getRaw(month, { 'Accept-Encoding': 'br' });
    const gzip = await getRaw(month, { 'Accept-Encoding': 'gzip' });
    const identity = await getRaw(month, { 'Accept-Encoding': 'identity' });
    // One weak tag for every coding of the same data.
    assert.match(String(brotli.headers.etag), /^W\/"/);
    assert.equal(gzip.headers.etag, brotli.headers.etag);
    assert.equal(identity.headers.etag, brotli.headers.etag);
    const revalidations: [unknown, string][] = [[brotli.headers.etag, 'gzip'], [gzip.headers.etag, 'br'], [identity.headers.etag, BROWSER]];
    for (const [etag, encoding] of revalidations) {
      const again = await getRaw(month, { 'Accept-Encoding': encoding, 'If-None-Match': String(etag) });
      assert.equal(again.status, 304, encoding);
      assert.equal(again.headers.vary, 'Accept-Encoding', encoding);
      assert.equal(again.headers['content-encoding'], undefined, encoding);
      assert.equal(again.bytes.byteLength, 0, encoding);
    }
  });

  it('answers HEAD with the length of the body in the coding a GET would get', async () => {
    const get = await getRaw(month, { 'Accept-Encoding': BROWSER });
    const head = await getRaw(month, { 'Accept-Encoding': BROWSER }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-encoding'], 'br');
    assert.equal(head.headers['content-length'], String(get.bytes.byteLength));
  });

  it('compresses a cached answer once in each coding a client asks for, and keeps it', async () => {
    const text = readFileSync(new URL('../src/http/cached-read.ts', import.meta.url), 'utf8');
    const answer = prepareAnswer(text, etagOf(text), 'text/plain; charset=utf-8', 'no-cache');
    const app = new Hono().get('/', (c) => sendAnswer(c, answer));
    await app.request('/', { headers: { 'Accept-Encoding': 'identity' } });
    assert.deepEqual(answer.encoded, {}, 'nothing compressed for a client that takes nothing');
    const first = new Uint8Array(await (await app.request('/', { headers: { 'Accept-Encoding': BROWSER } })).arrayBuffer());
    const kept = answer.encoded.br;
    assert.ok(kept);
    assert.equal(answer.encoded.gzip, undefined, 'no gzip before a client takes it');
    const second = new Uint8Array(await (await app.request('/', { headers: { 'Accept-Encoding': BROWSER } })).arrayBuffer());
    assert.deepEqual(second, kept, 'the same bytes, not compressed again on the request');
    assert.deepEqual(first, kept);
    await app.request('/', { headers: { 'Accept-Encoding': 'gzip' } });
    const gzip = answer.encoded.gzip;
    assert.ok(gzip);
    await app.request('/', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(answer.encoded.gzip, gzip, 'gzip is made once');
  });

  it('sends an answer asked for again in brotli at its best quality, made beside the answering', async () => {
    const text = readFileSync(new URL('../src/http/cached-read.ts', import.meta.url), 'utf8');
    const answer = prepareAnswer(text, etagOf(text), 'text/plain; charset=utf-8', 'no-cache');
    const app = new Hono().get('/', (c) => sendAnswer(c, answer));
    const ask = async () => new Uint8Array(await (await app.request('/', { headers: { 'Accept-Encoding': BROWSER } })).arrayBuffer());
    const quick = await ask();
    const best = new Uint8Array(brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }));
    assert.ok(best.byteLength < quick.byteLength, `quality 11 (${best.byteLength} bytes) is smaller than the quick bytes (${quick.byteLength})`);
    // Asked once, the answer keeps its quick bytes: nothing more is made for it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(answer.encoded.br, quick);
    assert.deepEqual(await ask(), quick, 'the second request is answered at once, with the bytes there are');
    const deadline = Date.now() + 10_000;
    while (answer.encoded.br!.byteLength === quick.byteLength && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    const third = await ask();
    assert.equal(third.byteLength, best.byteLength);
    assert.equal(brotliDecompressSync(third).toString('utf8'), text);
  });

  it('sends a small answer as it is, with nothing to vary', async () => {
    const text = JSON.stringify({ items: [], total: 0 });
    const answer = prepareAnswer(text, etagOf(text), 'application/json; charset=utf-8', 'no-cache');
    const response = await new Hono().get('/', (c) => sendAnswer(c, answer)).request('/', { headers: { 'Accept-Encoding': BROWSER } });
    assert.equal(response.headers.get('content-encoding'), null);
    assert.equal(response.headers.get('vary'), null);
    assert.equal(await response.text(), text);
  });
});

describe('the widgets build, sent as the build compressed it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sinn-precompressed-'));
  const widgets = join(dir, 'cdn');
  // A chunk of real code, large enough that the server would compress it itself if it had no twins.
  const runtime = readFileSync(new URL('../../../scripts/rollup-precompress.mjs', import.meta.url));
  // A language's strings: too small for the server to compress at request time, not for the build.
  const strings = Buffer.from(
    `const e={loading:"Veranstaltungen werden geladen …",empty:"Keine Veranstaltungen in diesem Zeitraum.",error:"Die Veranstaltungen konnten nicht geladen werden.",retry:"Erneut versuchen",today:"Heute",next:"Nächster Monat",previous:"Voriger Monat",agenda:"Liste",month:"Monat"};export{e as default};\n`,
  );
  let server: TestServer;
  let twins: { br: Buffer; gz: Buffer };

  before(async () => {
    mkdirSync(widgets);
    const made = await compressedTwins(runtime);
    assert.ok(made.br && made.gz);
    twins = { br: made.br, gz: made.gz };
    writeFileSync(join(widgets, 'runtime-AbCdEf12.js'), runtime);
    writeFileSync(join(widgets, 'runtime-AbCdEf12.js.br'), twins.br);
    writeFileSync(join(widgets, 'runtime-AbCdEf12.js.gz'), twins.gz);
    const small = await compressedTwins(strings);
    assert.ok(small.br && small.gz);
    writeFileSync(join(widgets, 'runtime-de-AbCdEf12.js'), strings);
    writeFileSync(join(widgets, 'runtime-de-AbCdEf12.js.br'), small.br);
    writeFileSync(join(widgets, 'runtime-de-AbCdEf12.js.gz'), small.gz);
    // A twin of another build's file: the server must not send it for this one.
    writeFileSync(join(widgets, 'sinn.js'), runtime);
    writeFileSync(join(widgets, 'sinn.js.br'), brotliCompressSync(strings));
    // A file without twins, as in development.
    writeFileSync(join(widgets, 'plain-AbCdEf12.js'), runtime);
    server = await startTestServer({ widgetsDir: widgets, logLevel: 'warn' });
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends a chunk in brotli as the build compressed it, not compressed anew', async () => {
    // What the server would make of it at request time differs from the build's strongest brotli.
    assert.notDeepEqual(Buffer.from(compress(runtime, 'br')), twins.br);
    const answer = await getRaw(`${server.url}/widgets/runtime-AbCdEf12.js`, { 'Accept-Encoding': BROWSER });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.equal(answer.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(answer.headers.vary, 'Accept-Encoding');
    assert.equal(answer.headers['content-length'], String(twins.br.byteLength));
    assert.deepEqual(answer.bytes, twins.br);
    assert.deepEqual(brotliDecompressSync(answer.bytes), runtime);
  });

  it('sends the gzip twin to a client that does not take brotli, and the file to one that takes neither', async () => {
    const gzip = await getRaw(`${server.url}/widgets/runtime-AbCdEf12.js`, { 'Accept-Encoding': 'gzip, deflate, br;q=0' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gzip.bytes, twins.gz);
    assert.deepEqual(gunzipSync(gzip.bytes), runtime);
    const plain = await getRaw(`${server.url}/widgets/runtime-AbCdEf12.js`, { 'Accept-Encoding': 'identity' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers.vary, 'Accept-Encoding');
    assert.deepEqual(plain.bytes, runtime);
  });

  it('sends even a small strings chunk compressed, as the build made its twins', async () => {
    assert.ok(strings.byteLength < COMPRESS_FROM, 'a file the server would not compress itself');
    for (const [encoding, unpack] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      const answer = await getRaw(`${server.url}/widgets/runtime-de-AbCdEf12.js`, { 'Accept-Encoding': encoding });
      assert.equal(answer.headers['content-encoding'], encoding);
      assert.equal(answer.headers.vary, 'Accept-Encoding');
      assert.deepEqual(unpack(answer.bytes), strings);
    }
  });

  it('answers a revalidation of a chunk with 304 whichever coding the client holds', async () => {
    const url = `${server.url}/widgets/runtime-AbCdEf12.js`;
    const brotli = await getRaw(url, { 'Accept-Encoding': 'br' });
    const gzip = await getRaw(url, { 'Accept-Encoding': 'gzip' });
    assert.equal(gzip.headers.etag, brotli.headers.etag);
    for (const encoding of ['gzip', 'br', 'identity']) {
      const again = await getRaw(url, { 'Accept-Encoding': encoding, 'If-None-Match': String(brotli.headers.etag) });
      assert.equal(again.status, 304, encoding);
      assert.equal(again.headers.vary, 'Accept-Encoding', encoding);
    }
  });

  it('compresses a file without twins itself, and ignores a twin that is not the file', async () => {
    const plain = await getRaw(`${server.url}/widgets/plain-AbCdEf12.js`, { 'Accept-Encoding': BROWSER });
    assert.equal(plain.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(plain.bytes), runtime);
    const stale = await getRaw(`${server.url}/widgets/sinn.js`, { 'Accept-Encoding': BROWSER });
    assert.equal(stale.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(stale.bytes), runtime);
    assert.ok(server.logLines.some((line) => line.includes('compressed twin ignored') && line.includes('sinn.js.br')));
  });

  it('does not serve the twins as files of their own', async () => {
    for (const name of ['runtime-AbCdEf12.js.br', 'runtime-AbCdEf12.js.gz']) {
      const answer = await getRaw(`${server.url}/widgets/${name}`, { 'Accept-Encoding': BROWSER });
      assert.equal(answer.status, 404, name);
    }
  });
});

describe('the build writes brotli and gzip twins beside its files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sinn-precompress-build-'));
  const out = join(dir, 'cdn');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes twins that unpack to each file, brotli the smaller, and none where they would not be smaller', async () => {
    const code = readFileSync(new URL('../src/http/cached-read.ts', import.meta.url), 'utf8');
    writeFileSync(join(dir, 'big.js'), `export const source = ${JSON.stringify(code)};\n`);
    writeFileSync(join(dir, 'tiny.js'), 'export const a = 1;\n');
    // A twin left from an earlier build of a file that now gets none.
    mkdirSync(out);
    writeFileSync(join(out, 'tiny.js.br'), 'from an earlier build');
    const bundle = await rollup({
      input: { big: join(dir, 'big.js'), tiny: join(dir, 'tiny.js') },
      plugins: [
        {
          name: 'manifest',
          generateBundle() {
            this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify({ chunks: Array.from({ length: 40 }, (_, i) => `chunk-${i}.js`) }) });
          },
        },
        precompress(),
      ],
    });
    await bundle.write({ dir: out, format: 'es' });
    await bundle.close();
    for (const name of ['big.js', 'manifest.json']) {
      const file = readFileSync(join(out, name));
      const br = readFileSync(join(out, `${name}.br`));
      const gz = readFileSync(join(out, `${name}.gz`));
      assert.deepEqual(brotliDecompressSync(br), file, name);
      assert.deepEqual(gunzipSync(gz), file, name);
      assert.ok(br.byteLength < gz.byteLength, `${name}: brotli ${br.byteLength} bytes, gzip ${gz.byteLength}`);
    }
    assert.ok(existsSync(join(out, 'tiny.js')));
    assert.equal(existsSync(join(out, 'tiny.js.br')), false);
    assert.equal(existsSync(join(out, 'tiny.js.gz')), false);
  });
});
