// The street layer under the Content-Security-Policy the README asks of a partner: img-src names the tile host
// and no data: URLs. A file of its own, since a page keeps the policy its <meta> set for the rest of its life.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { freshPageEachTest, settle, shadowOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import './define.js';
import type { SinnInitiativeMap } from './initiative-map.js';

describe('the street layer of <sinn-initiative-map> under a strict img-src', () => {
  freshPageEachTest();

  it('zooms and turns the streets off without a CSP violation: no tile ever gets a data: URL', async () => {
    const { url } = await executeServerCommand<{ url: string; log: string[] }, { reset: boolean }>('sinn-tiles', { reset: true });
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = `img-src 'self' ${url}`;
    document.head.append(policy);
    const violations: string[] = [];
    const record = (event: SecurityPolicyViolationEvent) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
    document.addEventListener('securitypolicyviolation', record);
    const element = await fixture<SinnInitiativeMap>(html`<sinn-initiative-map tiles=${`${url}/{z}/{x}/{y}.png`}></sinn-initiative-map>`);
    const root = shadowOf(element);
    // Every src a tile is given, also of tiles Leaflet takes out of the page at once.
    const dataSources: string[] = [];
    const sources = new MutationObserver((records) => {
      for (const { target } of records) {
        const src = (target as Element).getAttribute('src');
        if (src?.startsWith('data:')) dataSources.push(src);
      }
    });
    sources.observe(root, { subtree: true, attributeFilter: ['src'] });
    try {
      await until(() => root.querySelector('[part~="streets"]'), 'the street layer\'s button');
      root.querySelector<HTMLButtonElement>('[part~="streets"]')!.click();
      await until(() => root.querySelector('.tiles img.leaflet-tile-loaded'), 'tiles are drawn', 10_000);
      // Zoomed in while tiles are on their way (Leaflet aborts them) and once they have come (it removes them).
      const zoomIn = root.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!;
      for (let step = 0; step < 3; step += 1) {
        zoomIn.click();
        await settle(20);
      }
      await until(() => root.querySelectorAll('.tiles img.leaflet-tile:not(.leaflet-tile-loaded)').length === 0, 'the tiles of the last zoom');
      root.querySelector<HTMLButtonElement>('[part~="streets"]')!.click();
      await until(() => !root.querySelector('.tiles'), 'the tiles are gone');
      await settle(300);
      expect(violations).to.deep.equal([]);
      expect(dataSources).to.deep.equal([]);
    } finally {
      sources.disconnect();
      document.removeEventListener('securitypolicyviolation', record);
    }
  });
});
