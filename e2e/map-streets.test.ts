import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';
import { startTileServer, TILE_HOST, tileCertificate, type TileServer } from '../scripts/lib/tile-server.mjs';
import { axeViolations, visit } from './browser.js';

// The map's street layer as a partner with the strictest Content-Security-Policy ships it (examples/partner-site's
// policy, with the tile host added to img-src): the built sinn.js from the SINN server, Leaflet's chunk only after
// the visitor's click, its stylesheet adopted into the shadow root, and no violation of the policy before or after.
// The tile host is an HTTPS server on loopback (scripts/lib/tile-server.mjs), its certificate trusted by this
// Chromium alone. The page is served by this test, on an origin of its own.

function policy(api: string, tiles: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${api}`,
    `connect-src 'self' ${api}`,
    `img-src 'self' ${api} ${tiles}`,
    "style-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function page(api: string, tiles: string): string {
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8">
    <title>Karte mit Straßen</title>
    <script type="module" src="${api}/widgets/sinn.js"></script>
  </head>
  <body>
    <main>
      <h1>Initiativen in Sachsen</h1>
      <sinn-initiative-map tiles="${tiles}/{z}/{x}/{y}.png" tiles-attribution="© Test-Kacheln">
        <a href="https://sinn-sachsen.de/">Initiativen auf sinn-sachsen.de</a>
      </sinn-initiative-map>
    </main>
  </body>
</html>`;
}

describe('the map with a street layer under a strict Content-Security-Policy', () => {
  let server: TestServer;
  let tiles: TileServer;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;

  before(async () => {
    const certificate = tileCertificate();
    [server, tiles] = await Promise.all([startTestServer({ logLevel: 'silent' }), startTileServer(certificate)]);
    site = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy(server.url, tiles.url), 'Cache-Control': 'no-store' });
      res.end(page(server.url, tiles.url));
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        `--host-resolver-rules=MAP ${TILE_HOST} 127.0.0.1`,
        `--ignore-certificate-errors-spki-list=${certificate.spki}`,
      ],
    });
  });

  after(async () => {
    await browser?.close();
    site?.closeAllConnections();
    await new Promise((resolve) => site?.close(resolve));
    await tiles?.stop();
    await server?.stop();
  });

  it('asks the tile host nothing before the click, and shows its tiles after it without breaking the policy', async () => {
    const { page: tab, problems, requests } = await visit(browser, `${siteUrl}/`);
    const districts = () => tab.evaluate(() => document.querySelector('sinn-initiative-map')!.shadowRoot!.querySelectorAll('[part~="region"]').length);
    await tab.waitForFunction(() => (document.querySelector('sinn-initiative-map')?.shadowRoot?.querySelectorAll('[part~="region"]').length ?? 0) === 13, { timeout: 15_000 });
    assert.equal(await districts(), 13);
    await tab.waitForFunction(() => document.querySelector('sinn-initiative-map')!.shadowRoot!.querySelector('[part~="streets"]'), { timeout: 15_000 });
    const origins = (urls: string[]) => [...new Set(urls.map((url) => new URL(url).origin))].sort();
    assert.deepEqual(origins(requests), [siteUrl, server.url].sort());
    assert.deepEqual(tiles.log, []);
    assert.deepEqual(requests.filter((url) => url.includes('leaflet')), []);
    assert.deepEqual(await axeViolations(tab, 'sinn-initiative-map'), []);

    await tab.evaluate(() => document.querySelector('sinn-initiative-map')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="streets"]')!.click());
    await tab.waitForFunction(() => (document.querySelector('sinn-initiative-map')!.shadowRoot!.querySelectorAll('.tiles img.leaflet-tile-loaded').length ?? 0) > 0, { timeout: 15_000 });
    assert.deepEqual(problems, []);
    assert.deepEqual(origins(requests), [siteUrl, server.url, tiles.url].sort());
    assert.ok(requests.some((url) => /\/widgets\/initiative-map-leaflet-tiles-[\w-]+\.js$/.test(url)), 'Leaflet came as its own chunk');
    assert.ok(tiles.log.length > 0);
    // Leaflet's stylesheet lives in the shadow root: the page's head has no <style> (the policy would refuse one).
    assert.equal(await tab.evaluate(() => document.querySelectorAll('style').length), 0);
    assert.ok(await tab.evaluate(() => document.querySelector('sinn-initiative-map')!.shadowRoot!.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.leaflet-pane')))));
    assert.deepEqual(await axeViolations(tab, 'sinn-initiative-map'), []);
    assert.deepEqual(await tab.cookies(), []);
    assert.equal(await tab.evaluate(() => localStorage.length + sessionStorage.length), 0);
    await tab.close();
  });
});
