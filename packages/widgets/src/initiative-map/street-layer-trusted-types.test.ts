// The street layer under Trusted Types as the README has a partner allow them (`require-trusted-types-for 'script';
// trusted-types lit-html`): Leaflet writes HTML without a policy and does not load, and the visitor who pressed the
// button is told so where they look. A file of its own, since a page keeps the policy its <meta> set.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { freshPageEachTest, shadowOf, textOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import { catchWarnings } from '../../test/warnings.js';
import './define.js';
import type { SinnInitiativeMap } from './initiative-map.js';

describe('the street layer of <sinn-initiative-map> under Trusted Types', () => {
  freshPageEachTest();
  const caught = catchWarnings();

  for (const [lang, failed] of [
    ['de', 'Die Karte mit Straßen konnte nicht geladen werden.'],
    ['en', 'The map with streets could not be loaded.'],
  ] as const) {
    it(`says by the button, visibly, that the streets could not be loaded, and announces it (${lang})`, async () => {
      if (!document.querySelector('meta[http-equiv="Content-Security-Policy"]')) {
        const policy = document.createElement('meta');
        policy.httpEquiv = 'Content-Security-Policy';
        policy.content = "require-trusted-types-for 'script'; trusted-types lit-html";
        document.head.append(policy);
      }
      const { url } = await executeServerCommand<{ url: string; log: string[] }, { reset: boolean }>('sinn-tiles', { reset: true });
      const element = await fixture<SinnInitiativeMap>(html`<sinn-initiative-map lang=${lang} tiles=${`${url}/{z}/{x}/{y}.png`}></sinn-initiative-map>`);
      const root = shadowOf(element);
      const button = () => root.querySelector<HTMLButtonElement>('[part~="streets"]');
      await until(button, 'the button');
      button()!.click();
      const status = () => textOf(root.querySelector('section > [role="status"]'));
      await until(() => status().startsWith(failed), 'the failure is announced');
      await element.updateComplete;
      const line = root.querySelector<HTMLElement>('.streets-control [part~="error"]');
      expect(textOf(line)).to.equal(failed);
      expect(line!.checkVisibility(), 'the line is seen').to.equal(true);
      expect(line!.getBoundingClientRect().height).to.be.greaterThan(0);
      // Heard again on the button, and gone at the next press.
      expect(button()!.getAttribute('aria-describedby')!.split(' ')).to.include(line!.id);
      expect(root.querySelector('.tiles')).to.equal(null);
      // For the reason the README gives: Leaflet's HTML, which Trusted Types refuse.
      const warned = caught.warnings.filter(([message]) => String(message).includes('street layer could not be loaded'));
      expect(warned.some(([, error]) => String(error).includes('TrustedHTML'))).to.equal(true);
      button()!.click();
      await element.updateComplete;
      expect(root.querySelector('.streets-control [part~="error"]')).to.equal(null);
    });
  }
});
