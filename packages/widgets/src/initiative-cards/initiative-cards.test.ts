// <sinn-initiative-cards> in Chromium, against the real SINN server (its demo data) behind the fault proxy:
// what a visitor sees, what the element asks the server, and what happens when the network misbehaves.
import { expect, fixture, html } from '@open-wc/testing';
import type { Initiative, InitiativeList } from '@sinn/sdk';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import {
  API,
  centreOf,
  fromApi,
  injectFault,
  paramsOf,
  picturesComeBackOnline,
  PROXY,
  resetProxy,
  seenGets,
  settle,
  setWhileAsking,
  freshPageEachTest,
  shadowOf,
  textOf,
  until,
} from '../../test/sinn-test.js';
import './define.js';
import type { SinnInitiativeCards } from './initiative-cards.js';
import { describe, it } from '../../test/mocha.js';
import { errorStateOf, keepingErrors, unknownSaid, unshowableSaid, watchThePage } from '../../test/unfit-answers.js';
import { catchWarnings } from '../../test/warnings.js';

const LIST = '/v1/initiatives';
/** What a card of the grid and the list asks for of an initiative: what it draws. */
const CARD_FIELDS = 'title,region,organisation,teaser,topics,sdgs,crowdfunding,image';
/** What a compact card asks for. */
const COMPACT_FIELDS = 'title,region,organisation';

// What a person sees in the element.
const cards = (element: Element) => [...shadowOf(element).querySelectorAll<HTMLElement>('[role="list"] .card')];
const titleButtons = (element: Element) => cards(element).map((card) => card.querySelector<HTMLButtonElement>('.open')!);
const titles = (element: Element) => titleButtons(element).map((button) => textOf(button));
const slugs = (element: Element) => cards(element).map((card) => card.dataset.slug);
const skeletons = (element: Element) => shadowOf(element).querySelectorAll('.skeleton-card');
const errorBox = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.state.error');
const staleBox = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.state.stale');
const emptyBox = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.state.empty');
const liveRegion = (element: Element) => shadowOf(element).querySelector<HTMLElement>('[role="status"].visually-hidden');
const moreButton = (element: Element) => shadowOf(element).querySelector<HTMLButtonElement>('button[part~="more"]');
const dialog = (element: Element) => shadowOf(element).querySelector<HTMLDialogElement>('dialog');
const focused = (element: Element) => shadowOf(element).activeElement;

/** What the element shows instead, to say in a failure. */
function describeState(element: Element): string {
  const root = shadowOf(element);
  if (errorBox(element)) return `an error: ${textOf(errorBox(element))}`;
  if (emptyBox(element)) return `the empty sentence`;
  const busy = root.querySelector('section')?.getAttribute('aria-busy');
  return `${cards(element).length} cards, ${skeletons(element).length} skeleton cards, aria-busy=${busy}`;
}

async function showsCards(element: Element, count = 1): Promise<void> {
  try {
    await until(() => cards(element).length >= count, 'the cards are shown');
  } catch {
    const requests = (await seenGets(LIST)).map((request) => request.url);
    throw new Error(`expected ${count}+ cards; it shows ${describeState(element)}; requests seen: ${requests.join(' ') || 'none'}`);
  }
}

/** The region select of cards with filters, once the cards are shown and it offers at least `offered` choices. */
async function regionSelect(element: Element, offered = 2): Promise<HTMLSelectElement> {
  await showsCards(element);
  const region = shadowOf(element).querySelector<HTMLSelectElement>('#filter-region')!;
  await until(() => region.options.length >= offered, 'the regions are offered');
  return region;
}
const showsError = (element: Element) => until(() => errorBox(element), 'an error is shown');

async function mount(template: ReturnType<typeof html>): Promise<SinnInitiativeCards> {
  const found = await fixture<HTMLElement>(template);
  return (found.localName === 'sinn-initiative-cards' ? found : found.querySelector('sinn-initiative-cards')!) as SinnInitiativeCards;
}

describe('<sinn-initiative-cards>', () => {
  freshPageEachTest();

  describe('what a visitor sees', () => {
    it('has title buttons and a crowdfunding link of 24 × 24 px at least in the page’s usual 16 px, in each view', async () => {
      // A one-line title is 23 px tall in 16 px; the campaign's "70 %" 20 px.
      const campaign = { platform: 'startnext', url: 'https://www.startnext.com/sinn-test', currency: 'EUR', goal: 5000, raised: 3500, supporters: 30, endsAt: '2040-01-31T23:59:00+01:00' };
      for (const view of ['grid', 'list', 'compact']) {
        await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 0, 'crowdfunding'], value: campaign }] });
        const element = await mount(html`<sinn-initiative-cards limit="3" view=${view}></sinn-initiative-cards>`);
        await showsCards(element, 3);
        const link = view === 'compact' ? [] : [shadowOf(element).querySelector<HTMLElement>('.card [part~="crowdfunding"] a')!];
        for (const control of [...titleButtons(element), ...link]) {
          const box = control.getBoundingClientRect();
          expect([box.width >= 24, box.height >= 24], `${view}: "${textOf(control).slice(0, 30)}" is ${box.width} × ${box.height} px`).to.deep.equal([true, true]);
        }
        element.remove();
      }
    });

    it('shows two topics on a card and how many more, none cut off, in the grid and the list, at 360 and 1280 px; the detail shows all', async () => {
      const topics = ['engagement', 'laendlicher-raum', 'zusammenhalt', 'migration-teilhabe'];
      const vocabulary = await fromApi<{ topics: { id: string; label: { de: string } }[] }>('/v1/taxonomies');
      const labels = topics.map((id) => vocabulary.topics.find((topic) => topic.id === id)!.label.de);
      try {
        for (const width of [360, 1280]) {
          await setViewport({ width, height: 900 });
          for (const view of ['grid', 'list']) {
            await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 0, 'topics'], value: topics }] });
            const element = await mount(html`<sinn-initiative-cards limit="3" view=${view}></sinn-initiative-cards>`);
            await showsCards(element, 3);
            const list = cards(element)[0]!.querySelector<HTMLElement>('[part~="topics"]')!;
            const badges = [...list.querySelectorAll<HTMLElement>('[part~="topic"]')];
            const more = list.querySelector<HTMLElement>('[part~="more-topics"]')!;
            const label = `${view} at ${width} px`;
            expect(badges.map((badge) => textOf(badge)), label).to.deep.equal(labels.slice(0, 2));
            expect(textOf(more.querySelector('[aria-hidden="true"]')), label).to.equal('+2');
            expect(textOf(more.querySelector('.visually-hidden')), label).to.equal('2 weitere Themen');
            // Every badge within the list's box, whole or cut short at its end, never below it (hidden) or half shown.
            const box = list.getBoundingClientRect();
            for (const badge of [...badges, more]) {
              const { bottom, right, width: shown } = badge.getBoundingClientRect();
              expect([bottom <= box.bottom + 0.5, right <= box.right + 0.5, shown > 0], `${label}: "${textOf(badge)}"`).to.deep.equal([true, true, true]);
            }
            if (width === 1280 && view === 'grid') {
              titleButtons(element)[0]!.click();
              await until(() => dialog(element)?.open && dialog(element)!.querySelector('[part~="topics"]'), 'the detail with its topics');
              // The detail asks for the whole record (the rewritten list is not it): every topic of that.
              const whole = await fromApi<Initiative>(`${LIST}/${slugs(element)[0]}`);
              const all = [...dialog(element)!.querySelectorAll('[part~="topic"]')].map((badge) => textOf(badge));
              expect(all).to.have.length(whole.topics.length);
              expect(dialog(element)!.querySelector('[part~="more-topics"]')).to.equal(null);
              // Its goals by number and name, which a card has no room for.
              const goals = await fromApi<{ sdgs: { id: number; label: { de: string } }[] }>('/v1/taxonomies');
              expect([...dialog(element)!.querySelectorAll('.goals li')].map((goal) => textOf(goal))).to.deep.equal(
                whole.sdgs.map((sdg) => `${sdg} ${goals.sdgs.find((goal) => goal.id === sdg)!.label.de}`),
              );
            }
            element.remove();
          }
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('shows the newest initiatives from the SINN server as cards, in German', async () => {
      const expected = await fromApi<InitiativeList>(`${LIST}?limit=6`);
      const element = await mount(html`<sinn-initiative-cards></sinn-initiative-cards>`);
      await showsCards(element);
      expect(titles(element)).to.deep.equal(expected.items.map((item) => item.title));
      expect(textOf(moreButton(element))).to.equal('Weitere Initiativen laden');
      expect(textOf(liveRegion(element))).to.equal(`6 von ${expected.total} Initiativen gezeigt`);
      expect(shadowOf(element).querySelector('section')!.getAttribute('aria-label')).to.equal('Soziale Innovationen aus Sachsen');
    });

    it('speaks English with lang="en"', async () => {
      const expected = await fromApi<InitiativeList>(`${LIST}?limit=6`);
      const element = await mount(html`<sinn-initiative-cards lang="en"></sinn-initiative-cards>`);
      await showsCards(element);
      expect(textOf(moreButton(element))).to.equal('Load more initiatives');
      expect(textOf(liveRegion(element))).to.equal(`6 of ${expected.total} initiatives shown`);
      expect(shadowOf(element).querySelector('section')!.getAttribute('aria-label')).to.equal('Social innovations from Saxony');
    });

    it('shows the open initiative\'s place, stage and organisation whole on a phone, where a card clamps them', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const element = await fixture<HTMLElement>(html`<sinn-initiative-cards limit="6" view="compact" region="erzgebirgskreis"></sinn-initiative-cards>`);
        await showsCards(element);
        // A compact title has two lines on a phone, where one lost the place a title ends with; one on a wide page.
        const titleLines = () => getComputedStyle(cards(element)[0]!.querySelector('.title-slot')!).getPropertyValue('--lines').trim();
        expect(titleLines()).to.equal('2');
        // The card whose line is longest: an organisation's long name.
        const longest = cards(element).reduce((a, b) => (textOf(b.querySelector('.meta')).length > textOf(a.querySelector('.meta')).length ? b : a));
        const cardMeta = longest.querySelector<HTMLElement>('.meta')!;
        expect(cardMeta.scrollHeight, 'the card clamps it').to.be.greaterThan(cardMeta.clientHeight);
        longest.querySelector<HTMLButtonElement>('.open')!.click();
        await until(() => dialog(element)?.open, 'the detail dialog');
        const meta = dialog(element)!.querySelector<HTMLElement>('[part="meta"]')!;
        await until(() => textOf(meta).length > 0, 'the detail with its line');
        // The card's line names the organisation last, as the detail's does.
        expect(textOf(meta)).to.contain(textOf(cardMeta).split(' · ').at(-1)!);
        expect(meta.scrollHeight, 'nothing of it hidden').to.be.at.most(meta.clientHeight + 1);
        await setViewport({ width: 1280, height: 740 });
        await until(() => titleLines() === '1', 'one line of title on a wide page');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('speaks the language of the part of the page it sits in', async () => {
      const element = await mount(html`<div lang="en-GB"><sinn-initiative-cards limit="2"></sinn-initiative-cards></div>`);
      await showsCards(element);
      expect(textOf(moreButton(element))).to.equal('Load more initiatives');
    });

    it('asks for its cards before it draws its first frame, so that the answer is on its way while it draws', async () => {
      // What the element had drawn each time it asked the network for something (its light-DOM fallback's slot,
      // shown until the first render, is none of it).
      const drawnWhenAsked: number[] = [];
      const original = window.fetch;
      const element = document.createElement('sinn-initiative-cards');
      element.setAttribute('limit', '2');
      window.fetch = (...args: Parameters<typeof fetch>) => {
        drawnWhenAsked.push(element.shadowRoot?.querySelectorAll(':scope > :not(slot)').length ?? 0);
        return original.apply(window, args);
      };
      try {
        document.body.append(element);
        await showsCards(element);
      } finally {
        window.fetch = original;
        element.remove();
      }
      // The list (and the vocabulary, where the page has not got it yet) asked for before anything was drawn.
      expect(drawnWhenAsked.length).to.be.greaterThan(0);
      expect(drawnWhenAsked).to.deep.equal(drawnWhenAsked.map(() => 0));
    });

    it('asks for exactly the regions, topic and limit its attributes name, and shows only those', async () => {
      const element = await mount(html`<sinn-initiative-cards region="dresden,leipzig" topic="wohnen" limit="3"></sinn-initiative-cards>`);
      await showsCards(element);
      const requests = await seenGets(LIST);
      expect(requests).to.have.length(1);
      const params = paramsOf(requests[0]!);
      expect([...params.keys()].sort()).to.deep.equal(['fields', 'limit', 'region', 'topic']);
      // Only what a card draws.
      expect(params.get('fields')).to.equal(CARD_FIELDS);
      expect(params.get('region')).to.equal('dresden,leipzig');
      expect(params.get('topic')).to.equal('wohnen');
      expect(params.get('limit')).to.equal('3');

      const expected = await fromApi<InitiativeList>(`${LIST}?region=dresden,leipzig&topic=wohnen&limit=3`);
      expect(expected.items.length).to.be.greaterThan(0);
      expect(slugs(element)).to.deep.equal(expected.items.map((item) => item.slug));
      expect(cards(element).length).to.be.at.most(3);
      const regions = cards(element).map((card) => textOf(card.querySelector('[part="region"]')));
      expect(regions.every((region) => region === 'Dresden' || region === 'Leipzig'), regions.join(', ')).to.equal(true);
    });

    it('asks the compact view for less, and again only when a view draws more than the cards have', async () => {
      const element = await mount(html`<sinn-initiative-cards view="compact" region="bautzen" limit="3"></sinn-initiative-cards>`);
      await showsCards(element);
      expect(cards(element)[0]!.querySelector('.teaser')).to.equal(null);
      element.setAttribute('view', 'grid');
      // Until the fuller cards come, the compact ones stay as they are: nothing they lack is drawn.
      await element.updateComplete;
      expect(cards(element)).to.have.length(3);
      await until(() => cards(element)[0]?.querySelector('.teaser'), 'the teasers, asked for');
      element.setAttribute('view', 'list');
      await element.updateComplete;
      element.setAttribute('view', 'compact');
      await element.updateComplete;
      await settle(200);
      expect((await seenGets(LIST)).map((request) => paramsOf(request).get('fields'))).to.deep.equal([COMPACT_FIELDS, CARD_FIELDS]);
    });

    it('asks again when an attribute changes', async () => {
      const element = await mount(html`<sinn-initiative-cards region="chemnitz" limit="4"></sinn-initiative-cards>`);
      await showsCards(element);
      const expected = await fromApi<InitiativeList>(`${LIST}?region=zwickau&limit=4`);
      element.setAttribute('region', 'zwickau');
      const wanted = expected.items.map((item) => item.slug).join(' ');
      await until(() => slugs(element).join(' ') === wanted, 'the cards from the district of Zwickau');
      const requests = await seenGets(LIST);
      expect(requests.map((request) => paramsOf(request).get('region'))).to.deep.equal(['chemnitz', 'zwickau']);
    });

    it('shows one initiative in full with slug', async () => {
      const [first] = (await fromApi<InitiativeList>(`${LIST}?limit=1`)).items;
      const element = await mount(html`<sinn-initiative-cards slug=${first!.slug}></sinn-initiative-cards>`);
      await until(() => shadowOf(element).querySelector('article.single h2'), 'the initiative is shown');
      const single = shadowOf(element).querySelector('article.single')!;
      expect(textOf(single.querySelector('h2'))).to.equal(first!.title);
      const paragraphs = first!.description.split(/\n{2,}/);
      expect(paragraphs.length).to.be.greaterThan(1);
      const shown = [...single.querySelectorAll(':scope > p:not(.meta):not(.links)')].map((p) => textOf(p));
      expect(shown).to.deep.equal(paragraphs.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()));
      const requests = await seenGets(`${LIST}/${first!.slug}`);
      expect(requests).to.have.length(1);
    });

    it('says where an initiative is: its municipality in its district, the city alone where it is its own district', async () => {
      const [town] = (await fromApi<InitiativeList>(`${LIST}?limit=1&region=goerlitz`)).items;
      const element = await mount(html`<sinn-initiative-cards slug=${town!.slug}></sinn-initiative-cards>`);
      await until(() => shadowOf(element).querySelector('article.single h2'), 'the initiative is shown');
      const meta = () => shadowOf(element).querySelector('article.single [part="meta"]')!;
      expect(textOf(meta()).split(' · ')[0]).to.equal(`${town!.municipality!.name}, Landkreis Görlitz`);
      // On an English page the German name is marked as such.
      element.setAttribute('lang', 'en');
      await until(() => textOf(meta()).startsWith(`${town!.municipality!.name}, Görlitz district`), 'the English line');
      expect(textOf(meta().querySelector('span[lang="de"]'))).to.equal(town!.municipality!.name);
      const [city] = (await fromApi<InitiativeList>(`${LIST}?limit=1&region=dresden`)).items;
      expect(city!.municipality!.name).to.equal('Dresden');
      element.slug = city!.slug;
      await until(() => textOf(shadowOf(element).querySelector('article.single h2')) === city!.title, 'the initiative in Dresden');
      expect(textOf(meta()).split(' · ')[0]).to.equal('Dresden');
    });

    it("breaks a description's lines where staff broke them, and starts a paragraph at a blank line", async () => {
      const [first] = (await fromApi<InitiativeList>(`${LIST}?limit=1`)).items;
      await injectFault({ kind: 'rewrite', path: `${LIST}/${first!.slug}`, set: [{ path: ['description'], value: 'Montag bis Freitag\nab 9 Uhr\n\nIm Stadtteilzentrum' }] });
      const element = await mount(html`<sinn-initiative-cards slug=${first!.slug}></sinn-initiative-cards>`);
      await until(() => shadowOf(element).querySelector('article.single h2'), 'the initiative is shown');
      const [lines, next] = [...shadowOf(element).querySelectorAll<HTMLElement>('article.single > p.prose')];
      const drawn = document.createRange();
      drawn.selectNodeContents(lines!);
      // Two line boxes: the break is kept, however wide the card (each line is far shorter than it).
      expect([...drawn.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).to.have.length(2);
      expect(textOf(next!)).to.equal('Im Stadtteilzentrum');
    });

    it('shows the Leichte-Sprache summary with the full text where there is one', async () => {
      const all = await fromApi<InitiativeList>(`${LIST}?limit=100`);
      const easy = all.items.find((item) => item.easyLanguage)!;
      const element = await mount(html`<sinn-initiative-cards slug=${easy.slug}></sinn-initiative-cards>`);
      await until(() => shadowOf(element).querySelector('article.single h2'), 'the initiative is shown');
      const section = shadowOf(element).querySelector<HTMLElement>('[part="easy-language"]')!;
      expect(section.querySelector('div')!.lang, 'the summary is marked as German').to.equal('de');
      expect(textOf(section.querySelector('h3'))).to.equal('In Leichter Sprache');
      expect(textOf(section)).to.contain(easy.easyLanguage!.split(/\n+/)[0]!.replace(/\s+/g, ' ').trim());
    });

    it('gives the card titles the heading level the page asks for', async () => {
      const element = await mount(html`<sinn-initiative-cards heading-level="2" limit="2" region="meissen"></sinn-initiative-cards>`);
      await showsCards(element);
      expect(cards(element).every((card) => card.querySelector('h2 > button.open'))).to.equal(true);
    });

    it('talks to the API its api attribute names instead of the page\'s', async () => {
      const element = await mount(html`<sinn-initiative-cards api=${API} limit="2" region="zwickau"></sinn-initiative-cards>`);
      await showsCards(element);
      expect(await seenGets(LIST)).to.have.length(0);
    });

    describe('without a SINN API', () => {
      const caught = catchWarnings();
      it('says the embed is incomplete, and the console what to add, once', async () => {
        const meta = document.querySelector<HTMLMetaElement>('meta[name="sinn:api"]')!;
        const api = meta.content;
        meta.content = '';
        try {
          const element = await mount(html`<sinn-initiative-cards limit="2"></sinn-initiative-cards>`);
          await showsError(element);
          expect(textOf(errorBox(element))).to.contain('Die Einbindung ist unvollständig: Es ist keine SINN-Adresse angegeben.');
          expect(errorBox(element)!.querySelector('button'), 'no retry that cannot work').to.equal(null);
          element.limit = '3';
          await element.updateComplete;
          const said = caught.warnings.filter(([message]) => String(message).includes('sinn:api'));
          expect(said.map(([message]) => message)).to.deep.equal([
            `<sinn-initiative-cards>: ignoring api="": expected the SINN server's address, or <meta name="sinn:api" content="…"> in the page.`,
          ]);
        } finally {
          meta.content = api;
        }
      });
    });

    it('shows a helpful sentence when nothing matches', async () => {
      const element = await mount(html`<sinn-initiative-cards q="zzzzzz-nichts"></sinn-initiative-cards>`);
      await until(() => emptyBox(element), 'the empty sentence');
      expect(textOf(emptyBox(element))).to.equal('Zu dieser Auswahl gibt es noch keine Initiativen.');
      expect(cards(element)).to.have.length(0);
      expect(textOf(liveRegion(element))).to.equal('0 Initiativen');
    });

    it('asks to remove a filter only where the visitor has one on in the filter bar', async () => {
      const sentences = async (template: ReturnType<typeof html>) => {
        const element = await mount(template);
        await until(() => emptyBox(element), `the empty sentence of ${element.outerHTML}`);
        return textOf(emptyBox(element));
      };
      const plain = { de: 'Zu dieser Auswahl gibt es noch keine Initiativen.', en: 'There are no initiatives for this selection yet.' };
      // No filter bar, or one without a filter on: nothing the visitor could remove.
      expect(await sentences(html`<sinn-initiative-cards organisation="niemand"></sinn-initiative-cards>`)).to.equal(plain.de);
      expect(await sentences(html`<sinn-initiative-cards lang="en" organisation="niemand" region="goerlitz"></sinn-initiative-cards>`)).to.equal(plain.en);
      expect(await sentences(html`<sinn-initiative-cards filters organisation="niemand"></sinn-initiative-cards>`)).to.equal(plain.de);
      // A region on in the bar, the page's own too: the visitor can choose "Alle" there.
      expect(await sentences(html`<sinn-initiative-cards filters organisation="niemand" region="goerlitz"></sinn-initiative-cards>`)).to.equal(
        `${plain.de} Entfernen Sie einen Filter, um mehr zu sehen.`,
      );
      expect(await sentences(html`<sinn-initiative-cards lang="en" filters organisation="niemand" region="goerlitz"></sinn-initiative-cards>`)).to.equal(
        `${plain.en} Remove a filter to see more.`,
      );
    });

    it('appends the next page on "Weitere Initiativen laden" and puts the focus on the first new card', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="3" region="leipzig"></sinn-initiative-cards>`);
      await showsCards(element);
      const firstPage = slugs(element);
      expect(firstPage).to.have.length(3);
      moreButton(element)!.click();
      await showsCards(element, 4);
      const [, next] = await seenGets(LIST);
      expect(paramsOf(next!).get('cursor')).to.be.a('string').and.not.equal('');
      expect(paramsOf(next!).get('region')).to.equal('leipzig');
      const expected = await fromApi<InitiativeList>(`${LIST}?limit=6&region=leipzig`);
      expect(slugs(element)).to.deep.equal(expected.items.map((item) => item.slug));
      await until(() => focused(element) === titleButtons(element)[3], 'focus on the first new card');
      // Said, not only seen: how many are shown now.
      expect(textOf(liveRegion(element))).to.equal(`6 von ${expected.total} Initiativen gezeigt`);
    });

    it('spaces the paragraphs of an opened initiative as the other parts of its dialog', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="1"></sinn-initiative-cards>`);
      await showsCards(element);
      titleButtons(element)[0]!.click();
      await until(() => dialog(element)?.open && dialog(element)!.querySelector(':scope > p.links'), 'the detail');
      const parts = [...dialog(element)!.children].filter((child) => child.localName === 'p');
      // The meta line, the description's paragraphs (every seeded description has more than one), the links.
      expect(parts.length, 'paragraphs in the dialog').to.be.greaterThan(3);
      const gaps = parts.slice(1).map((part, index) => part.getBoundingClientRect().top - parts[index]!.getBoundingClientRect().bottom);
      expect(Math.min(...gaps.slice(0, -1)), 'between the paragraphs').to.be.greaterThan(8);
    });
  });

  describe('filters and more cards', () => {
    it('shows a pointer over "Weitere Initiativen laden" that it is a button: it turns darker', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="2"></sinn-initiative-cards>`);
      await showsCards(element);
      const more = shadowOf(element).querySelector<HTMLButtonElement>('button[part~="more"]')!;
      const resting = getComputedStyle(more).backgroundColor;
      try {
        await sendMouse({ type: 'move', position: centreOf(more) });
        await until(() => getComputedStyle(more).backgroundColor !== resting, 'another colour under the pointer');
      } finally {
        await resetMouse();
      }
      await until(() => getComputedStyle(more).backgroundColor === resting, 'its own colour again once the pointer left');
    });

    it('shows only the new region\'s cards when the region changes while more cards are loading', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="3" region="dresden"></sinn-initiative-cards>`);
      await showsCards(element);
      const expected = await fromApi<InitiativeList>(`${LIST}?limit=3&region=leipzig`);
      const wanted = expected.items.map((item) => item.slug).join(' ');
      await injectFault({ kind: 'delay', ms: 1200, path: LIST });
      moreButton(element)!.click();
      await until(async () => (await seenGets(LIST)).length === 2, 'the request for more');
      element.region = 'leipzig';
      await until(() => slugs(element).join(' ') === wanted, 'the cards from Leipzig');
      // The answer for more cards of Dresden arrives late (or the element gave up waiting for it): either way it
      // must not come back onto the page.
      await until(async () => {
        const more = (await seenGets(LIST))[1];
        return more?.aborted || more?.status === 200;
      }, 'the late answer, or its abort', 4000);
      await settle(200);
      expect(slugs(element).join(' ')).to.equal(wanted);
    });

    it('keeps the cards and the focus when loading more fails, says why beside the button, which tries again', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="3" region="erzgebirgskreis"></sinn-initiative-cards>`);
      await showsCards(element);
      const before = slugs(element);
      await injectFault({ kind: 'status', status: 500, times: 3, path: LIST });
      const more = moreButton(element)!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      const failed = () => shadowOf(element).querySelector('[part~="more"] + [role="alert"]');
      await until(failed, 'what went wrong, beside the button');
      expect(textOf(failed())).to.include('Beim SINN-Server ist ein Fehler aufgetreten.');
      expect(slugs(element)).to.deep.equal(before);
      // Nothing is older for it: no notice that the cards are stale.
      expect(staleBox(element)).to.equal(null);
      expect(shadowOf(element).activeElement).to.equal(more);
      await sendKeys({ press: 'Enter' });
      await until(() => slugs(element).length > before.length, 'the next page, at the second try');
      expect(failed()).to.equal(null);
      const asked = await seenGets(LIST);
      expect(new URL(asked.at(-1)!.url, PROXY).searchParams.has('cursor')).to.equal(true);
    });

    /** Cards with filters, where the keyboard has chosen the first region in the region select. */
    async function chooseRegionByKeyboard() {
      const element = await mount(html`<sinn-initiative-cards filters limit="2"></sinn-initiative-cards>`);
      const region = await regionSelect(element);
      region.focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => element.hasAttribute('region'), 'a region is chosen');
      return { element, region };
    }

    it('resets the filters with "Filter zurücksetzen", and its selects show "Alle" again', async () => {
      const { element, region } = await chooseRegionByKeyboard();
      await until(async () => (await seenGets(LIST)).length === 2, 'the request for it');
      const reset = shadowOf(element).querySelector<HTMLButtonElement>('button[part~="reset"]')!;
      expect(textOf(reset)).to.equal('Filter zurücksetzen');
      reset.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !element.hasAttribute('region'), 'the region attribute is gone');
      await until(async () => (await seenGets(LIST)).length === 3, 'the request for all regions');
      const [, , last] = await seenGets(LIST);
      expect(paramsOf(last!).has('region')).to.equal(false);
      await element.updateComplete;
      expect(region.value, 'the region select shows "Alle"').to.equal('');
    });

    it('asks for a region a page script sets after its first request went out, before its first render', async () => {
      const element = await setWhileAsking<SinnInitiativeCards>('sinn-initiative-cards', { limit: '3', region: 'dresden' }, { region: 'leipzig' });
      const expected = await fromApi<InitiativeList>(`${LIST}?limit=3&region=leipzig`);
      await until(() => slugs(element).join(' ') === expected.items.map((item) => item.slug).join(' '), 'the cards from Leipzig');
      // The request asked with the attribute as it was is aborted, before or after it reached the server.
      const regions = (await seenGets(LIST)).map((request) => paramsOf(request).get('region'));
      expect(regions.at(-1)).to.equal('leipzig');
      await settle(300);
      expect(slugs(element).join(' '), 'no later answer for Dresden replaced them').to.equal(expected.items.map((item) => item.slug).join(' '));
    });

    it('follows an attribute set by the page in its filter select', async () => {
      const { element, region } = await chooseRegionByKeyboard();
      element.setAttribute('region', 'leipzig');
      await element.updateComplete;
      expect(region.value).to.equal('leipzig');
    });
  });

  describe('loading, failing and recovering', () => {
    it('shows a skeleton of as many cards as it will show while the server is slow', async () => {
      await injectFault({ kind: 'delay', ms: 1500, path: LIST });
      const element = await mount(html`<sinn-initiative-cards limit="4" region="bautzen"></sinn-initiative-cards>`);
      expect(skeletons(element)).to.have.length(4);
      expect(shadowOf(element).querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
      await showsCards(element);
      expect(skeletons(element)).to.have.length(0);
      expect(shadowOf(element).querySelector('section')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('asks again, once the browser is back online, for the pictures that could not come while it was offline', async () => {
      const show = async () => {
        const element = await mount(html`<sinn-initiative-cards limit="3" view="grid"></sinn-initiative-cards>`);
        await showsCards(element);
        return element;
      };
      await picturesComeBackOnline(show, 'img.media', 'pictures');
    });

    it('keeps its height from skeleton to cards (no layout shift)', async () => {
      await injectFault({ kind: 'delay', ms: 1500, path: LIST });
      const element = await mount(
        html`<div style="width: 900px"><sinn-initiative-cards limit="3" view="grid" region="nordsachsen"></sinn-initiative-cards></div>`,
      );
      const height = (selector: string) => shadowOf(element).querySelector(selector)?.getBoundingClientRect().height ?? 0;
      await until(() => skeletons(element).length === 3, 'the skeleton');
      const loading = element.getBoundingClientRect().height;
      const skeletonCard = height('.skeleton-card');
      await showsCards(element);
      await Promise.all(
        [...shadowOf(element).querySelectorAll('img')].map((image) => image.decode().catch(() => undefined)),
      );
      const loaded = element.getBoundingClientRect().height;
      const said =
        `height while loading ${loading}px (a skeleton card ${skeletonCard}px), with the cards ${loaded}px ` +
        `(the tallest card ${Math.max(...cards(element).map((card) => card.getBoundingClientRect().height))}px, ` +
        `the "more" button's paragraph ${height('.more-row')}px)`;
      expect(Math.abs(loaded - loading), said).to.be.at.most(4);
    });

    for (const status of [502, 504]) {
      it(`says that SINN did not answer when a gateway answers ${status} (a site's relay, a proxy), not that SINN failed nor that the visitor's connection did`, async () => {
        await injectFault({ kind: 'status', status, times: 3, path: LIST });
        const element = await mount(html`<sinn-initiative-cards region="goerlitz"></sinn-initiative-cards>`);
        await showsError(element);
        expect(textOf(errorBox(element))).to.contain('Der SINN-Server hat nicht rechtzeitig geantwortet.');
        expect(textOf(errorBox(element))).to.not.contain('Beim SINN-Server ist ein Fehler aufgetreten.');
        expect(textOf(errorBox(element))).to.not.contain('Internetverbindung');
      });
    }

    it('says what went wrong when the server fails, and shows the cards after "Erneut versuchen"', async () => {
      // The client tries a GET three times; every try fails.
      await injectFault({ kind: 'status', status: 500, times: 3, path: LIST });
      const element = await mount(html`<sinn-initiative-cards region="goerlitz"></sinn-initiative-cards>`);
      await showsError(element);
      expect(textOf(errorBox(element))).to.contain('Die Daten konnten nicht geladen werden.');
      expect(textOf(errorBox(element))).to.contain('Beim SINN-Server ist ein Fehler aufgetreten.');
      expect(errorBox(element)!.getAttribute('role')).to.equal('alert');
      expect(cards(element)).to.have.length(0);

      await resetProxy();
      const retry = errorBox(element)!.querySelector('button')!;
      expect(textOf(retry)).to.equal('Erneut versuchen');
      retry.click();
      await showsCards(element);
      expect(errorBox(element)).to.equal(null);
    });

    it('says the server cannot be reached when the connection drops', async () => {
      await injectFault({ kind: 'drop', times: 20, path: LIST });
      const element = await mount(html`<sinn-initiative-cards region="meissen"></sinn-initiative-cards>`);
      await showsError(element);
      expect(textOf(errorBox(element))).to.contain('Der SINN-Server ist gerade nicht erreichbar.');
    });

    it('keeps the cards with their date when a refresh fails, and refreshes with "Erneut versuchen"', async () => {
      const element = await mount(html`<sinn-initiative-cards region="erzgebirgskreis" limit="4"></sinn-initiative-cards>`);
      await showsCards(element);
      const before = slugs(element);

      await injectFault({ kind: 'status', status: 500, times: 3, path: LIST });
      await element.refresh();
      expect(slugs(element)).to.deep.equal(before);
      const notice = staleBox(element);
      expect(notice, 'the stale notice').to.not.equal(null);
      // The demo data is generated at 10:00 on 15 November 2026 (Berlin time), the tests' fixed day.
      expect(textOf(notice)).to.equal('Aktualisierung fehlgeschlagen. Stand: 15.11.2026, 10:00. Erneut versuchen');
      expect(errorBox(element)).to.equal(null);

      notice!.querySelector('button')!.click();
      await until(() => staleBox(element) === null, 'the notice goes once the refresh worked');
      expect(slugs(element)).to.deep.equal(before);
    });

    it('stops its request when it leaves the page', async () => {
      await injectFault({ kind: 'delay', ms: 4000, path: LIST });
      const element = await mount(html`<sinn-initiative-cards region="vogtlandkreis"></sinn-initiative-cards>`);
      await until(async () => (await seenGets(LIST)).length === 1, 'the request reaches the server');
      element.remove();
      await until(async () => (await seenGets(LIST))[0]?.aborted, 'the proxy sees the request aborted');
    });

    it('asks again when it is moved on the page while loading', async () => {
      await injectFault({ kind: 'delay', ms: 1500, path: LIST });
      const container = await fixture<HTMLElement>(html`<div><div id="from"><sinn-initiative-cards region="bautzen" limit="2"></sinn-initiative-cards></div><div id="to"></div></div>`);
      const element = container.querySelector('sinn-initiative-cards')!;
      await until(async () => (await seenGets(LIST)).length === 1, 'the request reaches the server');
      container.querySelector('#to')!.append(element);
      await showsCards(element);
      const requests = await seenGets(LIST);
      expect(requests.map((request) => request.aborted)).to.deep.equal([true, false]);
    });

    it('asks the server once for two elements showing the same', async () => {
      await injectFault({ kind: 'delay', ms: 300, path: LIST });
      const container = await fixture<HTMLElement>(html`<div>
        <sinn-initiative-cards region="mittelsachsen" limit="2"></sinn-initiative-cards>
        <sinn-initiative-cards region="mittelsachsen" limit="2"></sinn-initiative-cards>
      </div>`);
      const [a, b] = [...container.querySelectorAll('sinn-initiative-cards')];
      await showsCards(a!);
      await showsCards(b!);
      expect(slugs(a!)).to.deep.equal(slugs(b!));
      expect(await seenGets(LIST)).to.have.length(1);
    });

    it('keeps a shared request going while one of two elements leaves', async () => {
      await injectFault({ kind: 'delay', ms: 800, path: LIST });
      const container = await fixture<HTMLElement>(html`<div>
        <sinn-initiative-cards region="landkreis-leipzig" limit="2"></sinn-initiative-cards>
        <sinn-initiative-cards region="landkreis-leipzig" limit="2"></sinn-initiative-cards>
      </div>`);
      const [leaving, staying] = [...container.querySelectorAll('sinn-initiative-cards')];
      await until(async () => (await seenGets(LIST)).length === 1, 'the request reaches the server');
      leaving!.remove();
      await showsCards(staying!);
      const requests = await seenGets(LIST);
      expect(requests).to.have.length(1);
      expect(requests[0]!.aborted).to.equal(false);
    });
  });

  describe('attributes a webmaster mistypes', () => {
    const caught = catchWarnings();

    const saying = (value: string) =>
      caught.warnings.filter(([message]) => typeof message === 'string' && message.includes('<sinn-initiative-cards>') && message.includes(value));

    it('reports region="atlantis" once on the console and shows every region', async () => {
      const element = await mount(html`<sinn-initiative-cards region="atlantis"></sinn-initiative-cards>`);
      await showsCards(element);
      element.limit = '5'; // another render and another request: still one warning
      await showsCards(element);
      await until(async () => (await seenGets(LIST)).length === 2, 'the second request');
      expect(saying('region="atlantis"')).to.have.length(1);
      expect(saying('region="atlantis"')[0]![1]).to.equal(element);
      for (const request of await seenGets(LIST)) expect(paramsOf(request).has('region')).to.equal(false);
    });

    it('reports a view set from JavaScript that is none once, and draws the grid; TypeScript refuses it', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="2"></sinn-initiative-cards>`);
      await showsCards(element);
      // @ts-expect-error: the property takes the three views only (a page's TypeScript is told at once)
      element.view = 'tiles';
      await element.updateComplete;
      expect(saying('view="tiles"')).to.have.length(1);
      expect(shadowOf(element).querySelector('.cards')!.classList.contains('grid')).to.equal(true);
    });

    it('reports limit="-3" once on the console and shows six cards', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="-3"></sinn-initiative-cards>`);
      await showsCards(element);
      expect(saying('limit="-3"')).to.have.length(1);
      const [request] = await seenGets(LIST);
      expect(paramsOf(request!).get('limit')).to.equal('6');
      expect(cards(element)).to.have.length(6);
      expect(skeletons(element)).to.have.length(0);
    });
  });

  describe('the page around it', () => {
    it('talks to the SINN API the page names in <meta name="sinn:api">', async () => {
      expect(document.querySelector<HTMLMetaElement>('meta[name="sinn:api"]')!.content).to.equal(PROXY);
      const element = await mount(html`<sinn-initiative-cards limit="2" region="goerlitz"></sinn-initiative-cards>`);
      await showsCards(element);
      expect(await seenGets(LIST)).to.have.length(1);
    });

    it('logs no error on the console while loading, showing cards and opening one', async () => {
      const errors: unknown[][] = [];
      const originalError = console.error;
      console.error = (...args: unknown[]) => void errors.push(args);
      const onError = (event: ErrorEvent) => errors.push([event.message]);
      window.addEventListener('error', onError);
      try {
        const element = await mount(html`<sinn-initiative-cards filters limit="3" region="dresden"></sinn-initiative-cards>`);
        await showsCards(element);
        titleButtons(element)[0]!.click();
        await until(() => dialog(element)?.open, 'the dialog opens');
        dialog(element)!.close();
        await until(() => !dialog(element), 'the dialog closes');
      } finally {
        console.error = originalError;
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    it('adds nothing to the page\'s head and keeps its styles inside', async () => {
      const before = document.head.innerHTML;
      const sheets = document.styleSheets.length;
      const element = await mount(html`<sinn-initiative-cards limit="2" region="meissen"></sinn-initiative-cards>`);
      await showsCards(element);
      expect(document.head.innerHTML).to.equal(before);
      expect(document.styleSheets.length).to.equal(sheets);
      expect(document.adoptedStyleSheets).to.have.length(0);
    });
  });

  describe('safety', () => {
    it('shows HTML in a title as text', async () => {
      const payload = '<img src=x onerror="window.__sinnXss = true">';
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 0, 'title'], value: payload }] });
      const element = await mount(html`<sinn-initiative-cards region="saechsische-schweiz-osterzgebirge" limit="2"></sinn-initiative-cards>`);
      await showsCards(element);
      expect(titles(element)[0]).to.equal(payload);
      const firstCard = cards(element)[0]!;
      expect(firstCard.querySelector('h3 img, .open img')).to.equal(null);
      expect([...shadowOf(element).querySelectorAll('img')].every((image) => image.getAttribute('src') !== 'x')).to.equal(true);
      expect((window as { __sinnXss?: boolean }).__sinnXss).to.equal(undefined);
    });

    it('never renders a javascript: link from the server', async () => {
      // The list, then the whole record of the initiative opened.
      await injectFault(
        {
          kind: 'rewrite',
          path: LIST,
          set: [
            { path: ['items', 0, 'website'], value: 'javascript:alert(1)' },
            { path: ['items', 0, 'organisation', 'url'], value: 'javascript:alert(2)' },
          ],
        },
        {
          kind: 'rewrite',
          path: `${LIST}/`,
          set: [
            { path: ['website'], value: 'javascript:alert(1)' },
            { path: ['organisation', 'url'], value: 'javascript:alert(2)' },
          ],
        },
      );
      const element = await mount(html`<sinn-initiative-cards region="bautzen" topic="wohnen"></sinn-initiative-cards>`);
      // Nothing checks the answer on its way in: the initiative is shown, and its links only where they are http(s).
      await showsCards(element);
      titleButtons(element)[0]!.click();
      await until(() => dialog(element)?.open, 'the detail dialog');
      expect(shadowOf(element).querySelectorAll('a[href^="javascript:" i]')).to.have.length(0);
      expect(dialog(element)!.querySelectorAll('a[part="link"]'), 'neither the website nor the organisation linked').to.have.length(0);
    });
  });

  describe('privacy', () => {
    it("tells the SINN server nothing of the page it is on: no Referer, whatever the page's referrer policy", async () => {
      // A page that sends its whole address with every request, query and all, unless a request says otherwise.
      const lax = Object.assign(document.createElement('meta'), { name: 'referrer', content: 'unsafe-url' });
      document.head.append(lax);
      try {
        const element = await mount(html`<sinn-initiative-cards region="chemnitz" limit="3"></sinn-initiative-cards>`);
        await showsCards(element, 3);
        moreButton(element)!.click();
        await until(async () => (await seenGets(LIST)).length >= 2, 'the next page asked for');
        const gets = await seenGets(LIST);
        expect(gets.map((get) => get.referer)).to.deep.equal(gets.map(() => null));
        const images = [...shadowOf(element).querySelectorAll('img')];
        expect(images.length).to.be.greaterThan(0);
        expect(images.map((image) => image.referrerPolicy)).to.deep.equal(images.map(() => 'no-referrer'));
      } finally {
        lax.remove();
      }
    });
  });

  describe('answers that do not fit the contract', () => {
    const watch = watchThePage();
    const campaign = { platform: 'startnext', url: 'https://www.startnext.com/sinn-test', currency: 'EUR', goal: 5000, raised: 1200, supporters: 30 };

    /** The error state in place of all cards, said once, and the cards after "Erneut versuchen" (the fault is gone). */
    async function showsErrorThenRecovers(element: SinnInitiativeCards): Promise<void> {
      await until(() => errorStateOf(element), 'the error state');
      expect(errorStateOf(element)!.text).to.equal(
        'Die Daten konnten nicht geladen werden. Die Antwort des SINN-Servers ließ sich nicht darstellen. Erneut versuchen',
      );
      expect(cards(element), 'not one card, not even those that fit').to.have.length(0);
      expect(unshowableSaid(watch, 'sinn-initiative-cards')).to.have.length(1);
      errorStateOf(element)!.retry.click();
      await showsCards(element, 3);
      expect(errorStateOf(element)).to.equal(null);
      expect(await seenGets(LIST), 'the retry asked the server again').to.have.length(2);
      expect(unshowableSaid(watch, 'sinn-initiative-cards')).to.have.length(1);
      expect(watch.uncaught).to.deep.equal([]);
    }

    it('shows its error state, not half a card, when an initiative has no organisation, and the cards after "Erneut versuchen"', async () => {
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 1, 'organisation'] }] });
      await showsErrorThenRecovers(await mount(html`<sinn-initiative-cards limit="3"></sinn-initiative-cards>`));
    });

    it('shows its error state when a campaign ends on a date that is none, and the cards after "Erneut versuchen"', async () => {
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 0, 'crowdfunding'], value: { ...campaign, endsAt: 'not a date' } }] });
      await showsErrorThenRecovers(await mount(html`<sinn-initiative-cards limit="3"></sinn-initiative-cards>`));
    });

    it('shows its error state when a list of topics is none, and the cards after "Erneut versuchen"', async () => {
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 2, 'topics'], value: 'wohnen' }] });
      await showsErrorThenRecovers(await mount(html`<sinn-initiative-cards limit="3"></sinn-initiative-cards>`));
    });

    it('shows a topic and a stage newer than the widget as "Sonstiges", says so once each, and is no error', async () => {
      // The list, then the whole record of the initiative opened.
      const changes = [
        { path: ['topics'], value: ['quantum-lab', 'wohnen'] },
        { path: ['stage'], value: 'spin-off' },
      ];
      await injectFault(
        { kind: 'rewrite', path: LIST, set: changes.map(({ path, value }) => ({ path: ['items', 0, ...path], value })) },
        { kind: 'rewrite', path: `${LIST}/`, set: changes },
      );
      const element = await mount(html`<sinn-initiative-cards limit="3"></sinn-initiative-cards>`);
      await showsCards(element, 3);
      const first = cards(element)[0]!;
      expect([...first.querySelectorAll('[part~="topic"]')].map(textOf)).to.deep.equal(['Sonstiges', 'Wohnen']);
      titleButtons(element)[0]!.click();
      await until(() => dialog(element)?.open, 'the detail dialog');
      const meta = textOf(dialog(element)!.querySelector('[part="meta"]'));
      expect(meta.split(' · ')[1]).to.equal('Sonstiges');
      expect([...dialog(element)!.querySelectorAll('[part~="topic"]')].map(textOf)).to.deep.equal(['Sonstiges', 'Wohnen']);
      expect(shadowOf(element).textContent).to.not.contain('quantum-lab').and.to.not.contain('spin-off');
      expect(unknownSaid(watch, 'sinn-initiative-cards', 'quantum-lab'), 'said once, though drawn twice').to.have.length(1);
      expect(unknownSaid(watch, 'sinn-initiative-cards', 'spin-off')).to.have.length(1);
      expect(String(unknownSaid(watch, 'sinn-initiative-cards', 'quantum-lab')[0]![0])).to.contain('"Sonstiges"');
      expect(errorStateOf(element)).to.equal(null);
      expect(watch.errors).to.deep.equal([]);
      expect(watch.uncaught).to.deep.equal([]);
    });

    it('says a topic newer than the widget in English as "Other"', async () => {
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 0, 'topics'], value: ['space-travel'] }] });
      const element = await mount(html`<sinn-initiative-cards lang="en" limit="3"></sinn-initiative-cards>`);
      await showsCards(element, 3);
      expect(textOf(cards(element)[0]!.querySelector('[part="topics"]'))).to.equal('Other');
      expect(String(unknownSaid(watch, 'sinn-initiative-cards', 'space-travel')[0]![0])).to.contain('"Other"');
    });
  });

  describe('keyboard alone', () => {
    it('reaches the filters with Tab, and choosing a region with the arrow keys asks for it', async () => {
      const container = await fixture<HTMLElement>(html`<div>
        <button>Vorher</button>
        <sinn-initiative-cards filters limit="3"></sinn-initiative-cards>
      </div>`);
      const element = container.querySelector('sinn-initiative-cards')!;
      const region = await regionSelect(element);
      container.querySelector('button')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(region);
      expect(textOf(shadowOf(element).querySelector('label[for="filter-region"]'))).to.equal('Region');

      await sendKeys({ press: 'ArrowDown' });
      const chosen = region.options[1]!.value;
      await until(() => element.getAttribute('region') === chosen, `region="${chosen}"`);
      await until(async () => (await seenGets(LIST)).some((request) => paramsOf(request).get('region') === chosen), 'the request for it');
      await until(() => cards(element).length > 0 && !element.shadowRoot!.querySelector('section[aria-busy="true"]'), 'the new cards');

      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(shadowOf(element).querySelector('#filter-topic'));
    });

    it('applies a region stepped to with the arrow keys once the keys rest: one request, not one at every step', async () => {
      const element = await mount(html`<sinn-initiative-cards filters limit="3"></sinn-initiative-cards>`);
      const region = await regionSelect(element, 3);
      region.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      const passed = region.options[1]!.value;
      const chosen = region.options[2]!.value;
      expect(region.value).to.equal(chosen);
      // Stepping, nothing is asked yet.
      expect(element.hasAttribute('region')).to.equal(false);
      await until(() => element.getAttribute('region') === chosen, `region="${chosen}" once the keys rest`);
      await until(async () => (await seenGets(LIST)).some((request) => paramsOf(request).get('region') === chosen), 'the request for it');
      expect((await seenGets(LIST)).map((request) => paramsOf(request).get('region'))).not.to.include(passed);

      // Enter applies at once, as does the focus leaving.
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      expect(element.getAttribute('region')).to.equal(passed);
      await sendKeys({ press: 'ArrowUp' });
      region.blur();
      await element.updateComplete;
      expect(element.hasAttribute('region')).to.equal(false);
    });

    it('opens a card with Enter, closes the dialog with Escape and returns the focus to the card', async () => {
      const container = await fixture<HTMLElement>(html`<div>
        <button>Vorher</button>
        <sinn-initiative-cards limit="3" region="dresden"></sinn-initiative-cards>
      </div>`);
      const element = container.querySelector('sinn-initiative-cards')!;
      await showsCards(element);
      container.querySelector('button')!.focus();

      await sendKeys({ press: 'Tab' });
      const first = titleButtons(element)[0]!;
      expect(focused(element)).to.equal(first);
      await sendKeys({ press: 'Tab' });
      // Links inside a card (a crowdfunding campaign) may come first; the next title button is reached by Tab.
      for (let i = 0; i < 5 && focused(element) !== titleButtons(element)[1]; i += 1) await sendKeys({ press: 'Tab' });
      const second = titleButtons(element)[1]!;
      expect(focused(element)).to.equal(second);

      await sendKeys({ press: 'Enter' });
      await until(() => dialog(element)?.open, 'the dialog opens');
      expect(dialog(element)!.contains(focused(element))).to.equal(true);
      expect(textOf(dialog(element)!.querySelector('h2'))).to.equal(textOf(second));
      expect(dialog(element)!.getAttribute('aria-labelledby')).to.equal(dialog(element)!.querySelector('h2')!.id);

      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(element), 'the dialog closes');
      expect(focused(element)).to.equal(second);
    });

    it('closes the dialog with its "Schließen" button and returns the focus to the card', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="2" region="chemnitz"></sinn-initiative-cards>`);
      await showsCards(element);
      const opener = titleButtons(element)[0]!;
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(element)?.open, 'the dialog opens');
      const close = dialog(element)!.querySelector<HTMLButtonElement>('button[part~="close"]')!;
      expect(textOf(close)).to.equal('Schließen');
      close.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !dialog(element), 'the dialog closes');
      expect(focused(element)).to.equal(opener);
    });
  });

  describe('events', () => {
    it('announces the opened initiative with sinn-initiative-select, bubbling out of the element', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="2" region="leipzig"></sinn-initiative-cards>`);
      await showsCards(element);
      const events: CustomEvent<{ initiative: Initiative }>[] = [];
      const listen = (event: Event) => events.push(event as CustomEvent<{ initiative: Initiative }>);
      document.addEventListener('sinn-initiative-select', listen);
      try {
        titleButtons(element)[1]!.click();
        await until(() => dialog(element)?.open, 'the dialog opens');
      } finally {
        document.removeEventListener('sinn-initiative-select', listen);
      }
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event!.bubbles).to.equal(true);
      expect(event!.composed).to.equal(true);
      expect(event!.target).to.equal(element);
      expect(event!.detail.initiative.slug).to.equal(slugs(element)[1]);
      expect(event!.detail.initiative.title).to.equal(titles(element)[1]);
      // The whole initiative, as GET /v1/initiatives/{slug} has it, though the cards had only what they draw.
      expect(event!.detail.initiative).to.deep.equal(await fromApi<Initiative>(`${LIST}/${slugs(element)[1]}`));
      expect(event!.detail.initiative.description).to.be.a('string').and.not.equal('');
    });

    it('tells the page only once the whole initiative came, and shows it after', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="2" region="leipzig"></sinn-initiative-cards>`);
      await showsCards(element);
      const slug = slugs(element)[0]!;
      await injectFault({ kind: 'delay', ms: 700, path: `${LIST}/${slug}` });
      const heard: { description: string; open: boolean }[] = [];
      element.addEventListener('sinn-initiative-select', (event) => heard.push({ description: event.detail.initiative.description, open: Boolean(dialog(element)) }));
      const opener = titleButtons(element)[0]!;
      const card = cards(element)[0]!.getBoundingClientRect().toJSON();
      opener.click();
      await until(() => opener.hasAttribute('data-opening'), 'the title shows that it loads');
      expect(textOf(shadowOf(element).querySelector('.opening[role="status"]'))).to.equal('Wird geladen …');
      expect(getComputedStyle(opener).cursor).to.equal('progress');
      expect(cards(element)[0]!.getBoundingClientRect().toJSON(), 'nothing moves').to.deep.equal(card);
      expect(heard).to.deep.equal([]);
      expect(dialog(element)).to.equal(null);
      await until(() => dialog(element)?.open, 'the dialog opens');
      expect(opener.hasAttribute('data-opening')).to.equal(false);
      expect(heard).to.have.length(1);
      expect(heard[0]!.description).to.not.equal('');
      expect(heard[0]!.open, 'the page was told before the dialog showed').to.equal(false);
      // Opened again, it is there at once.
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(element), 'the dialog closes');
      opener.click();
      await until(() => dialog(element)?.open, 'the dialog opens again');
      expect(await seenGets(`${LIST}/${slug}`)).to.have.length(1);
    });

    it('says so when the initiative cannot be loaded, and shows it after "Erneut versuchen"', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="2" region="dresden" lang="en"></sinn-initiative-cards>`);
      await showsCards(element);
      const slug = slugs(element)[0]!;
      await injectFault({ kind: 'status', status: 500, times: 3, path: `${LIST}/${slug}` });
      const heard: Initiative[] = [];
      element.addEventListener('sinn-initiative-select', (event) => heard.push(event.detail.initiative));
      const opener = titleButtons(element)[0]!;
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(element)?.querySelector('.state.error'), 'the error, in the dialog');
      expect(textOf(dialog(element)!.querySelector('h2'))).to.equal(titles(element)[0]);
      expect(textOf(dialog(element)!.querySelector('.state.error'))).to.contain('could not be loaded');
      expect(heard).to.deep.equal([]);
      const retry = dialog(element)!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
      expect(textOf(retry)).to.equal('Try again');
      retry.click();
      await until(() => dialog(element)?.querySelector('.links, p.meta'), 'the initiative, after the retry');
      expect(heard.map((initiative) => initiative.slug)).to.deep.equal([slug]);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(element), 'the dialog closes');
      expect(focused(element), 'focus back on the title').to.equal(opener);
    });

    it('leaves the dialog closed when the page cancels sinn-initiative-select', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="2" region="leipzig"></sinn-initiative-cards>`);
      await showsCards(element);
      let heard = 0;
      const cancel = (event: Event) => {
        heard += 1;
        event.preventDefault();
      };
      element.addEventListener('sinn-initiative-select', cancel);
      titleButtons(element)[0]!.click();
      await until(() => heard === 1, 'the page hears of it');
      await settle(100);
      element.removeEventListener('sinn-initiative-select', cancel);
      expect(dialog(element)).to.equal(null);
    });
  });

  describe("a reader's own text spacing (WCAG 1.4.12)", () => {
    for (const view of ['grid', 'list', 'compact']) {
      it(`cuts no line of a ${view} card's title, meta or teaser`, async () => {
        const element = await mount(html`<div style="width: 900px"><sinn-initiative-cards limit="6" view=${view}></sinn-initiative-cards></div>`);
        await showsCards(element);
        // The override a reader's stylesheet or bookmarklet applies, into the shadow root as well.
        const spacing = new CSSStyleSheet();
        spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }');
        const root = shadowOf(element);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
        const box = (node: Element) => node.getBoundingClientRect();
        const lineHeight = (node: Element) => parseFloat(getComputedStyle(node).lineHeight);
        let twoLines = 0;
        for (const card of cards(element)) {
          const title = card.querySelector('.open')!;
          if (box(title).height > 1.5 * lineHeight(title)) twoLines += 1;
          expect(box(title).bottom, `the title of ${card.dataset.slug}`).to.be.at.most(box(card.querySelector('.title-slot')!).bottom + 0.5);
          for (const clamped of card.querySelectorAll('.meta, .teaser')) {
            const lines = Number(getComputedStyle(clamped).webkitLineClamp);
            // As tall as the lines it clamps to, at the reader's line height (or as many as it has, where fewer).
            const wanted = Math.min(lines, Math.round(clamped.scrollHeight / lineHeight(clamped))) * lineHeight(clamped);
            expect(box(clamped).height, `${clamped.className} of ${card.dataset.slug}`).to.be.at.least(wanted - 0.5);
          }
        }
        if (view === 'grid') expect(twoLines, 'titles of two lines, the ones that were cut').to.be.greaterThan(0);
      });
    }
  });

  describe('accessibility (axe-core finds nothing)', () => {
    it('while loading', async () => {
      await injectFault({ kind: 'delay', ms: 3000, path: LIST });
      const element = await mount(html`<sinn-initiative-cards region="zwickau" limit="3"></sinn-initiative-cards>`);
      expect(skeletons(element).length).to.be.greaterThan(0);
      await expect(element).to.be.accessible();
    });

    it('with an error', async () => {
      await injectFault({ kind: 'status', status: 500, times: 3, path: LIST });
      const element = await mount(html`<sinn-initiative-cards region="nordsachsen" stage="idee"></sinn-initiative-cards>`);
      await showsError(element);
      await expect(element).to.be.accessible();
    });

    it('with an answer it cannot show', async () => {
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 0, 'organisation'], value: null }] });
      await keepingErrors(async () => {
        const element = await mount(html`<sinn-initiative-cards limit="3"></sinn-initiative-cards>`);
        await until(() => errorStateOf(element), 'the error state');
        await expect(element).to.be.accessible();
      });
    });

    it('when nothing matches', async () => {
      const element = await mount(html`<sinn-initiative-cards q="zzzzzz-nichts"></sinn-initiative-cards>`);
      await until(() => emptyBox(element), 'the empty sentence');
      await expect(element).to.be.accessible();
    });

    for (const view of ['grid', 'list', 'compact'] as const) {
      it(`with cards in the ${view} view`, async () => {
        const element = await mount(html`<sinn-initiative-cards view=${view} limit="6"></sinn-initiative-cards>`);
        await showsCards(element);
        await expect(element).to.be.accessible();
      });
    }

    it('with the filters shown and one chosen', async () => {
      const element = await mount(html`<sinn-initiative-cards filters region="leipzig" limit="3"></sinn-initiative-cards>`);
      await showsCards(element);
      await until(() => (shadowOf(element).querySelector<HTMLSelectElement>('#filter-region')?.options.length ?? 0) > 1, 'the filters');
      await expect(element).to.be.accessible();
    });

    it('while an initiative loads, and when it could not be loaded', async () => {
      const element = await mount(html`<sinn-initiative-cards limit="2" region="goerlitz"></sinn-initiative-cards>`);
      await showsCards(element);
      await injectFault({ kind: 'delay', ms: 3000, path: `${LIST}/${slugs(element)[0]}` });
      titleButtons(element)[0]!.click();
      await until(() => titleButtons(element)[0]!.hasAttribute('data-opening'), 'the title shows that it loads');
      await expect(element).to.be.accessible();
      element.remove();
      await resetProxy();
      const other = await mount(html`<sinn-initiative-cards limit="2" region="goerlitz" theme="dark"></sinn-initiative-cards>`);
      await showsCards(other);
      await injectFault({ kind: 'status', status: 500, times: 3, path: `${LIST}/${slugs(other)[0]}` });
      titleButtons(other)[0]!.click();
      await until(() => dialog(other)?.querySelector('.state.error'), 'the error');
      await expect(other).to.be.accessible();
    });

    it('with the detail dialog open', async () => {
      const element = await mount(html`<sinn-initiative-cards region="vogtlandkreis" limit="3"></sinn-initiative-cards>`);
      await showsCards(element);
      titleButtons(element)[0]!.click();
      await until(() => dialog(element)?.open, 'the dialog opens');
      await expect(element).to.be.accessible();
    });

    it('with one initiative in full', async () => {
      const [first] = (await fromApi<InitiativeList>(`${LIST}?limit=1&region=dresden`)).items;
      const element = await mount(html`<sinn-initiative-cards slug=${first!.slug}></sinn-initiative-cards>`);
      await until(() => shadowOf(element).querySelector('article.single h2'), 'the initiative is shown');
      await expect(element).to.be.accessible();
    });

    it('with a failed refresh (stale)', async () => {
      const element = await mount(html`<sinn-initiative-cards region="goerlitz" limit="3"></sinn-initiative-cards>`);
      await showsCards(element);
      await injectFault({ kind: 'status', status: 500, times: 3, path: LIST });
      await element.refresh();
      expect(staleBox(element)).to.not.equal(null);
      await expect(element).to.be.accessible();
    });

    it('in the dark theme', async () => {
      const element = await mount(html`<sinn-initiative-cards theme="dark" filters limit="3"></sinn-initiative-cards>`);
      await showsCards(element);
      await expect(element).to.be.accessible();
    });

    it('in the dark theme with the dialog open', async () => {
      const element = await mount(html`<sinn-initiative-cards theme="dark" limit="3" region="leipzig"></sinn-initiative-cards>`);
      await showsCards(element);
      titleButtons(element)[0]!.click();
      await until(() => dialog(element)?.open, 'the dialog opens');
      await expect(element).to.be.accessible();
    });

    it('in a consortium theme (caritas)', async () => {
      const element = await mount(html`<sinn-initiative-cards theme="caritas" limit="3" region="chemnitz"></sinn-initiative-cards>`);
      await showsCards(element);
      await expect(element).to.be.accessible();
    });
  });
});
