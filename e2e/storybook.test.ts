import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';
import { launch, visit } from './browser.js';

// The built Storybook (`npm run build-storybook`, run by `npm test` before this suite) as the API server serves it
// under /storybook/: each element's docs page shows the table made from custom-elements.json, under the server's
// Content-Security-Policy for that path.

const STORYBOOK = new URL('../storybook-static/', import.meta.url).pathname;

/** Each element's docs page, and rows its table must have: attributes, an event, a CSS part. */
// A part named like an attribute (the cards' `region`) is listed as `::part(region)`, so both rows are there.
const PAGES = [
  {
    id: 'elements-initiative-cards--docs',
    rows: ['region', 'organisation', 'filters', 'limit', 'view', 'heading-level', 'sinn-initiative-select', '::part(card)', '::part(region)', '--sinn-color-brand', '(default)'],
    ready: '.card .open',
  },
  {
    id: 'elements-initiative-map--docs',
    rows: ['region', 'topic', 'stage', 'sdg', 'q', 'filters', 'sinn-initiative-select', '::part(region)', '::part(point)', '::part(attribution)', '--sinn-map-max-height'],
    ready: '[part~="region"]',
  },
  { id: 'elements-event-calendar--docs', rows: ['region', 'filters', 'month', 'limit', 'week-numbers', 'sinn-event-select', '::part(grid)', '::part(filters)'], ready: '.bar, button.row' },
  { id: 'elements-mentor-search--docs', rows: ['q', 'expertise', 'region', 'limit', 'sync-url', 'sinn-mentor-select', '::part(region)'], ready: 'article.mentor' },
  { id: 'elements-join-form--docs', rows: ['privacy-url', 'region', 'topic', 'sinn-join-success', 'sinn-join-error', '::part(form)'], ready: 'form:not([inert]) #name' },
  { id: 'elements-survey--docs', rows: ['slug', 'region', 'privacy-url', 'refresh', 'sinn-survey-submit', '::part(chart)', '::part(results)'], ready: 'form fieldset.question' },
];

/** The preview frame of Storybook's page, once it shows a docs page with its table. */
async function docsFrame(page: Page): Promise<Frame> {
  const frame = await page.waitForFrame((candidate) => candidate.url().includes('iframe.html'), { timeout: 20_000 });
  await frame.waitForSelector('.docblock-argstable tbody tr td', { timeout: 20_000 });
  return frame;
}

describe('the built Storybook in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(STORYBOOK), 'storybook-static/ is missing: run npm run build-storybook');
    server = await startTestServer({ logLevel: 'silent', storybookDir: STORYBOOK.replace(/\/$/, '') });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is served under /storybook/ with a policy of its own that lets the preview frame itself', async () => {
    const response = await fetch(`${server.url}/storybook/`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
    assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN');
    const worker = await fetch(`${server.url}/storybook/mockServiceWorker.js`);
    assert.equal(worker.status, 200);
    // The API itself keeps its strict headers.
    const api = await fetch(`${server.url}/v1/taxonomies`);
    assert.equal(api.headers.get('x-frame-options'), 'DENY');
    const font = await fetch(`${server.url}/storybook/nunito-sans-regular.woff2`);
    assert.equal(font.headers.get('content-type'), 'font/woff2');
    assert.equal(Buffer.from(await font.arrayBuffer()).subarray(0, 4).toString('latin1'), 'wOF2');
  });

  for (const { id, rows, ready } of PAGES) {
    it(`shows the docs page ${id} with the attributes, events and parts from custom-elements.json`, async () => {
      const { page, problems } = await visit(browser, `${server.url}/storybook/?path=/docs/${id}`);
      const frame = await docsFrame(page);
      const names = await frame.evaluate(() =>
        [...document.querySelectorAll('.docblock-argstable tbody tr')].map((row) => row.querySelector('td')?.textContent?.replace(/\*$/, '').trim() ?? ''),
      );
      for (const row of rows) assert.ok(names.includes(row), `${id}: no row "${row}" in ${JSON.stringify(names.slice(0, 40))}…`);
      // Private fields are no one's API.
      assert.deepEqual(names.filter((name) => name.startsWith('#')), []);
      // Text attributes get a text control ("Set string", then a field), not an object editor.
      const control = await frame.evaluate(() => {
        const row = [...document.querySelectorAll('.docblock-argstable tbody tr')].find((tr) => tr.querySelector('td')?.textContent?.trim() === 'region');
        const text = row?.textContent ?? '';
        return { text: /Set string/.test(text) || Boolean(row?.querySelector('textarea')), object: /Set object/.test(text) };
      });
      assert.deepEqual(control, { text: true, object: false }, `${id}: the region row's control`);
      // The element's first story is on the page, filled from the fixtures through the mocked API (the service
      // worker under the /storybook/ policy).
      await frame.waitForFunction(
        (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector),
        { timeout: 20_000 },
        id.replace(/^elements-/, 'sinn-').replace(/--docs$/, ''),
        ready,
      );
      assert.deepEqual(problems.filter((problem) => /CSP violation|uncaught|^[45]\d\d: /.test(problem)), []);
      await page.close();
    });
  }

  it('opens the getting-started page', async () => {
    const { page } = await visit(browser, `${server.url}/storybook/?path=/docs/getting-started--docs`);
    const frame = await page.waitForFrame((candidate) => candidate.url().includes('iframe.html'), { timeout: 20_000 });
    await frame.waitForFunction(() => document.body.textContent?.includes('In WordPress'), { timeout: 20_000 });
    await page.close();
  });
});
