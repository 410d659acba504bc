// <sinn-initiative-map> in Chromium, against the real SINN server (its demo data) behind the fault proxy: the
// districts and points it draws, the keyboard, the list, the dialog it shares with the cards, and its states.
import { expect, fixture, html } from '@open-wc/testing';
import { TOPIC_IDS, type InitiativeList, type RegionGeometry } from '@sinn/sdk';
import { REGION_GEOMETRY_VERSION, toMap } from '@sinn/sdk/geo';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { fromApi, freshPageEachTest, injectFault, namesHeard, paramsOf, seenGets, shadowOf, textOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import { catchWarnings } from '../../test/warnings.js';
import './define.js';
import type { SinnInitiativeMap } from './initiative-map.js';

const LIST = '/v1/initiatives';
const GEOMETRY = '/v1/regions/geometry';
const POINT_FIELDS = 'title,region,municipality,coordinates';

const districts = (element: Element) => [...shadowOf(element).querySelectorAll<SVGGElement>('[part~="region"]')];
const district = (element: Element, id: string) => shadowOf(element).querySelector<SVGGElement>(`[data-region="${id}"]`)!;
const points = (element: Element) => [...shadowOf(element).querySelectorAll<SVGGElement>('[part="point"]')];
const clusters = (element: Element) => [...shadowOf(element).querySelectorAll<SVGGElement>('[part="cluster"]')];
const liveRegion = (element: Element) => shadowOf(element).querySelector<HTMLElement>('section > [role="status"]');
const toggle = (element: Element) => shadowOf(element).querySelector<HTMLButtonElement>('[part~="toggle"]')!;
const dialog = (element: Element) => shadowOf(element).querySelector<HTMLDialogElement>('dialog');
const focused = (element: Element) => shadowOf(element).activeElement;
const focusReaches = (element: Element, id: string) => until(() => focused(element) === district(element, id), `the focus reaches ${id}`);
const errorBox = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.state.error');
const emptyBox = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.state.empty');
const skeleton = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.map-skeleton');

const svgOf = (element: Element) => shadowOf(element).querySelector<SVGSVGElement>('svg[part="map"]')!;
/** A cluster of one place (several initiatives there), not of several places merged. */
const placeCluster = (element: Element) => shadowOf(element).querySelector<SVGGElement>('[part="cluster"][data-place]')!;

const zoomButton = (element: Element, which: 'in' | 'out' | 'reset') => shadowOf(element).querySelector<HTMLButtonElement>(`[part~="zoom-${which}"]`)!;
const hint = (element: Element) => shadowOf(element).querySelector<HTMLElement>('[part="hint"]');

interface ViewBox {
  x: number;
  y: number;
  w: number;
  h: number;
}
const WHOLE: ViewBox = { x: 0, y: 0, w: 3300, h: 2600 };
/** What the map shows: its viewBox. */
function viewOf(element: Element): ViewBox {
  const [x, y, w, h] = svgOf(element).getAttribute('viewBox')!.split(' ').map(Number);
  return { x: x!, y: y!, w: w!, h: h! };
}
const zoomOf = (element: Element) => 3300 / viewOf(element).w;
/** The view lies inside the map, of the map's aspect ratio, at most 12 times enlarged. */
function expectInside(view: ViewBox): void {
  expect(view.x).to.be.at.least(-1e-6);
  expect(view.y).to.be.at.least(-1e-6);
  expect(view.x + view.w).to.be.at.most(3300 + 1e-6);
  expect(view.y + view.h).to.be.at.most(2600 + 1e-6);
  expect(view.w / view.h).to.be.closeTo(3300 / 2600, 1e-9);
  expect(view.w).to.be.at.least(3300 / 12 - 1e-6);
}
/** The map point (map units) under a position in the window. */
function mapAt(element: Element, clientX: number, clientY: number): [number, number] {
  const box = svgOf(element).getBoundingClientRect();
  const view = viewOf(element);
  return [view.x + ((clientX - box.left) * view.w) / box.width, view.y + ((clientY - box.top) * view.h) / box.height];
}
async function press(element: SinnInitiativeMap, button: HTMLButtonElement, times = 1): Promise<void> {
  for (let count = 0; count < times; count += 1) {
    button.click();
    await element.updateComplete;
  }
}

/**
 * The map as it is first painted: its 13 districts, and the rendering of the next frame done. In that rendering the
 * element's ResizeObserver measures its frame, and the map is drawn again for that width before it is painted: where
 * the answers came before the skeleton's first frame (a busy machine), the map's first render took the assumed
 * 640 px, its points sized for that (at 320 px wide, 11 px), until then.
 */
async function showsMap(element: SinnInitiativeMap): Promise<void> {
  await until(() => districts(element).length === 13, 'the 13 districts are drawn');
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await element.updateComplete;
}

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
      expect(textOf(attribution)).to.equal('© GeoBasis-DE / BKG 2021 (Daten verändert) (öffnet ein neues Fenster)');
      // The eye sees the attribution alone; a screen reader hears that its link opens a new window.
      expect(textOf(attribution!.querySelector('a > .visually-hidden'))).to.equal('(öffnet ein neues Fenster)');
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
      expect(zoomButton(element, 'in').getAttribute('aria-label')).to.equal('Zoom in');
      expect(zoomButton(element, 'out').getAttribute('aria-label')).to.equal('Zoom out');
      expect(textOf(zoomButton(element, 'reset'))).to.equal('All of Saxony');
      // The licence's source note stays as the BKG words it, and says so to a screen reader (WCAG 3.1.2).
      const attribution = shadowOf(element).querySelector('[part="attribution"] a')!;
      expect(attribution.querySelector('span[lang="de"]')!.textContent).to.equal('© GeoBasis-DE / BKG 2021 (Daten verändert)');
      expect(attribution.querySelector('.visually-hidden')!.closest('[lang]')).to.equal(null);
    });

    it('draws the initiatives at their coordinates, places too close for their targets merged, each target 24 px and none on another', async () => {
      const all = await allPoints();
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      const keyOf = (item: (typeof all.items)[number]) => `${item.coordinates!.lon},${item.coordinates!.lat}`;
      const byPlace = new Map<string, number>();
      for (const item of all.items) if (item.coordinates) byPlace.set(keyOf(item), (byPlace.get(keyOf(item)) ?? 0) + 1);
      // Every place drawn once, and each target counts what its places hold.
      const drawn = [...points(element), ...clusters(element)];
      const keys = drawn.flatMap((spot) => (spot.dataset.place ? [spot.dataset.place] : spot.dataset.places!.split(' ')));
      expect(new Set(keys).size).to.equal(keys.length);
      for (const spot of drawn) {
        const own = (spot.dataset.place ? [spot.dataset.place] : spot.dataset.places!.split(' ')).reduce((sum, key) => sum + byPlace.get(key)!, 0);
        expect(spot.getAttribute('part') === 'cluster' ? Number(textOf(spot.querySelector('text'))) : 1).to.equal(own);
      }
      // Merged at the whole map (the demo data crowds around the cities), and not all: most places stand alone.
      expect(drawn.some((spot) => spot.dataset.places)).to.equal(true);
      expect(points(element).length).to.be.greaterThan(5);
      // The only places left out: those in a district drawn too small for points, and those that would cover the
      // middle (the target) of a district with little room (under 96 px: the cities at this width).
      const geometry = await fromApi<RegionGeometry>(GEOMETRY);
      const unit = 3300 / svgOf(element).getBoundingClientRect().width;
      const small = Object.entries(geometry.districts).filter(([, shape]) => Math.min(shape.box[2] - shape.box[0], shape.box[3] - shape.box[1]) / unit < 96);
      expect(small.map(([id]) => id).sort()).to.deep.equal(['chemnitz', 'dresden', 'leipzig']);
      const left = [...byPlace.keys()].filter((key) => !keys.includes(key));
      expect(left.length).to.be.greaterThan(0);
      for (const key of left) {
        const item = all.items.find((candidate) => candidate.coordinates && keyOf(candidate) === key)!;
        const [x, y] = toMap(item.coordinates!.lon, item.coordinates!.lat);
        const nearSmall = small.some(([, shape]) => Math.max(Math.abs(shape.label[0] - x), Math.abs(shape.label[1] - y)) < 45 * unit);
        expect(small.some(([id]) => id === item.region) || nearSmall, `${key} left out`).to.equal(true);
      }
      // Targets: 24 × 24 px at least, and no two overlap.
      const boxes = drawn.map((spot) => spot.getBoundingClientRect());
      for (const box of boxes) expect(Math.min(box.width, box.height)).to.be.at.least(23.9);
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'targets overlap').to.equal(true);
      }
      // A single point where its coordinates put it.
      const point = points(element)[0]!;
      const [lon, lat] = point.dataset.place!.split(',').map(Number);
      const [x, y] = toMap(lon!, lat!);
      expect(Number(point.querySelector('circle')!.getAttribute('cx'))).to.be.closeTo(x, 0.01);
      expect(Number(point.querySelector('circle')!.getAttribute('cy'))).to.be.closeTo(y, 0.01);
    });

    for (const width of [360, 800, 1280]) {
      it(`no district's count is drawn over a point, at ${width} px`, async () => {
        const element = await mount(html`<div style="width: ${width}px"><sinn-initiative-map></sinn-initiative-map></div>`);
        await showsMap(element);
        const dots = [...shadowOf(element).querySelectorAll('.dot')].map((dot) => dot.getBoundingClientRect());
        const counts = [...shadowOf(element).querySelectorAll('.counts text')];
        expect(counts.length).to.be.greaterThan(10);
        for (const count of counts) {
          const box = count.getBoundingClientRect();
          const over = dots.filter((dot) => box.left < dot.right && dot.left < box.right && box.top < dot.bottom && dot.top < box.bottom);
          expect(over.length, `dots under the count ${textOf(count)}`).to.equal(0);
        }
      });
    }

    it('a city is one point that no zoom separates, with its count once: the district’s own is left out', async () => {
      const all = await allPoints();
      const element = await mount(html`<sinn-initiative-map region="dresden"></sinn-initiative-map>`);
      await showsMap(element);
      const dresden = all.items.filter((item) => item.region === 'dresden');
      expect(dresden.length).to.be.greaterThan(1);
      expect(dresden.every((item) => item.municipality?.name === 'Dresden' && item.coordinates)).to.equal(true);
      const at = dresden[0]!.coordinates!;
      const cluster = shadowOf(element).querySelector(`[part="cluster"][data-place="${at.lon},${at.lat}"]`)!;
      expect(textOf(cluster.querySelector('text'))).to.equal(String(dresden.length));
      // Its name, said once: the <title> names it, no aria-label beside it repeats it as a description.
      expect(textOf(cluster.querySelector('title'))).to.equal(`Dresden: ${dresden.length} Initiativen`);
      expect(cluster.hasAttribute('aria-label')).to.equal(false);
      expect(await namesHeard('button')).to.include(`Dresden: ${dresden.length} Initiativen`);
      expect(cluster.getAttribute('aria-expanded')).to.equal('false');
      // The numbers drawn: every district's count but Dresden's, which its cluster shows.
      const counts = [...shadowOf(element).querySelectorAll('.counts text')];
      expect(counts).to.have.length(12);
      const [labelX, labelY] = (await fromApi<RegionGeometry>(GEOMETRY)).districts.dresden!.label;
      expect(counts.some((text) => Number(text.getAttribute('x')) === labelX && Number(text.getAttribute('y')) === labelY)).to.equal(false);
    });

    it('a district whose one initiative is a single point shows its count, 1: a point says no number', async () => {
      // A topic that leaves some district with one initiative.
      let found: { topic: string; ones: number } | undefined;
      for (const topic of TOPIC_IDS) {
        const matches = await fromApi<InitiativeList>(`${LIST}?fields=${POINT_FIELDS}&limit=1000&topic=${topic}`);
        const perDistrict = new Map<string, number>();
        for (const item of matches.items) perDistrict.set(item.region, (perDistrict.get(item.region) ?? 0) + 1);
        const ones = [...perDistrict.values()].filter((count) => count === 1).length;
        if (ones > 0) {
          found = { topic, ones };
          break;
        }
      }
      expect(found, 'a topic with a district of one initiative').to.not.equal(undefined);
      const element = await mount(html`<sinn-initiative-map topic=${found!.topic}></sinn-initiative-map>`);
      await showsMap(element);
      const counts = [...shadowOf(element).querySelectorAll('.counts text')].map((text) => textOf(text));
      expect(counts.filter((count) => count === '1')).to.have.length(found!.ones);
    });

    it('opening a cluster lists its initiatives; opening one fires sinn-initiative-select and opens the detail dialog', async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      const heard: string[] = [];
      element.addEventListener('sinn-initiative-select', (event) => heard.push(event.detail.initiative.slug));
      const cluster = placeCluster(element);
      cluster.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await until(() => shadowOf(element).querySelector('[part="place"] .entry'), 'the place lists its initiatives');
      // The cluster says that it lists them, and where.
      await until(() => placeCluster(element).getAttribute('aria-expanded') === 'true', 'the cluster expanded');
      expect(shadowOf(element).getElementById(placeCluster(element).getAttribute('aria-controls')!)).to.equal(shadowOf(element).querySelector('[part="place"]'));
      expect(textOf(shadowOf(element).querySelector('[part="place"] h3'))).to.match(/^Initiativen in \S/);
      const entries = [...shadowOf(element).querySelectorAll<HTMLButtonElement>('[part="place"] .entry')];
      expect(entries.length).to.equal(Number(textOf(cluster.querySelector('text'))));
      const titles = entries.map((entry) => textOf(entry));
      expect(titles, 'in alphabetical order').to.deep.equal([...titles].sort(new Intl.Collator('de').compare));
      expect(focused(element)).to.equal(entries[0]);
      entries[0]!.click();
      await until(() => dialog(element)?.open, 'the dialog opens');
      expect(heard).to.deep.equal([entries[0]!.dataset.slug]);
      expect(textOf(dialog(element)!.querySelector('h2'))).to.equal(textOf(entries[0]));
      // The detail speaks the cards' words, in the map's language.
      expect(textOf(dialog(element)!.querySelector('[part="meta"]'))).to.match(/Träger: \S/);
      // And it looks as the cards' does: its topics and goals are badges, not a bulleted list of bare numbers.
      expect(getComputedStyle(dialog(element)!.querySelector('.topics')!).display, 'the topics in a row').to.equal('flex');
      expect(getComputedStyle(dialog(element)!.querySelector('.topic')!).borderTopStyle, 'a topic is a badge').to.equal('solid');
      const sdg = dialog(element)!.querySelector('.sdg');
      if (sdg) expect(getComputedStyle(sdg).backgroundColor, 'a goal is a coloured badge').to.not.equal('rgba(0, 0, 0, 0)');
    });

    it('a point\'s name says its place once: after a title without it, not after one that names it', async () => {
      const all = await allPoints();
      // Places with one initiative (a point), by whether its title names the municipality.
      const at = new Map<string, number>();
      for (const item of all.items) if (item.coordinates) at.set(`${item.coordinates.lon},${item.coordinates.lat}`, (at.get(`${item.coordinates.lon},${item.coordinates.lat}`) ?? 0) + 1);
      const alone = all.items.filter((item) => item.coordinates && item.municipality && at.get(`${item.coordinates.lon},${item.coordinates.lat}`) === 1);
      const naming = alone.find((item) => item.title.includes(item.municipality!.name));
      const other = alone.find((item) => item.region === naming?.region && !item.title.includes(item.municipality!.name));
      expect(naming, 'a point whose title names its place').to.not.equal(undefined);
      expect(other, 'a point beside it whose title does not').to.not.equal(undefined);
      const element = await mount(html`<div style="width: 1280px"><sinn-initiative-map region=${naming!.region}></sinn-initiative-map></div>`);
      await showsMap(element);
      // Zoomed in until both are points of their own.
      const pointAt = (item: typeof naming) => shadowOf(element).querySelector(`[part="point"][data-place="${item!.coordinates!.lon},${item!.coordinates!.lat}"]`);
      for (let step = 0; step < 8 && !(pointAt(naming) && pointAt(other)); step += 1) await press(element, zoomButton(element, 'in'));
      expect(textOf(pointAt(naming)!.querySelector('title'))).to.equal(naming!.title);
      expect(textOf(pointAt(other)!.querySelector('title'))).to.equal(`${other!.title}, ${other!.municipality!.name}`);
    });

    it('a page\'s ::part(region) and ::part(selected) colour the districts, fill and outline', async () => {
      const sheet = document.createElement('style');
      sheet.textContent = `
        sinn-initiative-map::part(region) { fill: rgb(1, 2, 3); stroke: rgb(4, 5, 6); }
        sinn-initiative-map::part(selected) { fill: rgb(255, 215, 0); stroke: rgb(7, 8, 9); }`;
      document.head.append(sheet);
      try {
        const element = await mount(html`<sinn-initiative-map region="dresden"></sinn-initiative-map>`);
        await showsMap(element);
        const painted = (id: string) => getComputedStyle(district(element, id).querySelector('path')!);
        expect(painted('dresden').fill).to.equal('rgb(255, 215, 0)');
        expect(painted('dresden').stroke).to.equal('rgb(7, 8, 9)');
        expect(painted('leipzig').fill).to.equal('rgb(1, 2, 3)');
        expect(painted('leipzig').stroke).to.equal('rgb(4, 5, 6)');
      } finally {
        sheet.remove();
      }
    });
  });

  describe('keyboard', () => {
    it("a cluster's list of initiatives closes with Escape or its button, the focus back on the cluster", async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      const key = placeCluster(element).dataset.place!;
      const cluster = () => shadowOf(element).querySelector<SVGGElement>(`[data-place="${key}"]`)!;
      const place = () => shadowOf(element).querySelector<HTMLElement>('[part="place"]');
      for (const how of ['Escape', 'the button']) {
        cluster().focus();
        await sendKeys({ press: 'Enter' });
        await until(() => place()?.querySelector('.entry') === focused(element), `${how}: the list opens, its first entry focused`);
        if (how === 'Escape') await sendKeys({ press: 'Escape' });
        else {
          const close = place()!.querySelector<HTMLButtonElement>('[part~="close-place"]')!;
          expect(textOf(close)).to.equal('Zurück zur Karte');
          close.focus();
          await sendKeys({ press: 'Enter' });
        }
        await until(() => !place(), `${how}: the list closes`);
        await until(() => focused(element) === cluster(), `${how}: the focus is back on the cluster`);
      }
    });

    it('Tab reaches one district, arrows move to the neighbour that way, Enter chooses it and filters, and it is said', async () => {
      const all = await allPoints();
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      toggle(element).focus();
      // First the map itself (which zooms and pans), then one district.
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(svgOf(element));
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(district(element, 'bautzen'));
      // The way between districts is fetched when a district is first focused: the focus moves once it is here.
      await sendKeys({ press: 'ArrowRight' });
      await focusReaches(element, 'goerlitz');
      expect(district(element, 'goerlitz').getAttribute('tabindex')).to.equal('0');
      expect(district(element, 'bautzen').getAttribute('tabindex')).to.equal('-1');
      // West of Görlitz lies Bautzen again; nothing lies east of Görlitz in Saxony.
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(focused(element)).to.equal(district(element, 'goerlitz'));
      await sendKeys({ press: 'ArrowLeft' });
      await focusReaches(element, 'bautzen');
      await sendKeys({ press: 'ArrowRight' });
      await focusReaches(element, 'goerlitz');
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
      expect(drawn.every((point) => (point.dataset.place ? [point.dataset.place] : point.dataset.places!.split(' ')).every((key) => inGoerlitz.has(key)))).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(drawn).to.include(focused(element));
      // Its focus: a ring of the text's colour around a disc of the page's ground, which no district's shade hides.
      const ring = getComputedStyle(focused(element)!.querySelector('.ring')!);
      expect(ring.display, 'drawn while focused').to.not.equal('none');
      expect(ring.stroke, 'a ring of the text colour').to.equal(getComputedStyle(focused(element)!).color);
      expect(ring.fill, 'around a disc of the ground').to.not.equal('rgba(0, 0, 0, 0)');
      // Open it with the keyboard (a cluster lists its initiatives first), and the dialog gives focus back.
      await sendKeys({ press: 'Enter' });
      if (!dialog(element)) {
        await until(() => dialog(element)?.open || shadowOf(element).querySelector('[part="place"] .entry') === focused(element), 'the point opens');
        if (!dialog(element)) await sendKeys({ press: 'Enter' });
      }
      await until(() => dialog(element)?.open, 'the dialog opens');
      const opener = shadowOf(element).querySelector('[data-opening]');
      expect(opener).to.equal(null);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(element), 'the dialog closes');
      expect(focused(element)).to.not.equal(null);
    });

    it("a chosen district's points are reached with Tab from the top down, not biggest first", async () => {
      const element = await mount(html`<sinn-initiative-map region="erzgebirgskreis"></sinn-initiative-map>`);
      await showsMap(element);
      await until(() => points(element).length + clusters(element).length > 3, 'the district shows its points');
      const drawn = [...shadowOf(element).querySelectorAll<SVGGElement>('[part="point"], [part="cluster"]')];
      expect(drawn.every((spot) => spot.tabIndex === 0)).to.equal(true);
      // Tab follows the document: the spots must stand in it from the top down.
      const ys = drawn.map((spot) => Number(spot.querySelector('.dot')!.getAttribute('cy')));
      expect(ys).to.deep.equal([...ys].sort((a, b) => a - b));
      const counts = drawn.map((spot) => Number(spot.querySelector('text')?.textContent ?? 1));
      expect(counts, 'not simply the biggest first').to.not.deep.equal([...counts].sort((a, b) => b - a));
    });

    it('a district focused out of view is brought into it, the focus staying on it', async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      await press(element, zoomButton(element, 'in'), 4);
      const { districts: shapes } = await fromApi<RegionGeometry>(GEOMETRY);
      const inView = (id: string) => {
        const [x, y] = shapes[id as keyof typeof shapes]!.label;
        const view = viewOf(element);
        return x >= view.x && x <= view.x + view.w && y >= view.y && y <= view.y + view.h;
      };
      const away = Object.keys(shapes).find((id) => !inView(id))!;
      district(element, away).focus();
      await until(() => inView(away), `${away} comes into view`);
      expect(focused(element)).to.equal(district(element, away));
      expect(district(element, away).getAttribute('tabindex')).to.equal('0');
      expect(zoomOf(element)).to.be.closeTo(1.5 ** 4, 1e-9);
      expectInside(viewOf(element));
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
      // In alphabetical order, as a person looks for a name.
      const leipzig = all.items.filter((item) => item.region === 'leipzig').map((item) => item.title).sort(new Intl.Collator('de').compare);
      expect([...groups[1]!.querySelectorAll('button')].map((button) => textOf(button))).to.deep.equal(leipzig);
      expect(textOf(groups[1]!.querySelector('h3'))).to.equal(`Leipzig (${leipzig.length})`);
      // heading-level sets the level of the list's headings.
      element.setAttribute('heading-level', '4');
      await element.updateComplete;
      expect(groups[1]!.querySelector('h3')).to.equal(null);
      expect(textOf(shadowOf(element).querySelector('[part="list"] [data-region="leipzig"] h4'))).to.equal(`Leipzig (${leipzig.length})`);
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

  describe('the list button', () => {
    /** The contrast of a computed colour on another (WCAG), from "rgb(…)" or "color(srgb …)", a translucent one over the white page. */
    function contrast(foreground: string, background: string): number {
      const luminance = (colour: string) => {
        const numbers = colour.match(/[\d.]+/g)!.map(Number);
        const alpha = numbers[3] ?? 1;
        const channels = (colour.startsWith('color(') ? numbers.slice(0, 3) : numbers.slice(0, 3).map((n) => n / 255)).map((c) => c * alpha + 1 - alpha);
        const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
      return (light! + 0.05) / (dark! + 0.05);
    }

    it('pressed, keeps its text readable under the pointer', async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      toggle(element).click();
      await until(() => toggle(element).getAttribute('aria-pressed') === 'true', 'pressed');
      const { x, y, width, height } = toggle(element).getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
      try {
        expect(toggle(element).matches(':hover')).to.equal(true);
        const style = getComputedStyle(toggle(element));
        expect(contrast(style.color, style.backgroundColor), `${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
      } finally {
        await resetMouse();
      }
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
    it('shows a skeleton of the map size while loading, with room for the legend: nothing below it moves when the map comes', async () => {
      for (const width of [660, 440]) {
        await injectFault({ kind: 'delay', ms: 1500, path: LIST });
        const element = await mount(html`<div style="width: ${width}px"><sinn-initiative-map></sinn-initiative-map></div>`);
        expect(skeleton(element)).to.not.equal(null);
        const box = skeleton(element)!.getBoundingClientRect();
        const loading = element.getBoundingClientRect().height;
        expect(box.width / box.height).to.be.closeTo(3300 / 2600, 0.01);
        await showsMap(element);
        const svg = shadowOf(element).querySelector('svg')!.getBoundingClientRect();
        expect(svg.height).to.be.closeTo(box.height, 1);
        expect(element.getBoundingClientRect().height, `the whole element at ${width} px`).to.be.closeTo(loading, 2);
      }
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
      // No filter bar: nothing the visitor could remove.
      expect(textOf(emptyBox(element))).to.equal('Zu dieser Auswahl gibt es noch keine Initiativen.');
    });

    it('asks to remove a filter only where the visitor has one on in the filter bar', async () => {
      const barless = await mount(html`<sinn-initiative-map q="zzzzzz-nichts" region="goerlitz"></sinn-initiative-map>`);
      const filtered = await mount(html`<sinn-initiative-map lang="en" filters q="zzzzzz-nichts" region="goerlitz"></sinn-initiative-map>`);
      await until(() => emptyBox(barless) && emptyBox(filtered), 'the empty sentences');
      expect(textOf(emptyBox(barless))).to.equal('Zu dieser Auswahl gibt es noch keine Initiativen.');
      expect(textOf(emptyBox(filtered))).to.equal('There are no initiatives for this selection yet. Remove a filter to see more.');
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

    it('shows the whole of Saxony on a phone held sideways: no taller than most of the window', async () => {
      await setViewport({ width: 740, height: 360 });
      try {
        const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
        await showsMap(element);
        const svg = shadowOf(element).querySelector('svg')!.getBoundingClientRect();
        expect(svg.height).to.be.at.most(0.85 * 360 + 1);
        expect(svg.width / svg.height).to.be.closeTo(3300 / 2600, 0.01);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('zoom and pan', () => {
    it('the buttons zoom in and out around the middle, up to 12 times, and back to all of Saxony', async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      expect(viewOf(element)).to.deep.equal(WHOLE);
      expect(zoomButton(element, 'in').getAttribute('aria-label')).to.equal('Vergrößern');
      expect(zoomButton(element, 'out').getAttribute('aria-label')).to.equal('Verkleinern');
      expect(textOf(zoomButton(element, 'reset'))).to.equal('Ganz Sachsen');
      expect(shadowOf(element).querySelector('[part="zoom"]')!.getAttribute('aria-label')).to.equal('Kartenausschnitt');
      expect(zoomButton(element, 'out').getAttribute('aria-disabled')).to.equal('true');
      await press(element, zoomButton(element, 'in'));
      const view = viewOf(element);
      expect(zoomOf(element)).to.be.closeTo(1.5, 1e-9);
      expect(view.x + view.w / 2).to.be.closeTo(1650, 1e-6);
      expect(view.y + view.h / 2).to.be.closeTo(1300, 1e-6);
      expect(zoomButton(element, 'out').getAttribute('aria-disabled')).to.equal('false');
      await press(element, zoomButton(element, 'in'), 8);
      expect(zoomOf(element)).to.be.closeTo(12, 1e-9);
      expect(zoomButton(element, 'in').getAttribute('aria-disabled')).to.equal('true');
      expectInside(viewOf(element));
      // The points keep their size on screen: a point's dot is as many pixels across as on the whole map.
      await press(element, zoomButton(element, 'out'));
      expect(zoomOf(element)).to.be.closeTo(8, 1e-9);
      await press(element, zoomButton(element, 'reset'));
      expect(viewOf(element)).to.deep.equal(WHOLE);
      expect(zoomButton(element, 'reset').getAttribute('aria-disabled')).to.equal('true');
    });

    it('points, clusters and counts keep their size on screen when zoomed', async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      const sizeOf = (selector: string) => shadowOf(element).querySelector(selector)!.getBoundingClientRect().width;
      // The point nearest the middle, which zooming in around the middle keeps in view.
      const middle = (spot: SVGGElement) => Math.hypot(Number(spot.querySelector('circle')!.getAttribute('cx')) - 1650, Number(spot.querySelector('circle')!.getAttribute('cy')) - 1300);
      const point = points(element).sort((a, b) => middle(a) - middle(b))[0]!.dataset.place!;
      const dot = () => sizeOf(`[data-place="${point}"] .dot`);
      const count = () => shadowOf(element).querySelector('.counts text')!.getBoundingClientRect().height;
      const [dotBefore, countBefore] = [dot(), count()];
      await press(element, zoomButton(element, 'in'), 2);
      expect(zoomOf(element)).to.be.closeTo(2.25, 1e-9);
      expect(dot()).to.be.closeTo(dotBefore, 0.5);
      expect(count()).to.be.closeTo(countBefore, 1);
    });

    it("the districts' counts are 12 px high at least on a phone, and the clusters' numbers 10 px", async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
        await showsMap(element);
        // The glyphs' box: the font's size, at 1 for "line-height" (the text's own box is its ink's).
        const fontPx = (text: Element) => parseFloat(getComputedStyle(text).fontSize) / (Number(svgOf(element).getAttribute('viewBox')!.split(' ')[2]) / svgOf(element).getBoundingClientRect().width);
        const counts = [...shadowOf(element).querySelectorAll('.counts text')];
        expect(counts.length).to.be.greaterThan(0);
        for (const count of counts) expect(fontPx(count), `count ${textOf(count)}`).to.be.at.least(11.9);
        for (const cluster of clusters(element)) expect(fontPx(cluster.querySelector('text')!)).to.be.at.least(9.9);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('Ctrl with the wheel zooms around the pointer; the wheel alone scrolls the page and says how to zoom', async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      const svg = svgOf(element);
      const box = svg.getBoundingClientRect();
      // Whole pixels: a MouseEvent's position is.
      const [clientX, clientY] = [Math.round(box.left + box.width * 0.3), Math.round(box.top + box.height * 0.6)];
      const under = mapAt(element, clientX, clientY);
      const zoomIn = new WheelEvent('wheel', { deltaY: -100, clientX, clientY, ctrlKey: true, bubbles: true, cancelable: true });
      svg.dispatchEvent(zoomIn);
      await element.updateComplete;
      expect(zoomIn.defaultPrevented).to.equal(true);
      expect(zoomOf(element)).to.be.closeTo(Math.exp(100 / 250), 1e-9);
      const after = mapAt(element, clientX, clientY);
      expect(after[0]).to.be.closeTo(under[0], 0.01);
      expect(after[1]).to.be.closeTo(under[1], 0.01);
      expectInside(viewOf(element));
      const zoomed = viewOf(element);
      const plain = new WheelEvent('wheel', { deltaY: 100, clientX, clientY, bubbles: true, cancelable: true });
      svg.dispatchEvent(plain);
      await element.updateComplete;
      expect(plain.defaultPrevented).to.equal(false);
      expect(viewOf(element)).to.deep.equal(zoomed);
      // The hint's code and strings come with that wheel (or a pointer over the map before it).
      await until(() => hint(element), 'the hint shows');
      expect(textOf(hint(element))).to.equal(/Mac/.test(navigator.platform) ? '⌘ + Mausrad zum Zoomen' : 'Strg + Mausrad zum Zoomen');
      expect(hint(element)!.getAttribute('aria-hidden')).to.equal('true');
      await until(() => !hint(element), 'the hint goes');
      // Zooming out with Ctrl stops at the whole map.
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: 1000, clientX, clientY, ctrlKey: true, bubbles: true, cancelable: true }));
      await element.updateComplete;
      expect(viewOf(element)).to.deep.equal(WHOLE);
    });

    it('two fingers pinch: the map zooms by their spread, and what lay between them stays between them', async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      await press(element, zoomButton(element, 'in'), 2);
      const svg = svgOf(element);
      const box = svg.getBoundingClientRect();
      const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
      const touch = (type: string, pointerId: number, clientX: number, clientY: number) =>
        svg.dispatchEvent(new PointerEvent(type, { pointerId, pointerType: 'touch', isPrimary: pointerId === 1, clientX, clientY, button: 0, bubbles: true, cancelable: true }));
      const between = mapAt(element, cx, cy);
      touch('pointerdown', 1, cx - 40, cy);
      touch('pointerdown', 2, cx + 40, cy);
      touch('pointermove', 2, cx + 80, cy);
      // Spread from 80 to 120 px: 1.5 times; their midpoint moved 20 px right, and the map with it. (The pinch's
      // code may come after the first press: what the fingers did meanwhile is handled when it has come.)
      await until(() => Math.abs(zoomOf(element) - 2.25 * 1.5) < 1e-6, 'the pinch zooms');
      const after = mapAt(element, cx + 20, cy);
      expect(after[0]).to.be.closeTo(between[0], 0.01);
      expect(after[1]).to.be.closeTo(between[1], 0.01);
      // Closing them zooms out again.
      touch('pointermove', 1, cx + 20, cy);
      await element.updateComplete;
      expect(zoomOf(element)).to.be.closeTo(2.25 * 1.5 * (60 / 120), 1e-6);
      touch('pointerup', 2, cx + 80, cy);
      touch('pointerup', 1, cx + 20, cy);
      expect(element.region).to.equal(undefined);
      expectInside(viewOf(element));
    });

    it('dragging with the mouse pans, and the click that ends the drag chooses nothing; one without a drag does', async () => {
      // A window tall enough for the map's full 36em: where the click lands below is a district at that size.
      await setViewport({ width: 800, height: 900 });
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      await press(element, zoomButton(element, 'in'), 2);
      const box = svgOf(element).getBoundingClientRect();
      const start: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      const before = viewOf(element);
      const unit = before.w / box.width;
      try {
        await sendMouse({ type: 'move', position: start });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [start[0] - 60, start[1] - 30] });
        await sendMouse({ type: 'move', position: [start[0] - 120, start[1] - 60] });
        await sendMouse({ type: 'up' });
        await until(() => viewOf(element).x !== before.x, 'the drag pans');
        const after = viewOf(element);
        expect(after.x - before.x).to.be.closeTo(120 * unit, unit / 2);
        expect(after.y - before.y).to.be.closeTo(60 * unit, unit / 2);
        expect(after.w).to.equal(before.w);
        expect(element.region).to.equal(undefined);
        // Dragging on beyond the map's edge stops at it.
        for (let drag = 0; drag < 3; drag += 1) {
          await sendMouse({ type: 'move', position: start });
          await sendMouse({ type: 'down' });
          for (let step = 1; step <= 4; step += 1) await sendMouse({ type: 'move', position: [start[0] + step * 75, start[1] + step * 50] });
          await sendMouse({ type: 'up' });
        }
        await element.updateComplete;
        expect(viewOf(element).x).to.be.closeTo(0, 1e-9);
        expect(viewOf(element).y).to.be.closeTo(0, 1e-9);
        expectInside(viewOf(element));
        expect(element.region).to.equal(undefined);
        // A click that does not move chooses the district under it.
        await sendMouse({ type: 'click', position: start });
        await element.updateComplete;
        expect(element.region).to.not.equal(undefined);
      } finally {
        await resetMouse();
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('on the map + and - zoom, the arrows pan, 0 shows all; on a district the arrows still lead to its neighbour', async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      svgOf(element).focus();
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      expect(zoomOf(element)).to.be.closeTo(2.25, 1e-9);
      const view = viewOf(element);
      await sendKeys({ press: 'ArrowRight' });
      expect(viewOf(element).x).to.be.closeTo(view.x + 0.2 * view.w, 1e-6);
      await sendKeys({ press: 'ArrowDown' });
      expect(viewOf(element).y).to.be.closeTo(view.y + 0.2 * view.h, 1e-6);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowUp' });
      expect(viewOf(element).x).to.be.closeTo(view.x, 1e-6);
      expect(viewOf(element).y).to.be.closeTo(view.y, 1e-6);
      // Far past the edge the view stops at it.
      for (let count = 0; count < 8; count += 1) await sendKeys({ press: 'ArrowLeft' });
      expect(viewOf(element).x).to.equal(0);
      expectInside(viewOf(element));
      await sendKeys({ press: '-' });
      expect(zoomOf(element)).to.be.closeTo(1.5, 1e-9);
      await sendKeys({ press: '0' });
      expect(viewOf(element)).to.deep.equal(WHOLE);
      expect(focused(element)).to.equal(svgOf(element));
      // On a district: the arrows move to the neighbour and leave the view; + zooms from there too.
      district(element, 'bautzen').focus();
      await sendKeys({ press: 'ArrowRight' });
      await focusReaches(element, 'goerlitz');
      expect(viewOf(element)).to.deep.equal(WHOLE);
      await sendKeys({ press: '+' });
      expect(zoomOf(element)).to.be.closeTo(1.5, 1e-9);
      expect(focused(element)).to.equal(district(element, 'goerlitz'));
    });

    it('choosing a district zooms to it, with its points; lifting the choice shows all of Saxony again', async () => {
      const element = await mount(html`<sinn-initiative-map filters></sinn-initiative-map>`);
      await showsMap(element);
      const geometry = await fromApi<RegionGeometry>(GEOMETRY);
      const [minX, minY, maxX, maxY] = geometry.districts.leipzig!.box;
      district(element, 'leipzig').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await element.updateComplete;
      const view = viewOf(element);
      expect(view.x).to.be.at.most(minX);
      expect(view.y).to.be.at.most(minY);
      expect(view.x + view.w).to.be.at.least(maxX);
      expect(view.y + view.h).to.be.at.least(maxY);
      // Close around it: its box fills the view's height but for a margin.
      expect(view.h).to.be.below((maxY - minY) * 1.25);
      expect(view.x + view.w / 2).to.be.closeTo((minX + maxX) / 2, 1);
      expectInside(view);
      // Leipzig, too small for its point at the whole map, shows it now.
      expect(shadowOf(element).querySelectorAll('[part="cluster"], [part="point"]').length).to.be.greaterThan(0);
      district(element, 'leipzig').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await element.updateComplete;
      expect(viewOf(element)).to.deep.equal(WHOLE);
      // The filters and the attribute zoom too: to all the districts chosen.
      element.region = 'vogtlandkreis,zwickau';
      await element.updateComplete;
      const both = viewOf(element);
      expect(both.x).to.be.at.most(geometry.districts.vogtlandkreis!.box[0]);
      expect(both.x + both.w).to.be.at.least(geometry.districts.zwickau!.box[2]);
      expect(both.y + both.h).to.be.at.least(geometry.districts.vogtlandkreis!.box[3]);
      expect(zoomOf(element)).to.be.greaterThan(1.5);
    });

    it('a cluster of places merged at this zoom zooms in when opened, until they part', async () => {
      const element = await mount(html`<sinn-initiative-map></sinn-initiative-map>`);
      await showsMap(element);
      const merged = shadowOf(element).querySelector<SVGGElement>('[part="cluster"][data-places]')!;
      const keys = merged.dataset.places!.split(' ');
      expect(keys.length).to.be.greaterThan(1);
      expect(textOf(merged.querySelector('title'))).to.match(/^\S.* und Umgebung: \d+ Initiativen$/);
      merged.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      // What opening a cluster does comes with the lists' code (on a pointer over it, or the click).
      await until(() => zoomOf(element) > 1, 'it zooms in');
      expect(zoomOf(element)).to.be.closeTo(3, 1e-9);
      // Each of its places is drawn still, and at least one apart from the first now.
      const holding = (key: string) => [...points(element), ...clusters(element)].find((spot) => spot.dataset.place === key || spot.dataset.places?.split(' ').includes(key));
      expect(keys.every((key) => holding(key))).to.equal(true);
      expect(new Set(keys.map(holding)).size).to.be.greaterThan(1);
      expect(shadowOf(element).querySelector('[part="place"]')).to.equal(null);
    });

    for (const [width, height, name] of [
      [320, 640, '320 px wide'],
      [640, 400, '200 % (a 1280 px window zoomed: 640 CSS px)'],
    ] as const) {
      it(`reflows at ${name}: no sideways scroll, nothing clipped, the controls reachable, targets of 24 px, axe clean`, async () => {
        await setViewport({ width, height });
        try {
          const element = await mount(html`<sinn-initiative-map filters></sinn-initiative-map>`);
          await showsMap(element);
          await until(() => element.scrollWidth > 0, 'laid out');
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
          const map = svgOf(element).getBoundingClientRect();
          expect(map.left).to.be.at.least(0);
          expect(map.right).to.be.at.most(width);
          const controls = [zoomButton(element, 'in'), zoomButton(element, 'out'), zoomButton(element, 'reset'), toggle(element)];
          for (const control of controls) {
            const box = control.getBoundingClientRect();
            expect(box.left, textOf(control)).to.be.at.least(0);
            expect(box.right, textOf(control)).to.be.at.most(width);
            expect(Math.min(box.width, box.height), textOf(control)).to.be.at.least(24);
          }
          for (const spot of [...points(element), ...clusters(element)]) expect(Math.min(spot.getBoundingClientRect().width, spot.getBoundingClientRect().height)).to.be.at.least(23.9);
          await expect(element).to.be.accessible();
          await press(element, zoomButton(element, 'in'), 2);
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
          for (const spot of [...points(element), ...clusters(element)]) expect(Math.min(spot.getBoundingClientRect().width, spot.getBoundingClientRect().height)).to.be.at.least(23.9);
          await expect(element).to.be.accessible();
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
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

      it(`zoomed in and panned, with the hint to zoom by Ctrl (${lang})`, async () => {
        const element = await mount(html`<sinn-initiative-map lang=${lang} filters></sinn-initiative-map>`);
        await showsMap(element);
        await press(element, zoomButton(element, 'in'), 3);
        svgOf(element).focus();
        await sendKeys({ press: 'ArrowRight' });
        expect(zoomOf(element)).to.be.greaterThan(3);
        await expect(element).to.be.accessible();
        svgOf(element).dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true }));
        await until(() => hint(element), 'the hint shows');
        await expect(element).to.be.accessible();
      });

      it(`zoomed to a chosen city, with its cluster opened (${lang})`, async () => {
        const element = await mount(html`<sinn-initiative-map lang=${lang} region="leipzig"></sinn-initiative-map>`);
        await showsMap(element);
        expect(zoomOf(element)).to.be.greaterThan(3);
        placeCluster(element).dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await until(() => shadowOf(element).querySelector('[part="place"] .entry'), 'the place');
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
      placeCluster(element).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await until(() => shadowOf(element).querySelector('[part="place"] .entry'), 'the place');
      await expect(element).to.be.accessible();
    });
  });
});
