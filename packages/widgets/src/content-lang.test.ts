// The language of parts (WCAG 3.1.2): the API's free text is German. In an English element each piece of it (an
// initiative's title, teaser, description and image, an event's title, description and access notes, a mentor's
// role and biography) sits in an element marked lang="de", and no such mark holds any of the element's own English
// words; in a German element nothing is marked but the Leichte-Sprache summary. Against the real SINN server's
// demo data, in Chromium.
import { expect, fixture, html } from '@open-wc/testing';
import type { Event, Initiative, Mentor } from '@sinn/sdk';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { before, describe, it } from '../test/mocha.js';
import { freshPageEachTest, fromApi, shadowOf, textOf, until } from '../test/sinn-test.js';
import './event-calendar/define.js';
import './initiative-cards/define.js';
import './initiative-map/define.js';
import './mentor-search/define.js';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every item of a list, page after page. */
async function everything<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await fromApi(`${path}${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** The API's texts an element may show: the free text (German) and the proper names beside it. */
interface Texts {
  /** What must be marked German in an English element, whitespace collapsed. */
  free: Set<string>;
  /** Free text and names: all that a mark may hold. */
  all: string[];
}

function textsOf(free: (string | null | undefined)[], names: (string | null | undefined)[]): Texts {
  const pieces = (list: (string | null | undefined)[]) => list.flatMap((text) => (text ? text.split(/\n{2,}/).map(collapse) : [])).filter(Boolean);
  const freeText = pieces(free);
  // Longest first, so that a title is taken out of a mark before a shorter name inside it.
  return { free: new Set(freeText), all: [...new Set([...freeText, ...pieces(names)])].sort((a, b) => b.length - a.length) };
}

const initiativeTexts = async () => {
  const items = await everything<Initiative>('/v1/initiatives?limit=100');
  return textsOf(
    items.flatMap((item) => [item.title, item.teaser, item.description, item.image?.alt]),
    items.flatMap((item) => [item.organisation.name, item.municipality?.name]),
  );
};

/** The elements in the element's shadow root (its dialogs too) that say which language they are in. */
const marks = (element: Element) => [...shadowOf(element).querySelectorAll<HTMLElement | SVGElement>('[lang]')];

/** The text nodes of the shadow root that are one piece of the API's free text, alone. */
function freeTextNodes(element: Element, texts: Texts): Text[] {
  const walker = document.createTreeWalker(shadowOf(element), NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (texts.free.has(collapse(node.nodeValue ?? ''))) found.push(node as Text);
  return found;
}

/**
 * In English: at least `atLeast` pieces of free text are shown, each inside a lang="de"; each mark is German and
 * holds the API's text alone (names and the punctuation between them aside), none of the element's own words.
 */
function marksGermanText(element: Element, texts: Texts, atLeast: number, state: string): void {
  const nodes = freeTextNodes(element, texts);
  expect(nodes.length, `pieces of the API's text shown ${state}`).to.be.at.least(atLeast);
  const unmarked = nodes.filter((node) => node.parentElement!.closest('[lang]')?.getAttribute('lang') !== 'de').map((node) => collapse(node.nodeValue!));
  expect(unmarked, `German text without lang="de" ${state}`).to.deep.equal([]);
  // (The Leichte-Sprache summary is German in every element, and marked so in every one.)
  for (const mark of marks(element).filter((each) => !each.closest('[part="easy-language"]'))) {
    expect(mark.getAttribute('lang'), `the language of ${mark.outerHTML.slice(0, 80)} ${state}`).to.equal('de');
    let rest = textOf(mark as Element);
    for (const text of texts.all) rest = rest.split(text).join('');
    expect(rest, `words of the element's own in a German mark ${state}: ${mark.outerHTML.slice(0, 120)}`).to.match(/^[\s,.·:()]*$/);
  }
}

/** In German: nothing marked, but the Leichte-Sprache summary (German in every element). */
function marksNothing(element: Element, state: string): void {
  const marked = marks(element)
    .filter((mark) => !mark.closest('[part="easy-language"]'))
    .map((mark) => mark.outerHTML.slice(0, 120));
  expect(marked, `elements with a lang of their own ${state}`).to.deep.equal([]);
}

const one = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowOf(element).querySelector<T>(selector);
const all = (element: Element, selector: string) => [...shadowOf(element).querySelectorAll<HTMLElement>(selector)];
const mount = <T extends HTMLElement>(template: TemplateResult) => fixture<T>(template);

async function closeDialog(element: Element): Promise<void> {
  one(element, 'dialog[open] [part~="close"]')!.click();
  await until(() => !one(element, 'dialog[open]'), 'the dialog is closed');
}

describe('the language of the API’s text', () => {
  freshPageEachTest();
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  describe('in an English element, the German text is marked and only it', () => {
    it('the cards: titles, teasers and images, and an initiative’s detail', async () => {
      const texts = await initiativeTexts();
      const element = await mount(html`<sinn-initiative-cards lang="en" limit="6"></sinn-initiative-cards>`);
      await until(() => all(element, '.card:not(.skeleton-card) .teaser').length === 6, 'six cards');
      // Title and teaser of each card.
      marksGermanText(element, texts, 12, 'among the cards');
      const images = all(element, 'img.media');
      expect(images.length, 'cards with an image').to.be.greaterThan(0);
      for (const image of images) {
        // The demo's pictures are decoration, with an empty alt text; a described one has the API's words.
        const alt = collapse(image.getAttribute('alt')!);
        expect(alt === '' || texts.free.has(alt), 'the alt text is the API’s').to.equal(true);
        expect(image.lang, 'the image’s alt text is marked German').to.equal('de');
      }
      // The element's own words stay English: the button under the cards.
      const more = one(element, '[part~="more"]')!;
      expect(textOf(more)).to.equal('Load more initiatives');
      expect(more.closest('[lang]')).to.equal(null);
      one(element, '.card .open')!.click();
      await until(() => one(element, 'dialog[open] h2') && all(element, 'dialog[open] > p:not(.meta):not(.links)').length > 0, 'the detail');
      expect(one(element, 'dialog[open] h2')!.lang).to.equal('de');
      // Its title, a paragraph at least, and the card's behind it.
      marksGermanText(element, texts, 14, 'in the detail');
      expect(one(element, 'dialog[open] .meta')!.closest('[lang]'), 'the detail’s facts are the element’s words').to.equal(null);
      await closeDialog(element);
    });

    it('the calendar: the month’s bars, an event’s detail with its access notes, and the agenda', async () => {
      const events = await everything<Event>('/v1/events?from=2026-10-20&to=2026-12-10&limit=1000');
      const texts = textsOf(
        events.flatMap((event) => [event.title, event.description, event.location?.accessibility]),
        events.flatMap((event) => [event.organiser.name, event.location?.name, event.location?.city]),
      );
      const element = await mount(html`<sinn-event-calendar lang="en" month="2026-11"></sinn-event-calendar>`);
      await until(() => one(element, 'table[aria-busy="false"]') && all(element, '.bar').length > 10, 'the month');
      marksGermanText(element, texts, 10, 'in the month');
      // A bar with a time: the time is the element's (English) words, the title German.
      const timed = all(element, '.bar').find((bar) => /^\d/.test(textOf(bar)))!;
      expect(timed, 'a bar with its time').to.not.equal(undefined);
      expect(timed.lang, 'the bar that holds a time is not marked').to.equal('');
      const accessible = events.find((event) => event.location?.accessibility && one(element, `.bar[data-id="${event.occurrenceId}"]`))!;
      expect(accessible, 'an event with access notes in the month').to.not.equal(undefined);
      one(element, `.bar[data-id="${accessible.occurrenceId}"]`)!.click();
      await until(() => one(element, 'dialog[open] .accessibility'), 'the event with its access notes');
      const notes = one(element, 'dialog[open] .accessibility')!;
      expect(textOf(notes)).to.equal(`Accessibility: ${collapse(accessible.location!.accessibility!)}`);
      expect(notes.closest('[lang]'), 'the label of the access notes is English').to.equal(null);
      expect(textOf(notes.querySelector('[lang="de"]'))).to.equal(collapse(accessible.location!.accessibility!));
      // Its title, its notes and a paragraph at least, with the month's bars.
      marksGermanText(element, texts, 13, 'in an event’s detail');
      await closeDialog(element);

      const agenda = await mount(html`<sinn-event-calendar lang="en" view="agenda" from="2026-11-01" limit="20"></sinn-event-calendar>`);
      await until(() => all(agenda, 'button.row').length > 5, 'the agenda');
      marksGermanText(agenda, texts, 6, 'in the agenda');
      expect(one(agenda, 'button.row .time')!.closest('[lang]'), 'an event’s time is the element’s words').to.equal(null);
    });

    it('the mentor search: roles and biographies', async () => {
      const mentors = await everything<Mentor>('/v1/mentors?limit=100');
      const texts = textsOf(
        mentors.flatMap((mentor) => [mentor.role, mentor.bio]),
        mentors.flatMap((mentor) => [mentor.name]),
      );
      const element = await mount(html`<sinn-mentor-search lang="en"></sinn-mentor-search>`);
      await until(() => all(element, '.results .mentor .bio').length > 2, 'the mentors');
      const shown = all(element, '.results .mentor').length;
      marksGermanText(element, texts, 2 * shown, 'among the mentors');
      const card = one(element, '.results .mentor')!;
      expect(card.querySelector('[part="name"]')!.closest('[lang]'), 'a name is no German text').to.equal(null);
      expect(card.querySelector('[part~="contact"]')!.closest('[lang]'), 'the contact button is the element’s words').to.equal(null);
    });

    it('the map: a point of one initiative, the list, and an initiative’s detail', async () => {
      const initiatives = await initiativeTexts();
      // The outlines' source note, as the BKG words it, is German API text too.
      const { attribution } = await fromApi<{ attribution: string }>('/v1/regions/geometry');
      const texts = { free: new Set([...initiatives.free, attribution]), all: [attribution, ...initiatives.all] };
      const element = await mount(html`<sinn-initiative-map lang="en"></sinn-initiative-map>`);
      await until(() => all(element, '[part="point"]').length > 0, 'the map with its points');
      // A point of one initiative is named by its title and its place; a cluster by the element's words.
      for (const point of all(element, '[part="point"]')) expect(point.getAttribute('lang'), point.getAttribute('aria-label')!).to.equal('de');
      for (const cluster of all(element, '[part="cluster"]')) expect(cluster.hasAttribute('lang'), cluster.getAttribute('aria-label')!).to.equal(false);
      marksGermanText(element, texts, 0, 'on the map');
      one(element, '[part~="toggle"]')!.click();
      await until(() => all(element, '.entry').length > 10, 'the list');
      marksGermanText(element, texts, 10, 'in the list');
      expect(one(element, '.list [part="heading"]')!.closest('[lang]'), 'a district’s heading is the element’s words').to.equal(null);
      one(element, '.entry')!.click();
      await until(() => one(element, 'dialog[open] h2') && all(element, 'dialog[open] > p:not(.meta):not(.links)').length > 0, 'the detail');
      marksGermanText(element, texts, 12, 'in the detail');
      await closeDialog(element);
    });
  });

  describe('in a German element, nothing is marked', () => {
    it('the cards and an initiative’s detail', async () => {
      const element = await mount(html`<sinn-initiative-cards lang="de" limit="6"></sinn-initiative-cards>`);
      await until(() => all(element, '.card:not(.skeleton-card) .teaser').length === 6, 'six cards');
      marksNothing(element, 'among the cards');
      one(element, '.card .open')!.click();
      await until(() => one(element, 'dialog[open] h2') && all(element, 'dialog[open] > p:not(.meta):not(.links)').length > 0, 'the detail');
      marksNothing(element, 'in the detail');
      await closeDialog(element);
    });

    it('the calendar’s month, an event’s detail and the agenda', async () => {
      const element = await mount(html`<sinn-event-calendar lang="de" month="2026-11"></sinn-event-calendar>`);
      await until(() => one(element, 'table[aria-busy="false"]') && all(element, '.bar').length > 10, 'the month');
      marksNothing(element, 'in the month');
      one(element, '.bar')!.click();
      await until(() => one(element, 'dialog[open] [part="facts"]'), 'the event');
      marksNothing(element, 'in an event’s detail');
      await closeDialog(element);
      const agenda = await mount(html`<sinn-event-calendar lang="de" view="agenda" from="2026-11-01" limit="20"></sinn-event-calendar>`);
      await until(() => all(agenda, 'button.row').length > 5, 'the agenda');
      marksNothing(agenda, 'in the agenda');
    });

    it('the mentor search', async () => {
      const element = await mount(html`<sinn-mentor-search lang="de"></sinn-mentor-search>`);
      await until(() => all(element, '.results .mentor .bio').length > 2, 'the mentors');
      marksNothing(element, 'among the mentors');
    });

    it('the map, its list and an initiative’s detail', async () => {
      const element = await mount(html`<sinn-initiative-map lang="de"></sinn-initiative-map>`);
      await until(() => all(element, '[part="point"]').length > 0, 'the map with its points');
      marksNothing(element, 'on the map');
      one(element, '[part~="toggle"]')!.click();
      await until(() => all(element, '.entry').length > 10, 'the list');
      marksNothing(element, 'in the list');
      one(element, '.entry')!.click();
      await until(() => one(element, 'dialog[open] h2'), 'the detail');
      marksNothing(element, 'in the detail');
      await closeDialog(element);
    });
  });
});
