import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { WIDGETS_VERSION } from '../src/version.js';
import { getProblem } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe('the widgets build and the example pages, served by the API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sinn-static-'));
  const widgets = join(dir, 'cdn');
  const examples = join(dir, 'examples');
  let server: TestServer;

  before(async () => {
    mkdirSync(widgets);
    mkdirSync(examples);
    writeFileSync(join(widgets, 'sinn.js'), "import('./runtime-AbCdEf12.js');\n");
    writeFileSync(join(widgets, 'runtime-AbCdEf12.js'), `export const runtime = ${JSON.stringify('x'.repeat(2000))};\n`);
    writeFileSync(join(examples, 'index.html'), '<!doctype html><title>Beispiele</title>');
    writeFileSync(join(dir, 'secret.txt'), 'not for the web');
    server = await startTestServer({ widgetsDir: widgets, examplesDir: examples, logLevel: 'silent' });
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the loader as JavaScript that any site may load as a module, revalidated after a few minutes', async () => {
    const response = await fetch(`${server.url}/widgets/sinn.js`, { headers: { Origin: 'https://partner.example.org' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('cache-control') ?? '', /max-age=300/);
    assert.match(await response.text(), /runtime-AbCdEf12/);
  });

  it('lets browsers keep hashed chunks for a year, and answers revalidation with 304', async () => {
    const response = await fetch(`${server.url}/widgets/runtime-AbCdEf12.js`);
    assert.match(response.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
    const again = await fetch(`${server.url}/widgets/runtime-AbCdEf12.js`, { headers: { 'If-None-Match': response.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });

  it('serves the same files under the pinned version path', async () => {
    const pinned = await fetch(`${server.url}/widgets/${WIDGETS_VERSION}/sinn.js`);
    assert.equal(pinned.status, 200);
    assert.match(await pinned.text(), /runtime-AbCdEf12/);
  });

  it('answers the icon browsers ask every origin for with nothing, not an error', async () => {
    const response = await fetch(`${server.url}/favicon.ico`);
    assert.equal(response.status, 204);
    assert.equal(await response.text(), '');
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['/widgets/../secret.txt', '/widgets/%2e%2e/secret.txt', '/widgets/..%2Fsecret.txt', '/examples/%2E%2E%2Fsecret.txt', '/widgets/.hidden']) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(await response.text(), /not for the web/, path);
    }
  });

  it('serves the example pages under a strict Content-Security-Policy, as a partner site would', async () => {
    const response = await fetch(`${server.url}/examples/`);
    assert.equal(response.status, 200);
    const policy = response.headers.get('content-security-policy') ?? '';
    assert.match(policy, /script-src 'self'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  });

  it('serves neither the example pages nor the Storybook in production, unless SINN_DEMO_PAGES says so', async () => {
    const storybook = join(dir, 'storybook');
    mkdirSync(storybook, { recursive: true });
    writeFileSync(join(storybook, 'index.html'), '<!doctype html><title>Storybook</title>');
    for (const [demoPages, status] of [[false, 404], [true, 200]] as const) {
      const other = await startTestServer({ widgetsDir: widgets, examplesDir: examples, storybookDir: storybook, production: true, demoPages, logLevel: 'silent' });
      try {
        for (const path of ['/examples/', '/storybook/']) assert.equal((await fetch(`${other.url}${path}`)).status, status, `${path} with demoPages ${demoPages}`);
        assert.equal((await fetch(`${other.url}/widgets/sinn.js`)).status, 200, 'the widgets always');
      } finally {
        await other.stop();
      }
    }
  });

  it('says how to build the widgets when there is no build', async () => {
    const bare = await startTestServer({ widgetsDir: join(dir, 'not-built'), logLevel: 'silent' });
    try {
      const problem = await getProblem(`${bare.url}/widgets/sinn.js`, 404);
      assert.match(problem.detail ?? '', /npm run build/);
    } finally {
      await bare.stop();
    }
  });
});
