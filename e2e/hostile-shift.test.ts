import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';
import { closeSites, launch } from './browser.js';

// examples/hostile.html as the size bench loads it (1100 × 1400 px, a window that shows the top of the mentor search
// under the cards and the form), with the two elements below the form drawn in either order. Which one's code comes
// first is a race on a real page: the test decides it, holding back the other element's code until the first is
// drawn, so that each order is met every time. The page keeps room for each element on its first screen, so nothing
// in sight moves whichever comes first.

const WIDTH = 1100;
const HEIGHT = 1400;

/** An element of the page, the file names of its code and strings (`/widgets/<name>-<hash>.js`), and when it is drawn. */
const ELEMENTS = {
  'sinn-mentor-search': { files: /\/widgets\/mentor-search-[^/]*\.js$/, drawn: '.results [part="name"]' },
  'sinn-event-calendar': { files: /\/widgets\/event-calendar-[^/]*\.js$/, drawn: 'section[aria-busy="false"]' },
} as const;
type Tag = keyof typeof ELEMENTS;

/** Sums the page's layout shifts that no input caused, from the first frame on (the bench's measure). */
function recordShifts(page: Page): Promise<unknown> {
  return page.evaluateOnNewDocument(() => {
    const page = window as unknown as { shifts: number };
    page.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) page.shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function drawn(page: Page, tag: Tag): Promise<void> {
  await page.waitForFunction((name, query) => document.querySelector(name)?.shadowRoot?.querySelector(query), { timeout: 15_000 }, tag, ELEMENTS[tag].drawn);
}

/** Loads the page with `later`'s code held back until `first` is drawn; returns the layout shift once both are drawn. */
async function shiftWhenDrawnInTurn(browser: Browser, url: string, first: Tag, later: Tag): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: WIDTH, height: HEIGHT });
    await recordShifts(page);
    const held: HTTPRequest[] = [];
    let holding = true;
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (holding && ELEMENTS[later].files.test(new URL(request.url()).pathname)) held.push(request);
      else void request.continue();
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await drawn(page, first);
    assert.ok(held.length > 0, `<${later}>'s code was held back`);
    assert.equal(await page.evaluate((tag) => customElements.get(tag) === undefined, later), true, `<${later}> waits for its code`);
    holding = false;
    for (const request of held.splice(0)) await request.continue();
    await drawn(page, later);
    // The entries of the last frames reach the observer a task after them.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))));
    return await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
  } finally {
    await page.close();
  }
}

describe('examples/hostile.html while its elements come (Chromium, 1100 × 1400 px)', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startTestServer({ logLevel: 'silent' });
    browser = await launch();
  });
  after(() => closeSites({ server, browser }));

  for (const [first, later] of [
    ['sinn-event-calendar', 'sinn-mentor-search'],
    ['sinn-mentor-search', 'sinn-event-calendar'],
  ] as const) {
    it(`<${first}> drawn before <${later}>: a layout shift of at most 0.01`, async () => {
      const shift = await shiftWhenDrawnInTurn(browser, `${server.url}/examples/hostile.html`, first, later);
      assert.ok(shift <= 0.01, `cumulative layout shift ${shift.toFixed(4)}`);
    });
  }
});
