// The map's code that comes on demand (the lists with the opening of a cluster, the hint to zoom with Ctrl) when
// it does not come: the network gone after the map was drawn. A file of its own, since a page that has once
// loaded a module keeps it: the hint's test first, before any focus on the map (which asks for the hint's code).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { freshPageEachTest, shadowOf, textOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import { catchWarnings } from '../../test/warnings.js';
import './define.js';
import type { SinnInitiativeMap } from './initiative-map.js';

const placeCluster = (element: Element) => shadowOf(element).querySelector<SVGGElement>('[part="cluster"][data-place]')!;
const placeEntries = (element: Element) => [...shadowOf(element).querySelectorAll<HTMLButtonElement>('[part="place"] .entry')];
const errorBox = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.state.error');
const hint = (element: Element) => shadowOf(element).querySelector<HTMLElement>('[part="hint"]');
const svgOf = (element: Element) => shadowOf(element).querySelector<SVGSVGElement>('svg[part="map"]')!;

async function drawn(template: ReturnType<typeof html>): Promise<SinnInitiativeMap> {
  const element = await fixture<SinnInitiativeMap>(template);
  await until(() => shadowOf(element).querySelectorAll('[part~="region"]').length === 13, 'the 13 districts are drawn');
  await element.updateComplete;
  return element;
}

async function offline<T>(urls: string[], run: () => Promise<T>): Promise<T> {
  await executeServerCommand('sinn-unreachable', { urls });
  try {
    return await run();
  } finally {
    await executeServerCommand('sinn-unreachable', { urls: [] });
  }
}

describe('<sinn-initiative-map>, its code on demand offline', () => {
  freshPageEachTest();
  const caught = catchWarnings();

  it('a plain wheel while the hint cannot come says so on the console; the next, online, shows the hint', async () => {
    const element = await drawn(html`<sinn-initiative-map></sinn-initiative-map>`);
    const wheel = () => new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true });
    await offline(['*/initiative-map/map-hint.*'], async () => {
      const plain = wheel();
      svgOf(element).dispatchEvent(plain);
      expect(plain.defaultPrevented).to.equal(false);
      await until(() => caught.warnings.some(([message]) => String(message).includes('the hint to zoom could not be loaded')), 'the failure is said');
      await element.updateComplete;
      expect(hint(element)).to.equal(null);
    });
    svgOf(element).dispatchEvent(wheel());
    await until(() => hint(element), 'the hint shows');
    expect(textOf(hint(element))).to.match(/^(Strg|⌘) \+ Mausrad zum Zoomen$/);
    await until(() => !hint(element), 'the hint goes');
  });

  it('a cluster opened by keyboard while the lists cannot come shows that it loads, then the failure with a retry that opens it', async () => {
    const element = await drawn(html`<sinn-initiative-map region="leipzig"></sinn-initiative-map>`);
    const cluster = placeCluster(element);
    await offline(['*/initiative-map/lists.*'], async () => {
      cluster.focus();
      const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
      cluster.dispatchEvent(enter);
      expect(enter.defaultPrevented).to.equal(true);
      expect(cluster.hasAttribute('data-opening'), 'the cluster shows that it loads').to.equal(true);
      // Seen, not only marked: an SVG shape draws no background, so it pulses whole.
      expect(getComputedStyle(cluster).animationName).to.equal('sinn-pulse');
      await until(() => errorBox(element), 'the failure is shown');
      // The focus was on the cluster: it goes to the retry, which comes into view with it.
      await until(() => shadowOf(element).activeElement === errorBox(element)!.querySelector('[part~="retry"]'), 'the focus on the retry');
      expect(cluster.hasAttribute('data-opening')).to.equal(false);
      expect(textOf(errorBox(element))).to.contain('Der SINN-Server ist gerade nicht erreichbar.');
      expect(errorBox(element)!.getAttribute('role')).to.equal('alert');
      expect(placeEntries(element)).to.deep.equal([]);
      expect(caught.warnings.filter(([message]) => String(message).includes('the list could not be loaded'))).to.have.length.at.least(1);
    });
    // The retry, by keyboard, brings the lists and opens the place, the focus on its first initiative.
    await sendKeys({ press: 'Enter' });
    await until(() => placeEntries(element).length > 0, 'the place lists its initiatives');
    expect(placeEntries(element)).to.have.length(Number(textOf(cluster.querySelector('text'))));
    await until(() => shadowOf(element).activeElement === placeEntries(element)[0], 'the focus on the first initiative');
    expect(errorBox(element)).to.equal(null);
  });

  it('what was pressed shows that it loads while the lists come', async () => {
    const element = await drawn(html`<sinn-initiative-map></sinn-initiative-map>`);
    const toggle = shadowOf(element).querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    toggle.click();
    // The button says it loads until they are here (a promise's turn at least, where they came before).
    expect(toggle.hasAttribute('data-opening')).to.equal(true);
    await until(() => shadowOf(element).querySelector('[part="list"]'), 'the list shows');
    expect(toggle.hasAttribute('data-opening')).to.equal(false);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  });
});
