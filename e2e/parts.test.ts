import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import type { TestServer } from '../packages/server/test/helpers/server.js';
import { calendarShown, cardsShown, closeSites, openSites, visit, type Sites } from './browser.js';
import { formShown } from './join-form-steps.js';

// Every CSS part an element draws is one a partner's webmaster can style with `::part()`, and is documented: its
// `@csspart` tag on the element's class is in custom-elements.json, which Storybook's docs and the typings read.
// The example pages are opened and driven through the states a visitor meets (a dialog open, a form's errors, a
// survey's second step, the API out of reach); every part token drawn meanwhile, each of the words of a `part`
// attribute, must be among the element's documented parts.

const MANIFEST = new URL('../packages/widgets/custom-elements.json', import.meta.url);

const TAGS = ['sinn-initiative-cards', 'sinn-initiative-map', 'sinn-event-calendar', 'sinn-mentor-search', 'sinn-join-form', 'sinn-survey'] as const;
type Tag = (typeof TAGS)[number];

/**
 * Tokens each element must have drawn by the end of the visits: the states driven did come (a test that saw no
 * dialog would check nothing of it).
 */
const DRIVEN: Record<Tag, string[]> = {
  'sinn-initiative-cards': ['card', 'more', 'reset', 'dialog', 'close', 'detail-title', 'easy-language', 'error', 'retry', 'stale'],
  'sinn-initiative-map': ['map', 'cluster', 'place', 'close-place', 'list', 'heading', 'dialog', 'detail-title', 'easy-language', 'error', 'retry', 'stale'],
  'sinn-event-calendar': ['grid', 'event', 'webcal', 'copy', 'dialog', 'facts', 'ics', 'easy-language', 'error', 'retry', 'stale'],
  'sinn-mentor-search': ['card', 'contact', 'dialog', 'form', 'consent', 'error-summary', 'field-error', 'suggestion', 'clear', 'reset', 'empty', 'error', 'retry'],
  'sinn-join-form': ['form', 'error-summary', 'field-error', 'consent', 'submit', 'error', 'retry'],
  'sinn-survey': ['form', 'next', 'back', 'submit', 'error-summary', 'field-error', 'results', 'chart', 'input', 'error', 'retry'],
};

/** The parts each element documents (its declaration's `cssParts`), by tag. */
function documentedParts(): Map<string, Set<string>> {
  assert.ok(existsSync(MANIFEST), 'packages/widgets/custom-elements.json is missing: `npx cem analyze --config custom-elements-manifest.config.mjs` writes it');
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[] };
  const parts = new Map<string, Set<string>>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) parts.set(declaration.tagName, new Set((declaration.cssParts ?? []).map((part) => part.name)));
    }
  }
  return parts;
}

/** The part tokens drawn so far, by tag. */
const drawn = new Map<string, Set<string>>(TAGS.map((tag) => [tag, new Set<string>()]));

/** Adds every part token the page's SINN elements draw now (dialogs included: they are in the shadow roots) to `drawn`. */
async function collect(page: Page): Promise<void> {
  const found = await page.evaluate(
    (tags) =>
      tags.map((tag) => ({
        tag,
        tokens: [...document.querySelectorAll(tag)].flatMap((element) =>
          [...(element.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((node) => node.getAttribute('part')!.split(/\s+/).filter(Boolean)),
        ),
      })),
    [...TAGS],
  );
  for (const { tag, tokens } of found) for (const token of tokens) drawn.get(tag)!.add(token);
}

/** Waits until the shadow root of the page's `index`th `tag` holds what `selector` matches. */
async function shows(page: Page, tag: Tag, selector: string, index = 0, timeout = 15_000): Promise<void> {
  await page.waitForFunction((t, s, i) => !!document.querySelectorAll(t)[i]?.shadowRoot?.querySelector(s), { timeout }, tag, selector, index).catch((error: Error) => {
    throw new Error(`<${tag}> #${index} never showed ${selector}: ${error.message}`);
  });
}

/** Clicks the first thing `selector` matches in the shadow root of the page's `index`th `tag` (an SVG group too). */
async function press(page: Page, tag: Tag, selector: string, index = 0): Promise<void> {
  const pressed = await page.evaluate(
    (t, s, i) => {
      const target = document.querySelectorAll(t)[i]?.shadowRoot?.querySelector(s);
      if (!target) return false;
      if (target instanceof HTMLElement) target.click();
      else target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return true;
    },
    tag,
    selector,
    index,
  );
  assert.ok(pressed, `<${tag}> #${index} shows no ${selector} to press`);
}

/** Closes the open dialog of the page's first `tag` with its close button, and waits until it is gone. */
async function closeDialog(page: Page, tag: Tag): Promise<void> {
  await press(page, tag, 'dialog[open] [part~="close"]');
  await page.waitForFunction((t) => !document.querySelector(t)!.shadowRoot!.querySelector('dialog'), { timeout: 10_000 }, tag);
}

/** Types into the control `selector` matches in the page's first `tag`, as a visitor does. */
async function typeInto(page: Page, tag: Tag, selector: string, text: string): Promise<void> {
  const control = await page.evaluateHandle((t, s) => document.querySelector(t)!.shadowRoot!.querySelector<HTMLInputElement>(s)!, tag, selector);
  await control.focus();
  await control.evaluate((input) => input.select());
  await page.keyboard.type(text);
}

/** The slug of a demo initiative whose whole record has a summary in Leichte Sprache. */
async function initiativeInEasyLanguage(server: TestServer): Promise<string> {
  const list = (await (await fetch(`${server.url}/v1/initiatives?limit=100`)).json()) as { items: { slug: string }[] };
  for (const { slug } of list.items) {
    const whole = (await (await fetch(`${server.url}/v1/initiatives/${slug}`)).json()) as { easyLanguage: string | null };
    if (whole.easyLanguage) return slug;
  }
  throw new Error('no demo initiative has a summary in Leichte Sprache');
}

describe('the CSS parts the elements draw in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let partner: Sites['partner'];
  let easySlug: string;

  before(async () => {
    ({ server, partner, browser } = await openSites());
    easySlug = await initiativeInEasyLanguage(server);

    // The cards, the sign-up form, the mentor search and the calendar on one page whose own CSS does all wrong.
    {
      const { page } = await visit(browser, `${server.url}/examples/hostile.html`);
      assert.ok((await cardsShown(page)) > 0);
      assert.ok((await calendarShown(page)) > 0);
      await formShown(page);
      await shows(page, 'sinn-mentor-search', '.results [part~="name"]');
      await collect(page);

      // An initiative's detail, opened from its card; then one with a summary in Leichte Sprache, shown alone.
      await press(page, 'sinn-initiative-cards', '.card [part~="title-button"]');
      await shows(page, 'sinn-initiative-cards', 'dialog[open] [part~="detail-title"]');
      await collect(page);
      await closeDialog(page, 'sinn-initiative-cards');
      await page.evaluate((slug) => {
        const single = document.createElement('sinn-initiative-cards');
        single.setAttribute('slug', slug);
        document.querySelector('main')!.append(single);
      }, easySlug);
      await shows(page, 'sinn-initiative-cards', '[part~="easy-language"]', 1);

      // The sign-up form sent empty: its errors (collected with the calendar's box, below).
      await press(page, 'sinn-join-form', 'button[type="submit"]');
      await shows(page, 'sinn-join-form', '[part~="error-summary"] a');

      // The calendar's subscribe box, and its day with more events than room, where the month has one.
      await press(page, 'sinn-event-calendar', '[part~="subscribe"] summary');
      await shows(page, 'sinn-event-calendar', '[part~="copy"]');
      await collect(page);
      if (await page.evaluate(() => !!document.querySelector('sinn-event-calendar')!.shadowRoot!.querySelector('td [part~="more"]'))) {
        await press(page, 'sinn-event-calendar', 'td [part~="more"]');
        await shows(page, 'sinn-event-calendar', 'dialog[open] [part~="event"]');
        await collect(page);
        await closeDialog(page, 'sinn-event-calendar');
      }

      // The calendar's events one after the other, until one with a summary in Leichte Sprache and an online one
      // have been seen. (Whether a registration is still open depends on the day the test runs.)
      const events = await page.evaluate(() => document.querySelector('sinn-event-calendar')!.shadowRoot!.querySelectorAll('.grid [part~="event"]').length);
      const calendar = drawn.get('sinn-event-calendar')!;
      for (let index = 0; index < events && !['easy-language', 'online'].every((token) => calendar.has(token)); index += 1) {
        await page.evaluate((i) => document.querySelector('sinn-event-calendar')!.shadowRoot!.querySelectorAll<HTMLElement>('.grid [part~="event"]')[i]!.click(), index);
        await shows(page, 'sinn-event-calendar', 'dialog[open] [part~="facts"], dialog[open] [part~="error"]');
        await collect(page);
        await closeDialog(page, 'sinn-event-calendar');
      }

      // A mentor's contact dialog, sent empty once its consent's text is there.
      await press(page, 'sinn-mentor-search', '[part~="contact"]');
      await shows(page, 'sinn-mentor-search', 'dialog[open] [part~="consent-text"] p');
      await press(page, 'sinn-mentor-search', 'dialog[open] [part~="submit"]');
      await shows(page, 'sinn-mentor-search', 'dialog[open] [part~="error-summary"]');
      await collect(page);
      await closeDialog(page, 'sinn-mentor-search');
      // Suggestions for what is typed; then a facet ticked, and a search nobody matches.
      await typeInto(page, 'sinn-mentor-search', '#search-input', 'Foerder');
      await shows(page, 'sinn-mentor-search', '[part~="suggestion"]');
      await collect(page);
      await press(page, 'sinn-mentor-search', '[part~="facet"] [part~="checkbox"]');
      await shows(page, 'sinn-mentor-search', '[part~="facets"] [part~="reset"]');
      await typeInto(page, 'sinn-mentor-search', '#search-input', 'Qwxzyvj');
      await page.keyboard.press('Enter');
      await shows(page, 'sinn-mentor-search', '.found [part~="empty"]');
      await collect(page);
      await page.close();
    }

    // The calendar's own page: the month with its filters, and the upcoming events of a region.
    {
      const { page } = await visit(browser, `${server.url}/examples/calendar.html`);
      assert.ok((await calendarShown(page)) > 0);
      await shows(page, 'sinn-event-calendar', '.upcoming [part~="event"]', 1);
      await collect(page);
      await page.close();
    }

    // The map: its clusters, a place's list, the list view and an initiative's detail opened from it.
    {
      const { page } = await visit(browser, `${server.url}/examples/map.html`);
      await shows(page, 'sinn-initiative-map', '[part~="map"] [part~="cluster"][data-place]');
      await collect(page);
      await press(page, 'sinn-initiative-map', '[part~="cluster"][data-place]');
      await shows(page, 'sinn-initiative-map', '[part~="place"] [part~="close-place"]');
      await collect(page);
      await press(page, 'sinn-initiative-map', '[part~="close-place"]');
      await press(page, 'sinn-initiative-map', '[part~="toggle"]');
      await shows(page, 'sinn-initiative-map', `[part~="list"] [data-slug="${easySlug}"]`);
      await press(page, 'sinn-initiative-map', `[part~="list"] [data-slug="${easySlug}"]`);
      await shows(page, 'sinn-initiative-map', 'dialog[open] [part~="easy-language"]');
      await collect(page);
      await closeDialog(page, 'sinn-initiative-map');
      await page.close();
    }

    // The surveys: an open one (its first step sent unanswered, then its second step), one closed with its
    // results, and a vote with its address field.
    {
      const { page } = await visit(browser, `${server.url}/examples/survey.html`);
      await shows(page, 'sinn-survey', '[part~="form"] [part~="next"]', 0);
      await shows(page, 'sinn-survey', '[part~="results"] [part~="chart"]', 1);
      await shows(page, 'sinn-survey', '[part~="form"] [part~="input"]', 2);
      await collect(page);
      await press(page, 'sinn-survey', '[part~="next"]');
      await shows(page, 'sinn-survey', '[part~="field-error"]');
      await collect(page);
      await press(page, 'sinn-survey', '.step.current [part~="radio"]');
      await press(page, 'sinn-survey', '[part~="next"]');
      await shows(page, 'sinn-survey', '[part~="back"]');
      await collect(page);
      await page.close();
    }

    // The API out of reach: each element added to a page then shows what went wrong, with a retry; the cards, the
    // map and the calendar that came before, asked to refresh, keep what they show under the notice that it
    // could not be refreshed.
    {
      const { page } = await visit(browser, `${server.url}/examples/plain.html`);
      assert.ok((await cardsShown(page)) > 0);
      await page.evaluate(() => {
        for (const tag of ['sinn-initiative-map', 'sinn-event-calendar']) document.querySelector('main')!.append(document.createElement(tag));
      });
      await shows(page, 'sinn-initiative-map', '[part~="map"] [part~="region"]');
      await shows(page, 'sinn-event-calendar', '[part~="grid"]:not([aria-busy="true"])');
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (new URL(request.url()).pathname.startsWith('/v1/')) void request.abort('connectionrefused');
        else void request.continue();
      });
      const refreshed = ['sinn-initiative-cards', 'sinn-initiative-map', 'sinn-event-calendar'] as const;
      await page.evaluate(
        (tags, again) => {
          for (const tag of again) void (document.querySelector(tag) as unknown as { refresh(): Promise<void> }).refresh();
          for (const tag of tags) document.querySelector('main')!.append(document.createElement(tag));
        },
        [...TAGS],
        [...refreshed],
      );
      for (const tag of refreshed) await shows(page, tag, '[part~="stale"] [part~="retry"]');
      for (const tag of TAGS) await shows(page, tag, '[part~="error"] [part~="retry"]', (refreshed as readonly string[]).includes(tag) ? 1 : 0);
      await collect(page);
      await page.close();
    }
  });
  after(() => closeSites({ server, partner, browser }));

  for (const tag of TAGS) {
    it(`every part <${tag}> draws is documented with @csspart`, () => {
      const tokens = drawn.get(tag)!;
      const missed = DRIVEN[tag].filter((token) => !tokens.has(token));
      assert.deepEqual(missed, [], `<${tag}> was not driven through the states this test means to check: it never drew ${missed.join(', ')}`);
      const documented = documentedParts().get(tag);
      assert.ok(documented, `custom-elements.json declares no <${tag}>`);
      const undocumented = [...tokens].filter((token) => !documented.has(token)).sort();
      assert.deepEqual(undocumented, [], `<${tag}> draws parts its @csspart tags do not document: ${undocumented.join(', ')}`);
    });
  }
});
