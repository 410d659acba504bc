// <sinn-initiative-map> in Chromium, against the real SINN server (its demo data) behind the fault proxy: the
// districts and points it draws, the keyboard, the list, the dialog it shares with the cards, and its states.
import { expect, fixture, html } from '@open-wc/testing';
import type { InitiativeList } from '@sinn/sdk';
import { REGION_GEOMETRY_VERSION, toMap } from '@sinn/sdk/geo';
import { sendKeys } from '@web/test-runner-commands';
import { fromApi, freshPageEachTest, injectFault, paramsOf, seenGets, shadowOf, textOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import { catchWarnings } from '../../test/warnings.js';
import './define.js';
import type { SinnInitiativeMap } from './initiative-map.js';

const LIST = '/v1/initiatives';
const GEOMETRY = '/v1/regions/geometry';
const POINT_FIELDS = 'title,region,municipality,coordinates,topics,sdgs,stage,organisation';

const districts = (element: Element) => [...shadowOf(element).querySelectorAll<SVGGElement>('[part~="region"]')];
const district = (element: Element, id: string) => shadowOf(element).querySelector<SVGGElement>(`[data-region="${id}"]`)!;
const points = (element: Element) => [...shadowOf(element).querySelectorAll<SVGGElement>('[part="point"]')];
const clusters = (element: Element) => [...shadowOf(element).querySelectorAll<SVGGElement>('[part="cluster"]')];
const liveRegion = (element: Element) => shadowOf(element).querySelector<HTMLElement>('section > [role="status"]');
const toggle = (element: Element) => shadowOf(element).querySelector<HTMLButtonElement>('[part~="toggle"]')!;
const dialog = (element: Element) => shadowOf(element).querySelector<HTMLDialogElement>('dialog');
const focused = (element: Element) => shadowOf(element).activeElement;
const errorBox = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.state.error');
const emptyBox = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.state.empty');
const skeleton = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.map-skeleton');

const showsMap = (element: Element) => until(() => districts(element).length === 13, 'the 13 districts are drawn');

async function mount(template: ReturnType<typeof html>): Promise<SinnInitiativeMap> {
  const found = await fixture<HTMLElement>(template);
  return (found.localName === 'sinn-initiative-map' ? found : found.querySelector('sinn-initiative-map')!) as SinnInitiativeMap;
}

/** Every initiative as the map asks for them. */
const allPoints = () => fromApi<InitiativeList>(`${LIST}?fields=${POINT_FIELDS}&limit=1000`);

describe('<sinn-initiative-map>', () => {
  freshPageEachTest();

  describe('what a visitor sees', () => {
    it('draws the 13 districts, each a button named with its count of initiatives from the server', async () => {
      const all = await allPoints();
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      const zwickau = all.items.filter((item) => item.region === 'zwickau').length;
      expect(zwickau).to.be.greaterThan(1);
      expect(district(element, 'zwickau').getAttribute('aria-label')).to.equal(`Landkreis Zwickau: ${zwickau} Initiativen`);
      expect(district(element, 'zwickau').getAttribute('role')).to.equal('button');
      const sum = districts(element).reduce((total, shape) => total + Number(/: (\d+) Initiative/.exec(shape.getAttribute('aria-label')!)![1]), 0);
      expect(sum).to.equal(all.total);
      // Exactly one tab stop among the districts.
      expect(districts(element).filter((shape) => shape.getAttribute('tabindex') === '0')).to.have.length(1);
      const attribution = shadowOf(element).querySelector('[part="attribution"]');
      expect(textOf(attribution)).to.equal('© GeoBasis-DE / BKG 2021 (Daten verändert)');
      expect(shadowOf(element).querySelector('[part="legend"]')).to.not.equal(null);
      expect(textOf(liveRegion(element))).to.equal(`${all.total} Initiativen`);
      // Shaded: the district with most initiatives in the top step, more never lighter than fewer, and not all alike.
      const counts = new Map<string, number>();
      for (const item of all.items) counts.set(item.region, (counts.get(item.region) ?? 0) + 1);
      const stepOf = (id: string) => Number(/step-(\d)/.exec(district(element, id).getAttribute('class')!)![1]);
      const ranked = districts(element).map((shape) => shape.dataset.region!).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
      expect(stepOf(ranked[0]!)).to.equal(4);
      for (let index = 1; index < ranked.length; index += 1) expect(stepOf(ranked[index]!)).to.be.at.most(stepOf(ranked[index - 1]!));
      expect(stepOf(ranked[12]!)).to.be.lessThan(4);
      expect(getComputedStyle(district(element, ranked[0]!).querySelector('path')!).fill).to.not.equal(getComputedStyle(district(element, ranked[12]!).querySelector('path')!).fill);
      const requests = await seenGets(LIST);
      expect(requests).to.have.length(1);
      const params = paramsOf(requests[0]!);
      expect(params.get('fields')).to.equal(POINT_FIELDS);
      expect(params.get('limit')).to.equal('1000');
      const geometry = await seenGets(GEOMETRY);
      expect(paramsOf(geometry[0]!).get('v')).to.equal(REGION_GEOMETRY_VERSION);
    });

    it('speaks English with lang="en"', async () => {
      const all = await allPoints();
      const element = await mount(html`<sinn-initiative-map lang="en"></sinn-initiative-map>`);
      await showsMap(element);
      const count = all.items.filter((item) => item.region === 'zwickau').length;
      expect(district(element, 'zwickau').getAttribute('aria-label')).to.equal(`Zwickau district: ${count} initiatives`);
      expect(textOf(toggle(element))).to.equal('List');
    });

    it('draws the initiatives at their coordinates, and several at one place as one cluster with their count', async () => {
      const all = await allPoints();
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      const byPlace = new Map<string, number>();
      for (const item of all.items) if (item.coordinates) byPlace.set(`${item.coordinates.lon},${item.coordinates.lat}`, (byPlace.get(`${item.coordinates.lon},${item.coordinates.lat}`) ?? 0) + 1);
      expect(points(element).length).to.equal([...byPlace.values()].filter((count) => count === 1).length);
      expect(clusters(element).length).to.equal([...byPlace.values()].filter((count) => count > 1).length);
      // A single point where its coordinates put it.
      const single = all.items.find((item) => item.coordinates && byPlace.get(`${item.coordinates.lon},${item.coordinates.lat}`) === 1)!;
      const [x, y] = toMap(single.coordinates!.lon, single.coordinates!.lat);
      const drawn = shadowOf(element).querySelector(`[data-place="${single.coordinates!.lon},${single.coordinates!.lat}"] circle`)!;
      expect(Number(drawn.getAttribute('cx'))).to.be.closeTo(x, 0.01);
      expect(Number(drawn.getAttribute('cy'))).to.be.closeTo(y, 0.01);
      // Dresden is one municipality: its initiatives share one point, drawn with their count.
      const dresden = all.items.filter((item) => item.municipality?.name === 'Dresden' && item.coordinates);
      expect(dresden.length).to.be.greaterThan(1);
      const at = dresden[0]!.coordinates!;
      const shared = dresden.filter((item) => item.coordinates!.lon === at.lon && item.coordinates!.lat === at.lat).length;
      const cluster = shadowOf(element).querySelector(`[part="cluster"][data-place="${at.lon},${at.lat}"]`)!;
      expect(textOf(cluster.querySelector('text'))).to.equal(String(shared));
      expect(cluster.getAttribute('aria-label')).to.equal(`Dresden: ${shared} Initiativen`);
    });

    it('opening a cluster lists its initiatives; opening one fires sinn-initiative-select and opens the detail dialog', async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      const heard: string[] = [];
      element.addEventListener('sinn-initiative-select', (event) => heard.push(event.detail.initiative.slug));
      const cluster = clusters(element)[0]!;
      cluster.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await until(() => shadowOf(element).querySelector('[part="place"] button'), 'the place lists its initiatives');
      const entries = [...shadowOf(element).querySelectorAll<HTMLButtonElement>('[part="place"] button')];
      expect(entries.length).to.equal(Number(textOf(cluster.querySelector('text'))));
      expect(focused(element)).to.equal(entries[0]);
      entries[0]!.click();
      await until(() => dialog(element)?.open, 'the dialog opens');
      expect(heard).to.deep.equal([entries[0]!.dataset.slug]);
      expect(textOf(dialog(element)!.querySelector('h2'))).to.equal(textOf(entries[0]));
      // The detail speaks the cards' words, in the map's language.
      expect(textOf(dialog(element)!.querySelector('[part="meta"]'))).to.match(/Träger: \S/);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches one district, arrows move to the neighbour that way, Enter chooses it and filters, and it is said', async () => {
      const all = await allPoints();
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      toggle(element).focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(district(element, 'bautzen'));
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(element)).to.equal(district(element, 'goerlitz'));
      expect(district(element, 'goerlitz').getAttribute('tabindex')).to.equal('0');
      expect(district(element, 'bautzen').getAttribute('tabindex')).to.equal('-1');
      // West of Görlitz lies Bautzen again; nothing lies east of Görlitz in Saxony.
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(element)).to.equal(district(element, 'goerlitz'));
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(element)).to.equal(district(element, 'bautzen'));
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await until(() => element.region === 'goerlitz', 'the district is chosen');
      await element.updateComplete;
      const count = all.items.filter((item) => item.region === 'goerlitz').length;
      expect(district(element, 'goerlitz').getAttribute('aria-pressed')).to.equal('true');
      expect(element.getAttribute('region')).to.equal('goerlitz');
      expect(textOf(liveRegion(element))).to.equal(`Landkreis Görlitz ausgewählt. ${count} Initiativen`);
      // Only Görlitz's points are drawn now, and they are reached with Tab.
      const drawn = [...points(element), ...clusters(element)];
      expect(drawn.length).to.be.greaterThan(0);
      const inGoerlitz = new Set(all.items.filter((item) => item.region === 'goerlitz' && item.coordinates).map((item) => `${item.coordinates!.lon},${item.coordinates!.lat}`));
      expect(drawn.every((point) => inGoerlitz.has(point.dataset.place!))).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(drawn).to.include(focused(element));
      // Open it with the keyboard (a cluster lists its initiatives first), and the dialog gives focus back.
      await sendKeys({ press: 'Enter' });
      if (!dialog(element)) {
        await until(() => dialog(element)?.open || shadowOf(element).querySelector('[part="place"] button') === focused(element), 'the point opens');
        if (!dialog(element)) await sendKeys({ press: 'Enter' });
      }
      await until(() => dialog(element)?.open, 'the dialog opens');
      const opener = shadowOf(element).querySelector('[data-opening]');
      expect(opener).to.equal(null);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(element), 'the dialog closes');
      expect(focused(element)).to.not.equal(null);
    });
  });

  describe('the list', () => {
    it('"Liste" shows the same result grouped by district, and an entry opens the detail dialog', async () => {
      const all = await allPoints();
      const element = await mount(html`<sinn-initiative-map region="leipzig,dresden"></sinn-initiative-map>`);
      await showsMap(element);
      toggle(element).click();
      await until(() => shadowOf(element).querySelector('[part="list"]'), 'the list');
      expect(toggle(element).getAttribute('aria-pressed')).to.equal('true');
      const groups = [...shadowOf(element).querySelectorAll<HTMLElement>('[part="list"] section')];
      expect(groups.map((group) => group.dataset.region)).to.deep.equal(['dresden', 'leipzig']);
      const leipzig = all.items.filter((item) => item.region === 'leipzig').map((item) => item.title).sort();
      expect([...groups[1]!.querySelectorAll('button')].map((button) => textOf(button)).sort()).to.deep.equal(leipzig);
      expect(textOf(groups[1]!.querySelector('h3'))).to.equal(`Leipzig (${leipzig.length})`);
      const heard: unknown[] = [];
      element.addEventListener('sinn-initiative-select', (event) => heard.push(event.detail));
      const first = groups[0]!.querySelector<HTMLButtonElement>('button')!;
      first.click();
      await until(() => dialog(element)?.open, 'the dialog opens');
      expect(heard).to.have.length(1);
      expect((heard[0] as { initiative: { slug: string } }).initiative.slug).to.equal(first.dataset.slug);
      expect(textOf(dialog(element)!.querySelector('[part="meta"]'))).to.match(/Träger: \S/);
    });
  });

  describe('attributes', () => {
    const caught = catchWarnings();

    it('asks with topic, stage, sdg and q, counts every district, and narrows what it shows to region', async () => {
      const element = await mount(html`<sinn-initiative-map topic="wohnen" region="dresden"></sinn-initiative-map>`);
      await showsMap(element);
      const [request] = await seenGets(LIST);
      const params = paramsOf(request!);
      expect(params.get('topic')).to.equal('wohnen');
      expect(params.has('region')).to.equal(false);
      const all = await fromApi<InitiativeList>(`${LIST}?fields=${POINT_FIELDS}&limit=1000&topic=wohnen`);
      const dresden = all.items.filter((item) => item.region === 'dresden').length;
      expect(textOf(liveRegion(element))).to.equal(dresden === 1 ? '1 Initiative' : `${dresden} Initiativen`);
    });

    it('warns once of region="atlantis" and shows every district', async () => {
      const element = await mount(html`<sinn-initiative-map region="atlantis"></sinn-initiative-map>`);
      await showsMap(element);
      element.requestUpdate();
      await element.updateComplete;
      const said = caught.warnings.filter(([message]) => typeof message === 'string' && message.includes('<sinn-initiative-map>') && message.includes('atlantis'));
      expect(said).to.have.length(1);
      expect(districts(element).every((shape) => shape.getAttribute('aria-pressed') === 'false')).to.equal(true);
    });
  });

  describe('choosing', () => {
    it('a click chooses a district, a second lifts it; the filter bar sets the same attribute', async () => {
      const element = await mount(html`<sinn-initiative-map filters></sinn-initiative-map>`);
      await showsMap(element);
      district(element, 'leipzig').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await element.updateComplete;
      expect(element.region).to.equal('leipzig');
      expect(shadowOf(element).querySelector<HTMLSelectElement>('#filter-region')!.value).to.equal('leipzig');
      district(element, 'leipzig').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await element.updateComplete;
      expect(element.region).to.equal(undefined);
      expect(textOf(liveRegion(element))).to.match(/^Auswahl aufgehoben\. \d+ Initiativen$/);
      const select = shadowOf(element).querySelector<HTMLSelectElement>('#filter-region')!;
      select.value = 'zwickau';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(district(element, 'zwickau').getAttribute('aria-pressed')).to.equal('true');
      expect(districts(element).filter((shape) => shape.getAttribute('aria-pressed') === 'true')).to.have.length(1);
    });

    it('an initiative without a place counts in its district and is listed, but not drawn', async () => {
      const all = await allPoints();
      const first = all.items[0]!;
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 0, 'coordinates'], value: null }, { path: ['items', 0, 'municipality'], value: null }] });
      const element = await mount(html`<sinn-initiative-map region=${first.region}></sinn-initiative-map>`);
      await showsMap(element);
      const inRegion = all.items.filter((item) => item.region === first.region).length;
      expect(district(element, first.region).getAttribute('aria-label')).to.match(new RegExp(`: ${inRegion} Initiative`));
      const drawn = [...points(element), ...clusters(element)].reduce((sum, point) => sum + (point.getAttribute('part') === 'cluster' ? Number(textOf(point.querySelector('text'))) : 1), 0);
      expect(drawn).to.equal(inRegion - 1);
      toggle(element).click();
      await until(() => shadowOf(element).querySelector('[part="list"]'), 'the list');
      expect(shadowOf(element).querySelector(`[part="list"] button[data-slug="${first.slug}"]`)).to.not.equal(null);
    });
  });

  describe('states', () => {
    it('shows a skeleton of the map size while loading', async () => {
      await injectFault({ kind: 'delay', ms: 1500, path: LIST });
      const element = await mount(html`<div style="width: 660px"><sinn-initiative-map></sinn-initiative-map></div>`);
      expect(skeleton(element)).to.not.equal(null);
      const box = skeleton(element)!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(3300 / 2600, 0.01);
      await showsMap(element);
      const svg = shadowOf(element).querySelector('svg')!.getBoundingClientRect();
      expect(svg.height).to.be.closeTo(box.height, 1);
    });

    it('shows an error with a retry that works', async () => {
      await injectFault({ kind: 'status', status: 500, times: 3, path: LIST });
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await until(() => errorBox(element), 'the error');
      shadowOf(element).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await showsMap(element);
    });

    it('says when nothing matches', async () => {
      const element = await mount(html`<sinn-initiative-map q="zzzzzz-nichts"></sinn-initiative-map>`);
      await until(() => emptyBox(element), 'the empty sentence');
      expect(points(element)).to.have.length(0);
    });

    it('keeps the map when a refresh fails, marked stale', async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      await injectFault({ kind: 'status', status: 500, times: 3, path: LIST });
      await element.refresh();
      expect(shadowOf(element).querySelector('.state.stale')).to.not.equal(null);
      expect(districts(element)).to.have.length(13);
    });

    it('shows a title with markup as text', async () => {
      const evil = '<img src=x onerror="window.__sinnMapXss=1">Böse';
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 0, 'title'], value: evil }] });
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      toggle(element).click();
      await until(() => shadowOf(element).querySelector('[part="list"]'), 'the list');
      const buttons = [...shadowOf(element).querySelectorAll('[part="list"] button')];
      expect(buttons.some((button) => textOf(button) === evil)).to.equal(true);
      expect(shadowOf(element).querySelector('img')).to.equal(null);
      expect((window as { __sinnMapXss?: number }).__sinnMapXss).to.equal(undefined);
    });

    it('fits 320 px', async () => {
      const element = await mount(html`<div style="width: 320px"><sinn-initiative-map filters></sinn-initiative-map></div>`);
      await showsMap(element);
      const svg = shadowOf(element).querySelector('svg')!.getBoundingClientRect();
      expect(svg.width).to.be.at.most(320);
      expect(svg.width).to.be.greaterThan(300);
      expect(element.scrollWidth).to.be.at.most(320);
    });
  });

  describe('accessibility (axe-core finds nothing)', () => {
    for (const lang of ['de', 'en']) {
      it(`while loading (${lang})`, async () => {
        await injectFault({ kind: 'delay', ms: 3000, path: LIST });
        const element = await mount(html`<sinn-initiative-map lang=${lang}></sinn-initiative-map>`);
        expect(skeleton(element)).to.not.equal(null);
        await expect(element).to.be.accessible();
      });

      it(`with the map (${lang})`, async () => {
        const element = await mount(html`<sinn-initiative-map lang=${lang} region="dresden" filters></sinn-initiative-map>`);
        await showsMap(element);
        await expect(element).to.be.accessible();
      });

      it(`with the list (${lang})`, async () => {
        const element = await mount(html`<sinn-initiative-map lang=${lang}></sinn-initiative-map>`);
        await showsMap(element);
        toggle(element).click();
        await until(() => shadowOf(element).querySelector('[part="list"]'), 'the list');
        await expect(element).to.be.accessible();
      });

      it(`when nothing matches (${lang})`, async () => {
        const element = await mount(html`<sinn-initiative-map lang=${lang} q="zzzzzz-nichts"></sinn-initiative-map>`);
        await until(() => emptyBox(element), 'the empty sentence');
        await expect(element).to.be.accessible();
      });

      it(`with an error (${lang})`, async () => {
        await injectFault({ kind: 'status', status: 500, times: 3, path: LIST });
        const element = await mount(html`<sinn-initiative-map lang=${lang}></sinn-initiative-map>`);
        await until(() => errorBox(element), 'the error');
        await expect(element).to.be.accessible();
      });
    }

    it('in the dark theme with a cluster opened', async () => {
      const element = await mount(html`<sinn-initiative-map theme="dark"></sinn-initiative-map>`);
      await showsMap(element);
      clusters(element)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await until(() => shadowOf(element).querySelector('[part="place"] button'), 'the place');
      await expect(element).to.be.accessible();
    });
  });
});
