// <sinn-mentor-search> on a phone, in Chromium against the real SINN server: narrower than 44em of its own width
// the facets wait behind "Suche eingrenzen", which says how many filters are on, and the results come right
// after it; wider, the facets stand beside the results. What decides is the element's width, not the window's.
import { expect, fixture, html } from '@open-wc/testing';
import type { MentorList } from '@sinn/sdk';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { afterEach, describe, it } from '../../test/mocha.js';
import { fromApi, freshPageEachTest, injectFault, shadowOf, textOf, until } from '../../test/sinn-test.js';
import './define.js';
import type { SinnMentorSearch } from './mentor-search.js';

const root = (element: Element) => shadowOf(element);
const toggle = (element: Element) => root(element).querySelector<HTMLButtonElement>('button[part~="refine"]');
const facets = (element: Element) => root(element).querySelector<HTMLElement>('[part="facets"]');
const checkbox = (element: Element, facet: string, value: string) => root(element).querySelector<HTMLInputElement>(`#facet-${facet}-${value}`)!;
const done = (element: Element) => root(element).querySelector<HTMLButtonElement>('button[part~="show-results"]');
const countLine = (element: Element) => root(element).querySelector<HTMLElement>('[part="count"]')!;
const focused = (element: Element) => root(element).activeElement as HTMLElement | null;
/** Laid out and painted: not display:none, nor inside something that is. */
const visible = (node: Element | null) => Boolean(node?.checkVisibility());

/** The search in a column of the given width, on the page as it is (the window stays as wide as it is). */
async function inColumn(width: string, template = html`<sinn-mentor-search></sinn-mentor-search>`): Promise<{ column: HTMLElement; element: SinnMentorSearch }> {
  const column = await fixture<HTMLElement>(html`<div style="width: ${width}">${template}</div>`);
  const element = column.querySelector('sinn-mentor-search') as SinnMentorSearch;
  await until(() => facets(element) && root(element).querySelector('.found')?.getAttribute('aria-busy') === 'false', 'the mentors with their facets');
  return { column, element };
}

/** Waits for the next frames, in which the browser lays out a new width and the element answers it. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<sinn-mentor-search> on a phone', () => {
  freshPageEachTest();

  it('puts the facets behind "Suche eingrenzen" in a 360 px column, with the results right after it, and opens it by keyboard', async () => {
    const all = await fromApi<MentorList>('/v1/mentors?limit=10');
    const [first, second] = all.facets!.region.map((entry) => entry.id);
    const { element } = await inColumn('360px');
    const button = toggle(element)!;
    expect(visible(button)).to.equal(true);
    expect(textOf(button)).to.equal('Suche eingrenzen');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(facets(element)!.id);
    expect(root(element).getElementById(button.getAttribute('aria-controls')!) === facets(element), 'it controls the facets').to.equal(true);
    expect(visible(facets(element)), 'the facets are hidden').to.equal(false);
    expect(visible(checkbox(element, 'region', first!))).to.equal(false);
    // Next in the page after the button: the count and the mentors, no facet between.
    const below = countLine(element).getBoundingClientRect().top - button.getBoundingClientRect().bottom;
    expect(below).to.be.within(0, 40);
    expect(button.closest('.refine')!.nextElementSibling!.classList.contains('found')).to.equal(true);

    // From the search box, Tab reaches the button; Enter opens it, and the facets follow it.
    root(element).querySelector<HTMLInputElement>('#search-input')!.focus();
    for (let i = 0; i < 5 && focused(element) !== button; i += 1) await sendKeys({ press: 'Tab' });
    expect(focused(element) === button, 'Tab reached the button').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => visible(facets(element)), 'the facets are shown');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(facets(element)!.getBoundingClientRect().top).to.be.at.least(button.getBoundingClientRect().bottom);
    expect(countLine(element).getBoundingClientRect().top).to.be.at.least(facets(element)!.getBoundingClientRect().bottom);
    // Tab goes on into the facets; each box ticked is counted on the button at once.
    await sendKeys({ press: 'Tab' });
    expect(facets(element)!.contains(focused(element))).to.equal(true);
    checkbox(element, 'region', first!).focus();
    await sendKeys({ press: 'Space' });
    await until(() => textOf(button) === 'Suche eingrenzen (1 Filter aktiv)', `one filter on (says "${textOf(button)}")`);
    checkbox(element, 'region', second!).focus();
    await sendKeys({ press: 'Space' });
    await until(() => textOf(button) === 'Suche eingrenzen (2 Filter aktiv)', `two filters on (says "${textOf(button)}")`);
    checkbox(element, 'region', first!).focus();
    await sendKeys({ press: 'Space' });
    await until(() => textOf(button) === 'Suche eingrenzen (1 Filter aktiv)', `one filter on again (says "${textOf(button)}")`);
    // The space bar closes it again.
    button.focus();
    await sendKeys({ press: 'Space' });
    await until(() => !visible(facets(element)), 'the facets are hidden again');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(element) === button, 'the focus stays on the button').to.equal(true);
  });

  it('says how many filters its attributes preset, in English with plural forms', async () => {
    const { element } = await inColumn('20em', html`<sinn-mentor-search lang="en" expertise="foerdermittel" region="dresden,leipzig"></sinn-mentor-search>`);
    expect(textOf(toggle(element))).to.equal('Refine search (3 filters active)');
    toggle(element)!.click();
    await until(() => visible(facets(element)), 'the facets are shown');
    checkbox(element, 'region', 'dresden').click();
    checkbox(element, 'region', 'leipzig').click();
    await until(() => textOf(toggle(element)) === 'Refine search (1 filter active)', `one filter on (says "${textOf(toggle(element))}")`);
    checkbox(element, 'expertise', 'foerdermittel').click();
    await until(() => textOf(toggle(element)) === 'Refine search', `none on (says "${textOf(toggle(element))}")`);
  });

  it('under the opened facets, says how many were found and takes the focus to the first of them', async () => {
    const all = await fromApi<MentorList>('/v1/mentors?limit=10');
    const region = all.facets!.region[0]!;
    const { element } = await inColumn('360px');
    expect(done(element), 'none while the facets are closed').to.equal(null);
    toggle(element)!.click();
    await until(() => visible(done(element)), 'the button under the facets');
    expect(done(element)!.getBoundingClientRect().top).to.be.at.least(facets(element)!.getBoundingClientRect().bottom);
    expect(textOf(done(element))).to.equal(`Ergebnisse zeigen (${all.total})`);
    checkbox(element, 'region', region.id).click();
    await until(() => textOf(done(element)) === `Ergebnisse zeigen (${region.count})`, `the count of ${region.id} (says "${textOf(done(element))}")`);
    done(element)!.click();
    await until(() => !visible(facets(element)), 'the facets closed');
    expect(toggle(element)!.getAttribute('aria-expanded')).to.equal('false');
    await until(() => focused(element)?.matches('.results > li:first-child > article'), 'the focus on the first mentor');
    await expect(element).to.be.accessible();
  });

  it('shows the facets beside the results and no button in a 60em column, as before', async () => {
    const { element } = await inColumn('60em');
    expect(visible(toggle(element)), 'the button is not shown').to.equal(false);
    toggle(element)!.click();
    await element.updateComplete;
    expect(visible(done(element)), 'nor the one under the facets').to.equal(false);
    expect(visible(facets(element))).to.equal(true);
    const side = facets(element)!.getBoundingClientRect();
    const results = root(element).querySelector('.found')!.getBoundingClientRect();
    expect(side.right).to.be.at.most(results.left);
    expect(Math.abs(side.top - results.top)).to.be.below(2);
  });

  describe('the width that decides is the element\'s, not the window\'s', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('on a 360 px phone the disclosure; on the same phone in a column wider than the screen the facets beside', async () => {
      await setViewport({ width: 360, height: 740 });
      const phone = await fixture<SinnMentorSearch>(html`<sinn-mentor-search></sinn-mentor-search>`);
      await until(() => facets(phone), 'the facets');
      expect(visible(toggle(phone))).to.equal(true);
      expect(visible(facets(phone))).to.equal(false);
      // Nothing wider than the screen.
      expect(phone.scrollWidth).to.be.at.most(phone.clientWidth);
      expect(root(phone).querySelector('.mentor-search')!.getBoundingClientRect().right).to.be.at.most(360);

      const { element } = await inColumn('60em');
      expect(visible(toggle(element))).to.equal(false);
      expect(visible(facets(element))).to.equal(true);
    });

    it('on a wide window, in a narrow column, the disclosure', async () => {
      await setViewport({ width: 1280, height: 800 });
      const { element } = await inColumn('22em');
      expect(visible(toggle(element))).to.equal(true);
      expect(visible(facets(element))).to.equal(false);
    });
  });

  describe('the focus stays when the layout switches', () => {
    it('on a facet, when the column becomes narrow: the disclosure opens around it', async () => {
      const all = await fromApi<MentorList>('/v1/mentors?limit=10');
      const region = all.facets!.region[0]!.id;
      const { column, element } = await inColumn('60em');
      checkbox(element, 'region', region).focus();
      column.style.width = '20em';
      await frames();
      await until(() => visible(toggle(element)), 'the narrow layout');
      await frames();
      expect(focused(element) === checkbox(element, 'region', region), 'the focus is still on the box').to.equal(true);
      expect(visible(checkbox(element, 'region', region))).to.equal(true);
      expect(toggle(element)!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('on the button, when the column becomes wide: the focus goes to the first facet', async () => {
      const { column, element } = await inColumn('20em');
      toggle(element)!.focus();
      column.style.width = '60em';
      await frames();
      await until(() => !visible(toggle(element)), 'the wide layout');
      await frames();
      expect(focused(element) === facets(element)!.querySelector('input'), 'the focus is on the first facet, not lost').to.equal(true);
    });
  });

  describe('accessibility (axe-core finds nothing)', () => {
    for (const lang of ['de', 'en']) {
      it(`closed and open, ${lang === 'de' ? 'in German' : 'in English'}`, async () => {
        const { element } = await inColumn('360px', html`<sinn-mentor-search lang=${lang} region="dresden"></sinn-mentor-search>`);
        expect(toggle(element)!.getAttribute('aria-expanded')).to.equal('false');
        await expect(element).to.be.accessible();
        toggle(element)!.click();
        await until(() => visible(facets(element)), 'the facets are shown');
        await expect(element).to.be.accessible();
      });
    }

    it('while the first answer loads, in the dark theme', async () => {
      await injectFault({ kind: 'delay', ms: 3000, path: '/v1/mentors' });
      const column = await fixture<HTMLElement>(html`<div style="width: 360px"><sinn-mentor-search theme="dark"></sinn-mentor-search></div>`);
      const element = column.querySelector('sinn-mentor-search')!;
      await until(() => root(element).querySelector('.skeleton-card'), 'the skeleton');
      // The button holds its place from the start, so the results do not move down when the answer comes.
      expect(visible(toggle(element))).to.equal(true);
      expect(visible(root(element).querySelector('#facets'))).to.equal(false);
      await expect(element).to.be.accessible();
    });
  });
});
