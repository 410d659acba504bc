import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openApiDocument } from '@sinn/sdk/openapi';
import type { Browser, Page } from 'puppeteer-core';
import type { TestServer } from '../packages/server/test/helpers/server.js';
import { closeSites, openSites, visit, type Sites } from './browser.js';

// The mentor search as a visitor's Chromium opens it from the built sinn.js: typing, the address, the contact
// dialog whose code comes on demand.

const CDN = new URL('../packages/widgets/dist/cdn/', import.meta.url).pathname;

const shown = (page: Page) =>
  page.waitForFunction(() => (document.querySelector('sinn-mentor-search')?.shadowRoot?.querySelectorAll('.results [part="name"]').length ?? 0) > 0, {
    timeout: 15_000,
  });

describe('the mentor search in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let partner: Sites['partner'];

  before(async () => {
    ({ server, partner, browser } = await openSites());
  });
  after(() => closeSites({ server, partner, browser }));

  it('examples/mentors.html searches as one types, keeps the search in the address, and opens the contact dialog', async () => {
    const { page, problems } = await visit(browser, `${server.url}/examples/mentors.html`);
    await shown(page);
    const box = await page.evaluateHandle(() => document.querySelector('sinn-mentor-search')!.shadowRoot!.querySelector('#search-input')!);
    await (box as unknown as { focus(): Promise<void> }).focus();
    await page.keyboard.type('Foerdermittel');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('mentoren-q') === 'Foerdermittel', { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('sinn-mentor-search')!.shadowRoot!.querySelector('.results mark'), { timeout: 10_000 });
    const heading = await page.evaluate(async () => {
      const root = document.querySelector('sinn-mentor-search')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('button[part~="contact"]')!.click();
      for (let i = 0; i < 100 && !root.querySelector('dialog[open]'); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      return root.querySelector('dialog[open] [id]')?.textContent?.trim() ?? '';
    });
    assert.match(heading, /Kontakt|Nachricht/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('examples/mentors.html says when nobody matches, with the code for it fetched only then', async () => {
    const { page, problems } = await visit(browser, `${server.url}/examples/mentors.html`);
    await shown(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    assert.ok(!(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('mentor-search-no-results-')))), 'not before');
    const box = await page.evaluateHandle(() => document.querySelector('sinn-mentor-search')!.shadowRoot!.querySelector('#search-input')!);
    await (box as unknown as { focus(): Promise<void> }).focus();
    await page.keyboard.type('Qwxzyvj');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('sinn-mentor-search')!.shadowRoot!.querySelector('[part="empty"]'), { timeout: 10_000 });
    const said = await page.evaluate(() => document.querySelector('sinn-mentor-search')!.shadowRoot!.querySelector('[part="empty"]')!.textContent!.replace(/\s+/g, ' ').trim());
    assert.match(said, /^Niemand passt zu dieser Suche\. Prüfen Sie die Schreibweise/);
    assert.ok(fetched.some((path) => /\/mentor-search-no-results-[\w-]{8}\.js$/.test(path)), 'its code came with the empty answer');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('examples/mentors.html fits a 320 px phone: nothing wider than the screen', async () => {
    const { page, problems } = await visit(browser, `${server.url}/examples/mentors.html`, 320);
    await shown(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the script-tag chunks carry none of the contract\'s documentation (it is for the OpenAPI document)', () => {
    const texts: string[] = [];
    JSON.stringify(openApiDocument(), (key, value: unknown) => {
      if ((key === 'description' || key === 'summary') && typeof value === 'string' && value.length > 30) texts.push(value);
      return value;
    });
    assert.ok(texts.length > 20, `the contract documents itself (${texts.length} texts)`);
    const chunks = readdirSync(CDN).filter((name) => name.endsWith('.js'));
    for (const name of chunks) {
      const code = readFileSync(join(CDN, name), 'utf8');
      const found = texts.filter((text) => code.includes(text.slice(0, 30)));
      assert.deepEqual(found, [], `${name} carries documentation`);
    }
  });
});
