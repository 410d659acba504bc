// The map's optional street layer in Chromium, against the real SINN server and a real HTTPS tile server on
// loopback (scripts/lib/tile-server.mjs, named tiles.sinn.test, its self-signed certificate trusted by the tests'
// browser alone): nothing goes to the tile host before the visitor's click, the tiles lie under the districts
// to the pixel, and turning the layer off takes them away.
import { expect, fixture, html } from '@open-wc/testing';
import { toMap } from '@sinn/sdk/geo';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { freshPageEachTest, PROXY, settle, shadowOf, textOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import { catchWarnings } from '../../test/warnings.js';
import './define.js';
import type { SinnInitiativeMap } from './initiative-map.js';
import { leafletStyles } from './leaflet.styles.js';
import { StreetLayer, tilesViewOf } from './street-layer.js';
import { tileSource } from './tile-source.js';

interface TileServer {
  url: string;
  log: string[];
}

const tileServer = (reset = false) => executeServerCommand<TileServer, { reset: boolean }>('sinn-tiles', { reset });
const startNetworkLog = () => executeServerCommand<string[], { start: boolean }>('sinn-network-log', { start: true });
const networkLog = () => executeServerCommand<string[], undefined>('sinn-network-log');

const districts = (element: Element) => [...shadowOf(element).querySelectorAll<SVGGElement>('[part~="region"]')];
const streetsButton = (element: Element) => shadowOf(element).querySelector<HTMLButtonElement>('[part~="streets"]');
const loadedTiles = (element: Element) => [...shadowOf(element).querySelectorAll<HTMLImageElement>('.tiles img.leaflet-tile-loaded')];
const attribution = (element: Element) => shadowOf(element).querySelector<HTMLElement>('[part="attribution"]')!;
const showsMap = (element: Element) => until(() => districts(element).length === 13, 'the 13 districts are drawn');
/** The map, and the street layer's button, whose code comes after the element's for an accepted `tiles`. */
const showsButton = async (element: Element) => {
  await showsMap(element);
  await until(() => streetsButton(element), 'the street layer\'s button');
};
const showsTiles = (element: Element) => until(() => loadedTiles(element).length > 0, 'tiles are drawn', 10_000);

async function mount(template: ReturnType<typeof html>): Promise<SinnInitiativeMap> {
  const found = await fixture<HTMLElement>(template);
  return (found.localName === 'sinn-initiative-map' ? found : found.querySelector('sinn-initiative-map')!) as SinnInitiativeMap;
}

/** The tile server's template and a fresh log of what it was asked. */
async function tiles(): Promise<string> {
  const { url } = await tileServer(true);
  return `${url}/{z}/{x}/{y}.png`;
}

describe('the street layer of <sinn-initiative-map>', () => {
  freshPageEachTest();
  const caught = catchWarnings();

  describe('tile URLs', () => {
    it('takes an https: template with {z}, {x} and {y}, and names its host', () => {
      expect(tileSource('https://tiles.example.org/{z}/{x}/{y}.png')).to.deep.equal({ template: 'https://tiles.example.org/{z}/{x}/{y}.png', host: 'tiles.example.org' });
      expect(tileSource(' https://tiles.example.org:8443/osm/{z}/{x}/{y}.png?key=abc ')).to.deep.equal({
        template: 'https://tiles.example.org:8443/osm/{z}/{x}/{y}.png?key=abc',
        host: 'tiles.example.org',
      });
    });

    it('refuses any other: http: (loopback too), no placeholders, other placeholders, a user name, not a URL', () => {
      for (const refused of [
        'http://tiles.example.org/{z}/{x}/{y}.png',
        'http://localhost:8080/{z}/{x}/{y}.png',
        'http://127.0.0.1/{z}/{x}/{y}.png',
        'javascript:alert(1)//{z}/{x}/{y}',
        'data:image/png;base64,{z}{x}{y}',
        'https://tiles.example.org/tile.png',
        'https://tiles.example.org/{z}/{x}.png',
        'https://{s}.tile.example.org/{z}/{x}/{y}.png',
        'https://tiles.example.org/{z}/{x}/{y}{r}.png',
        'https://user:secret@tiles.example.org/{z}/{x}/{y}.png',
        '//tiles.example.org/{z}/{x}/{y}.png',
        'tiles.example.org/{z}/{x}/{y}.png',
      ]) {
        expect(tileSource(refused), refused).to.equal(undefined);
      }
    });

    it('centres Leaflet on the view and picks the zoom at which a map unit is as wide as the SVG draws it', () => {
      // All of Saxony in 3300 units at 1320 px: 0.4 px a unit, 400 px a degree of longitude; Leaflet's world is
      // 256 × 2^zoom px for 360 degrees.
      const view = tilesViewOf({ x: 0, y: 0, w: 3300, h: 2600 }, { width: 1320, height: 1040 });
      expect(256 * 2 ** view.zoom).to.be.closeTo(400 * 360, 1e-6);
      expect(view.lon).to.be.closeTo(11.8 + 1.65, 1e-9);
      // A wider box than the view: the view's height decides, as with the SVG's "meet".
      expect(tilesViewOf({ x: 0, y: 0, w: 3300, h: 2600 }, { width: 2000, height: 1040 }).zoom).to.be.closeTo(view.zoom, 1e-9);
    });
  });

  describe('consent', () => {
    it('asks nothing of the tile host, nor loads Leaflet, before the click; after it the tiles come from that host alone', async () => {
      const template = await tiles();
      const tileOrigin = new URL(template.replace(/\{\w\}/g, '0')).origin;
      await startNetworkLog();
      const element = await mount(html`<sinn-initiative-map tiles=${template} tiles-attribution="© Kacheln Test"></sinn-initiative-map>`);
      await showsButton(element);
      await settle(300);
      const before = await networkLog();
      expect(before.length).to.be.greaterThan(0);
      const originsBefore = new Set(before.map((url) => new URL(url).origin));
      // The page's own (the test page, its modules) and the SINN server: nothing else.
      expect([...originsBefore].filter((origin) => origin !== location.origin && origin !== new URL(PROXY).origin)).to.deep.equal([]);
      expect(before.filter((url) => url.includes('leaflet'))).to.deep.equal([]);
      expect((await tileServer()).log).to.deep.equal([]);
      expect(shadowOf(element).querySelector('.tiles')).to.equal(null);
      expect(textOf(attribution(element))).to.not.include('Kacheln Test');

      streetsButton(element)!.click();
      await showsTiles(element);
      // DevTools reports to the test runner on a line of its own: wait for the tiles' requests to be told.
      let after: string[] = [];
      await until(async () => {
        after = await networkLog();
        return after.some((url) => url.startsWith(tileOrigin));
      }, 'the tiles\' requests in the log');
      const originsAfter = new Set(after.map((url) => new URL(url).origin));
      expect([...originsAfter].filter((origin) => origin !== location.origin && origin !== new URL(PROXY).origin)).to.deep.equal([tileOrigin]);
      const asked = (await tileServer()).log;
      expect(asked.length).to.be.greaterThan(0);
      expect(asked.every((path) => /^\/\d+\/\d+\/\d+\.png$/.test(path))).to.equal(true);
      expect(textOf(attribution(element))).to.include('© Kacheln Test');
      // Nothing kept: no cookie, no storage; Leaflet's stylesheet in the shadow root, not the page's.
      expect(document.cookie).to.equal('');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect([...document.querySelectorAll('style, link[rel="stylesheet"]')].some((node) => (node.textContent ?? '').includes('leaflet') || (node as HTMLLinkElement).href?.includes('leaflet'))).to.equal(false);
      expect(shadowOf(element).adoptedStyleSheets).to.include(leafletStyles.styleSheet);
    });

    it('refuses a tiles URL that is not https:, with one warning and no button', async () => {
      const { url } = await tileServer(true);
      const insecure = `${url.replace('https:', 'http:')}/{z}/{x}/{y}.png`;
      const element = await mount(html`<sinn-initiative-map tiles=${insecure}></sinn-initiative-map>`);
      await showsMap(element);
      const said = () => caught.warnings.filter(([message]) => typeof message === 'string' && message.includes('<sinn-initiative-map>') && message.includes(insecure));
      // The URL is checked by the streets' code, which comes on its own (import()), on a busy machine after the map.
      await until(() => said().length > 0, 'the warning, once the check of the URL has come');
      element.requestUpdate();
      await element.updateComplete;
      expect(said()).to.have.length(1);
      expect(streetsButton(element)).to.equal(null);
      expect(shadowOf(element).querySelector('.tiles')).to.equal(null);
      await settle(200);
      expect((await tileServer()).log).to.deep.equal([]);
    });

    it('names the host in the button\'s description, and works by keyboard alone: Tab, Enter on, Space off', async () => {
      const template = await tiles();
      const element = await mount(html`<sinn-initiative-map tiles=${template}></sinn-initiative-map>`);
      await showsButton(element);
      const button = streetsButton(element)!;
      expect(textOf(button)).to.equal('Karte mit Straßen laden');
      const note = shadowOf(element).getElementById(button.getAttribute('aria-describedby')!);
      expect(textOf(note)).to.equal('Lädt Kacheln von tiles.sinn.test; dieser Server erfährt dabei Ihre IP-Adresse und die Adresse dieser Website.');
      // From the districts' one tab stop (no district chosen, so the points are not in the tab order), past the
      // outlines' source, to the button.
      districts(element).find((shape) => shape.getAttribute('tabindex') === '0')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadowOf(element).activeElement === attribution(element).querySelector('a'), 'the attribution is next').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(shadowOf(element).activeElement === button, 'then the button').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await showsTiles(element);
      expect(shadowOf(element).activeElement === streetsButton(element), 'the focus stays on the button').to.equal(true);
      expect(textOf(streetsButton(element))).to.equal('Straßen ausblenden');
      await sendKeys({ press: 'Space' });
      await until(() => !shadowOf(element).querySelector('.tiles'), 'the tiles are gone');
      expect(textOf(streetsButton(element))).to.equal('Karte mit Straßen laden');
      expect(shadowOf(element).activeElement === streetsButton(element), 'and on it when they are gone').to.equal(true);
    });

    it('speaks English with lang="en"', async () => {
      const template = await tiles();
      const element = await mount(html`<sinn-initiative-map lang="en" tiles=${template}></sinn-initiative-map>`);
      await showsButton(element);
      const button = streetsButton(element)!;
      expect(textOf(button)).to.equal('Load map with streets');
      expect(textOf(shadowOf(element).getElementById('streets-note'))).to.equal('Loads tiles from tiles.sinn.test, which then learns your IP address and this website\'s address.');
      button.click();
      await showsTiles(element);
      // As the note says: each tile's request names the site (its origin, never the page's path) to the tile host.
      expect(loadedTiles(element).every((tile) => tile.referrerPolicy === 'strict-origin')).to.equal(true);
      expect(textOf(streetsButton(element))).to.equal('Hide streets');
    });
  });

  describe('the tiles', () => {
    it('lie under the districts: each place\'s point is drawn where its tile puts its coordinates, to 1.5 px', async () => {
      const template = await tiles();
      const element = await mount(html`<div style="width: 900px"><sinn-initiative-map tiles=${template}></sinn-initiative-map></div>`);
      await showsButton(element);
      streetsButton(element)!.click();
      await showsTiles(element);
      // Every tile Leaflet placed has come (those under each place among them).
      await until(() => shadowOf(element).querySelectorAll('.tiles img.leaflet-tile:not(.leaflet-tile-loaded)').length === 0, 'all the tiles');
      const places = [...shadowOf(element).querySelectorAll<SVGGElement>('[part="point"], [part="cluster"]')];
      expect(places.length).to.be.greaterThan(5);
      let compared = 0;
      for (const place of places) {
        // A cluster of places merged stands where its first (biggest) place is.
        const [lon, lat] = (place.dataset.place ?? place.dataset.places!.split(' ')[0]!).split(',').map(Number) as [number, number];
        // Where the tile scheme puts the place: which tile of the zoom Leaflet asked for, and where in it.
        const zoom = Number(/\/(\d+)\/\d+\/\d+\.png$/.exec(loadedTiles(element)[0]!.src)![1]);
        const n = 2 ** zoom;
        const tileX = ((lon + 180) / 360) * n;
        const tileY = ((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * n;
        const tile = loadedTiles(element).find((image) => image.src.endsWith(`/${zoom}/${Math.floor(tileX)}/${Math.floor(tileY)}.png`));
        if (!tile) continue;
        const box = tile.getBoundingClientRect();
        const expected = { x: box.left + (tileX % 1) * box.width, y: box.top + (tileY % 1) * box.height };
        const circle = place.querySelector('circle')!.getBoundingClientRect();
        expect(circle.left + circle.width / 2, place.dataset.place).to.be.closeTo(expected.x, 1.5);
        expect(circle.top + circle.height / 2, place.dataset.place).to.be.closeTo(expected.y, 1.5);
        compared += 1;
      }
      expect(compared).to.equal(places.length);
    });

    it('follow() keeps Leaflet on any view of the SVG: Leipzig at the pixel latLngToContainerPoint gives', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const container = document.createElement('div');
      container.style.cssText = 'position: relative; width: 600px; height: 400px';
      root.append(container);
      const { url } = await tileServer(true);
      const layer = new StreetLayer(tileSource(`${url}/{z}/{x}/{y}.png`)!, root, (error) => {
        throw error;
      });
      // A view around Leipzig, wider than the box: drawn as "meet", 400 / 300 px a unit.
      const view = { x: 300, y: 1000, w: 900, h: 500 };
      layer.follow(view);
      await layer.attach(container);
      const leipzig = { lon: 12.3747, lat: 51.3397 };
      const [x, y] = toMap(leipzig.lon, leipzig.lat);
      const scale = Math.min(600 / view.w, 400 / view.h);
      const svgPixel = { x: 300 + (x - (view.x + view.w / 2)) * scale, y: 200 + (y - (view.y + view.h / 2)) * scale };
      const leafletPixel = layer.tiles!.pixelOf(leipzig.lat, leipzig.lon);
      expect(leafletPixel.x).to.be.closeTo(svgPixel.x, 1);
      expect(leafletPixel.y).to.be.closeTo(svgPixel.y, 1);
      // Zoomed in further (as the map's own zoom will): still on the pixel.
      const closer = { x: 500, y: 1200, w: 300, h: 200 };
      layer.follow(closer);
      const near = Math.min(600 / closer.w, 400 / closer.h);
      const moved = layer.tiles!.pixelOf(leipzig.lat, leipzig.lon);
      expect(moved.x).to.be.closeTo(300 + (x - (closer.x + closer.w / 2)) * near, 1);
      expect(moved.y).to.be.closeTo(200 + (y - (closer.y + closer.h / 2)) * near, 1);
      await layer.attach(undefined);
      expect(container.querySelector('.leaflet-pane')).to.equal(null);
    });

    it('turning the layer off removes the tiles, and nothing more is asked of the tile host', async () => {
      const template = await tiles();
      const element = await mount(html`<sinn-initiative-map tiles=${template} tiles-attribution="© Kacheln Test"></sinn-initiative-map>`);
      await showsButton(element);
      streetsButton(element)!.click();
      await showsTiles(element);
      // Every tile has come, so that none is on its way to the tile server when the layer goes.
      await until(() => shadowOf(element).querySelectorAll('.tiles img.leaflet-tile:not(.leaflet-tile-loaded)').length === 0, 'all the tiles');
      expect(shadowOf(element).querySelector('.frame')!.classList.contains('streets')).to.equal(true);
      streetsButton(element)!.click();
      await element.updateComplete;
      expect(shadowOf(element).querySelector('.tiles')).to.equal(null);
      expect(shadowOf(element).querySelectorAll('img').length).to.equal(0);
      expect(shadowOf(element).querySelector('.frame')!.classList.contains('streets')).to.equal(false);
      expect(textOf(attribution(element))).to.not.include('Kacheln Test');
      await tileServer(true);
      await settle(300);
      expect((await tileServer()).log).to.deep.equal([]);
    });

    it('the list takes the tiles away, and the map brings them back while the choice stands', async () => {
      const template = await tiles();
      const element = await mount(html`<sinn-initiative-map tiles=${template}></sinn-initiative-map>`);
      await showsButton(element);
      streetsButton(element)!.click();
      await showsTiles(element);
      const toggle = shadowOf(element).querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      toggle.click();
      await until(() => shadowOf(element).querySelector('[part="list"]'), 'the list');
      expect(shadowOf(element).querySelector('.tiles')).to.equal(null);
      toggle.click();
      await showsMap(element);
      await showsTiles(element);
    });

    it('a new tiles host turns the layer off: the visitor chose the other one', async () => {
      const template = await tiles();
      const element = await mount(html`<sinn-initiative-map tiles=${template}></sinn-initiative-map>`);
      await showsButton(element);
      streetsButton(element)!.click();
      await showsTiles(element);
      element.tiles = template.replace('tiles.sinn.test', 'andere.sinn.test');
      await element.updateComplete;
      expect(shadowOf(element).querySelector('.tiles')).to.equal(null);
      await until(() => textOf(shadowOf(element).getElementById('streets-note')).includes('andere.sinn.test'), 'the button for the new host');
      expect(textOf(streetsButton(element))).to.equal('Karte mit Straßen laden');
      expect(textOf(shadowOf(element).getElementById('streets-note'))).to.include('andere.sinn.test');
    });

    it('fits 320 px with the button, and with the tiles on', async () => {
      const template = await tiles();
      const element = await mount(html`<div style="width: 320px"><sinn-initiative-map tiles=${template} tiles-attribution="© Kacheln Test"></sinn-initiative-map></div>`);
      await showsButton(element);
      expect(element.scrollWidth).to.be.at.most(320);
      expect(streetsButton(element)!.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right);
      streetsButton(element)!.click();
      await showsTiles(element);
      expect(element.scrollWidth).to.be.at.most(320);
      const svg = shadowOf(element).querySelector('svg')!.getBoundingClientRect();
      const layer = shadowOf(element).querySelector('.tiles')!.getBoundingClientRect();
      expect([layer.left, layer.top, layer.width, layer.height]).to.deep.equal([svg.left, svg.top, svg.width, svg.height]);
    });

    it('shows markup in tiles-attribution as text', async () => {
      const template = await tiles();
      const evil = '<img src=x onerror="window.__sinnTilesXss=1">© <b>Böse</b>';
      const element = await mount(html`<sinn-initiative-map tiles=${template} tiles-attribution=${evil}></sinn-initiative-map>`);
      await showsButton(element);
      streetsButton(element)!.click();
      await showsTiles(element);
      expect(textOf(attribution(element))).to.include(evil);
      expect(attribution(element).querySelector('img, b')).to.equal(null);
      await settle(100);
      expect((window as { __sinnTilesXss?: number }).__sinnTilesXss).to.equal(undefined);
    });

    it('carries Leaflet\'s own stylesheet, rule for rule', async () => {
      const installed = new CSSStyleSheet();
      installed.replaceSync(await (await fetch('/node_modules/leaflet/dist/leaflet.css')).text());
      const rules = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((rule) => rule.cssText);
      expect(rules(installed).length).to.be.greaterThan(50);
      expect(rules(leafletStyles.styleSheet!)).to.deep.equal(rules(installed));
    });
  });

  describe('accessibility (axe-core finds nothing)', () => {
    for (const lang of ['de', 'en']) {
      it(`with the button (${lang})`, async () => {
        const element = await mount(html`<sinn-initiative-map lang=${lang} tiles=${await tiles()}></sinn-initiative-map>`);
        await showsButton(element);
        await until(() => streetsButton(element), 'the button');
        await expect(element).to.be.accessible();
      });

      it(`with the tiles on (${lang})`, async () => {
        const element = await mount(html`<sinn-initiative-map lang=${lang} tiles=${await tiles()} tiles-attribution="© Test"></sinn-initiative-map>`);
        await showsButton(element);
        streetsButton(element)!.click();
        await showsTiles(element);
        await expect(element).to.be.accessible();
      });
    }
  });
});
