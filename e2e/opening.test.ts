import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import type { TestServer } from '../packages/server/test/helpers/server.js';
import { axeViolations, calendarShown, cardsShown, closeSites, openSites, visit, type Sites } from './browser.js';

// What opens an item (the dialog, a detail's code and styles) is no part of a page's first paint: the built
// script-tag bundle, as the SINN server serves it, fetches it at the first sign that a person is about to open
// something. Each page here is loaded cold and its requests are recorded.

/** The chunks of the opening: the dialog's, an initiative's and an event's detail, and the detail's strings. */
const OPENING = /\/(base-dialog|base-easy-language|initiative-cards-initiative-detail|event-calendar-event-detail|event-calendar-detail-de)-[\w-]{8}\.js$/;
const opening = (requests: string[]) => requests.map((url) => OPENING.exec(new URL(url).pathname)?.[1]).filter((name) => name !== undefined);

function inShadow(page: Page, host: string, selector: string): Promise<ElementHandle<Element>> {
  return page.evaluateHandle((tag, query) => document.querySelector(tag)!.shadowRoot!.querySelector(query)!, host, selector) as Promise<ElementHandle<Element>>;
}

describe('opening an item in Chromium, from the built bundle', () => {
  let server: TestServer;
  let browser: Browser;
  let partner: Sites['partner'];

  before(async () => {
    ({ server, partner, browser } = await openSites());
  });
  after(() => closeSites({ server, partner, browser }));

  it('the cards fetch no code of the dialog with their first paint; a pointer over a card fetches it, before any click, and the card opens whole', async () => {
    const { page, problems, requests } = await visit(browser, `${server.url}/examples/english.html`);
    assert.ok((await cardsShown(page)) > 0);
    assert.deepEqual(opening(requests), [], 'nothing of the opening is fetched with the cards');

    const record = requests.length;
    await (await inShadow(page, 'sinn-initiative-cards', '.card .open')).hover();
    await page.waitForNetworkIdle({ idleTime: 300 });
    assert.deepEqual(opening(requests).sort(), ['base-dialog', 'base-easy-language', 'initiative-cards-initiative-detail']);
    assert.ok(!requests.slice(record).some((url) => new URL(url).pathname.startsWith('/v1/initiatives/')), 'the record itself waits for the click');

    const title = await page.evaluate(() => {
      const root = document.querySelector('sinn-initiative-cards')!.shadowRoot!;
      const button = root.querySelector<HTMLButtonElement>('.card .open')!;
      button.click();
      return button.textContent!.trim();
    });
    await page.waitForFunction(() => document.querySelector('sinn-initiative-cards')!.shadowRoot!.querySelector('dialog[open] [part="detail-title"]'), { timeout: 15_000 });
    const shown = await page.evaluate(() => document.querySelector('sinn-initiative-cards')!.shadowRoot!.querySelector('dialog[open] [part="detail-title"]')!.textContent!.trim());
    assert.equal(shown, title);
    assert.ok(requests.slice(record).some((url) => new URL(url).pathname.startsWith('/v1/initiatives/')), 'the whole record was fetched');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the calendar fetches no code of the dialog with its first paint; the focus on an event fetches it, and the event opens', async () => {
    const { page, problems, requests } = await visit(browser, `${server.url}/examples/calendar.html`);
    assert.ok((await calendarShown(page)) > 0);
    assert.deepEqual(opening(requests), [], 'nothing of the opening is fetched with the calendar');

    await page.evaluate(() => document.querySelector('sinn-event-calendar')!.shadowRoot!.querySelector<HTMLElement>('.bar')!.focus());
    await page.waitForNetworkIdle({ idleTime: 300 });
    assert.deepEqual(opening(requests).sort(), ['base-dialog', 'base-easy-language', 'event-calendar-detail-de', 'event-calendar-event-detail']);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('sinn-event-calendar')!.shadowRoot!.querySelector('dialog[open] [part="facts"]'), { timeout: 15_000 });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("where the dialog's code cannot come, it says so where the person is, with a retry that takes the focus and opens it, and a close", async () => {
    const { page, problems } = await visit(browser, `${server.url}/examples/english.html`);
    assert.ok((await cardsShown(page)) > 0);
    // The connection drops after the cards came: the dialog's chunk fails.
    let offline = true;
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (offline && /\/base-dialog-[\w-]{8}\.js$/.test(request.url())) void request.abort('internetdisconnected');
      else void request.continue();
    });
    const root = 'document.querySelector("sinn-initiative-cards").shadowRoot';
    const openFirst = () => page.evaluate(`${root}.querySelector(".card .open").click()`);
    const focusedOn = (selector: string) => page.waitForFunction(`${root}.activeElement?.matches(${JSON.stringify(selector)})`, { timeout: 15_000 });
    const unreached = () =>
      page.evaluate(`(() => {
        const box = ${root}.querySelector(".unreached");
        const rect = box?.getBoundingClientRect();
        return box && { alert: box.querySelector('[role="alert"]').textContent.replace(/\\s+/g, " ").trim(), inView: rect.top >= 0 && rect.bottom <= innerHeight };
      })()`) as Promise<{ alert: string; inView: boolean } | null>;

    // A phone: the list goes on below the card.
    await page.setViewport({ width: 360, height: 640 });
    await page.evaluate(`${root}.querySelector(".card .open").scrollIntoView({ block: "center" })`);
    const scrolled = await page.evaluate('scrollY');
    await openFirst();
    await focusedOn('.unreached [part~="retry"]');
    const failed = await unreached();
    assert.match(failed!.alert, /cannot be reached/);
    assert.equal(failed!.inView, true, 'the message is in the window');
    assert.equal(await page.evaluate('scrollY'), scrolled, 'the page stays where the person was, though the list goes on below');
    assert.equal(await page.evaluate(`${root}.querySelector("dialog") !== null`), false);
    assert.equal(await page.evaluate(`${root}.querySelector("[data-opening]") !== null`), false, 'the card no longer says it is opening');
    assert.deepEqual(await axeViolations(page, 'sinn-initiative-cards'), []);
    assert.deepEqual(problems.filter((problem) => !problem.includes('could not load the code that opens an item') && !problem.includes('dynamically imported module')), []);

    // Escape (or its close button) puts it away, the focus back on the card.
    await page.keyboard.press('Escape');
    await focusedOn('.card .open');
    assert.equal(await unreached(), null);

    // Tried again offline, then online: its retry opens the dialog.
    await openFirst();
    await focusedOn('.unreached [part~="retry"]');
    offline = false;
    await page.keyboard.press('Enter');
    await page.waitForFunction(`${root}.querySelector('dialog[open] [part="detail-title"]')`, { timeout: 15_000 });
    assert.equal(await unreached(), null, 'the message is gone once the dialog opened');
    // Closed, the dialog gives the focus back to the card that was clicked, not to the retry that is gone.
    await page.keyboard.press('Escape');
    await focusedOn('.card .open');
    await page.close();
  });
});
