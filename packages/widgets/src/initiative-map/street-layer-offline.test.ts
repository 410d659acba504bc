// The street layer when Leaflet's code does not come (the network gone at the click): said, and the button offered
// again. A file of its own, since a page that has once loaded that module keeps it.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { freshPageEachTest, shadowOf, textOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import { catchWarnings } from '../../test/warnings.js';
import './define.js';
import type { SinnInitiativeMap } from './initiative-map.js';

describe('the street layer of <sinn-initiative-map>, offline', () => {
  freshPageEachTest();
  const caught = catchWarnings();

  it('says that the streets could not be loaded, and offers the button again', async () => {
    const { url, log } = await executeServerCommand<{ url: string; log: string[] }, { reset: boolean }>('sinn-tiles', { reset: true });
    expect(log).to.deep.equal([]);
    const element = await fixture<SinnInitiativeMap>(html`<sinn-initiative-map tiles=${`${url}/{z}/{x}/{y}.png`}></sinn-initiative-map>`);
    await until(() => shadowOf(element).querySelector('[part~="streets"]'), 'the button');
    await executeServerCommand('sinn-unreachable', { urls: ['*leaflet*'] });
    try {
      shadowOf(element).querySelector<HTMLButtonElement>('[part~="streets"]')!.click();
      const status = () => textOf(shadowOf(element).querySelector('section > [role="status"]'));
      await until(() => status().startsWith('Die Karte mit Straßen konnte nicht geladen werden.'), 'the failure is said');
      await element.updateComplete;
      expect(shadowOf(element).querySelector('.tiles')).to.equal(null);
      expect(textOf(shadowOf(element).querySelector('[part~="streets"]'))).to.equal('Karte mit Straßen laden');
      expect(textOf(shadowOf(element).querySelector('.streets-control [part~="error"]'))).to.equal('Die Karte mit Straßen konnte nicht geladen werden.');
      expect(caught.warnings.filter(([message]) => String(message).includes('street layer could not be loaded'))).to.have.length(1);
    } finally {
      await executeServerCommand('sinn-unreachable', { urls: [] });
    }
  });
});
