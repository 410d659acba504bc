import assert from 'node:assert/strict';
import { cpSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import type { Initiative } from '@sinn/sdk';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';
import { packPackages, ROOT, type Packed } from '../packages/widgets/test/published/pack.js';
import { run } from '../packages/widgets/test/published/run.js';
import { axeViolations, cardsShown, launch, visit } from './browser.js';

// examples/react as a developer has it: a Vite + React 19 app that installs @sinn/sdk and @sinn/widgets from the
// packed tarballs (what npm would serve, not the workspace's links), type-checks against the elements' JSX
// typings, builds, and shows the initiatives of the running API in Chromium.

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves a built app's folder on a free port of 127.0.0.1, as any static host would. */
function serveStatic(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

describe('examples/react, installed from the packed tarballs', () => {
  let api: TestServer;
  let packed: Packed;
  let app: string;
  let site: { server: Server; url: string } | undefined;
  let browser: Browser | undefined;
  const steps = { installed: false, checked: false, built: false };

  before(async () => {
    api = await startTestServer({ logLevel: 'silent' });
    packed = packPackages();
    app = mkdtempSync(join(tmpdir(), 'sinn-react-example-'));
    cpSync(join(ROOT, 'examples/react'), app, { recursive: true, filter: (source) => !/[/\\](node_modules|dist)$/.test(source) });
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
    await api?.stop();
    if (packed) rmSync(packed.dir, { recursive: true, force: true });
    if (app) rmSync(app, { recursive: true, force: true });
  });

  it('installs @sinn/sdk and @sinn/widgets from the tarballs, with React, Vite and TypeScript from the registry', async () => {
    const { code, output } = await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', packed.tarballs.sdk, packed.tarballs.widgets],
      app,
    );
    assert.equal(code, 0, output);
    for (const name of ['sdk', 'widgets']) {
      const installed = join(app, 'node_modules/@sinn', name);
      assert.ok(!lstatSync(installed).isSymbolicLink(), `@sinn/${name} is a copy from the tarball, not a link`);
      assert.ok(lstatSync(join(installed, 'dist/index.js')).isFile());
    }
    steps.installed = true;
  });

  it('type-checks: the elements, their attributes and typed events are known to JSX', async () => {
    assert.ok(steps.installed, 'the install failed');
    const { code, output } = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], app);
    assert.equal(code, 0, output);
    steps.checked = true;
  });

  it('builds with Vite', async () => {
    assert.ok(steps.checked, 'the type check failed');
    const { code, output } = await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], app, { VITE_SINN_API: api.url });
    assert.equal(code, 0, output);
    steps.built = true;
  });

  it('its page shows three initiatives from the API, and a chosen one in its own React view', async () => {
    assert.ok(steps.built, 'the build failed');
    site = await serveStatic(join(app, 'dist'));
    browser = await launch();
    const { page, problems } = await visit(browser, `${site.url}/`);
    assert.equal(await cardsShown(page), 3);
    // The app's headings and the cards' make one outline (heading-level), as partners copying it should have it.
    await page.waitForFunction(() => document.querySelector('sinn-join-form')?.shadowRoot?.querySelector('[aria-busy="false"]'), { timeout: 15_000 });
    assert.deepEqual(await axeViolations(page, 'html'), []);
    assert.equal(await page.evaluate(() => document.body.textContent!.includes('npm run dev')), false, 'the note for the page served as it is gave way to the app');
    const titles = await page.evaluate(() =>
      [...document.querySelector('sinn-initiative-cards')!.shadowRoot!.querySelectorAll('.card .open')].map((title) => title.textContent!.trim()),
    );
    const known = ((await (await fetch(`${api.url}/v1/initiatives?limit=100`)).json()) as { items: Initiative[] }).items.map((item) => item.title);
    for (const title of titles) assert.ok(known.includes(title), `"${title}" is an initiative of the API`);

    // The app's onsinn-initiative-select prop: React 19 listens for the element's event and shows the detail itself.
    await page.evaluate(() => document.querySelector('sinn-initiative-cards')!.shadowRoot!.querySelector<HTMLButtonElement>('.card .open')!.click());
    await page.waitForSelector('section.chosen h2', { timeout: 5_000 });
    assert.equal(await page.$eval('section.chosen h2', (heading) => heading.textContent), titles[0]);
    const dialogOpen = await page.evaluate(() => Boolean(document.querySelector('sinn-initiative-cards')!.shadowRoot!.querySelector('dialog[open]')));
    assert.equal(dialogOpen, false, 'the event was cancelled, so the element opened no dialog of its own');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('its join form solves the proof of work in a worker that Vite bundled beside the app', async () => {
    assert.ok(steps.built, 'the build failed');
    const { page, problems, requests } = await visit(browser!, `${site!.url}/`);
    await page.waitForFunction(() => document.querySelector('sinn-join-form')?.shadowRoot?.querySelector('input[name="name"]:not([disabled])'), { timeout: 15_000 });
    // The first focus fetches the challenge and solves it, ahead of sending.
    await page.evaluate(() => document.querySelector('sinn-join-form')!.shadowRoot!.querySelector<HTMLInputElement>('input[name="name"]')!.focus());
    await page.waitForFunction(() => (document.querySelector('sinn-join-form') as unknown as { proofOfWorkSolvedBy?: string }).proofOfWorkSolvedBy, {
      timeout: 20_000,
    });
    const solvedBy = await page.evaluate(() => (document.querySelector('sinn-join-form') as unknown as { proofOfWorkSolvedBy: string }).proofOfWorkSolvedBy);
    assert.equal(solvedBy, 'worker');
    const worker = requests.find((url) => /\/assets\/pow-worker[^/]*\.js$/.test(new URL(url).pathname));
    assert.ok(worker && new URL(worker).origin === site!.url, `the worker script came from the app: ${requests.join(', ')}`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
