// The list's button pressed while the lists' code cannot come (the network gone after the map was drawn), and
// where the focus goes. A file of its own, as on-demand-offline.test.ts is: a page that has once loaded a module
// keeps it, and there the lists come with a cluster's retry.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { freshPageEachTest, shadowOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import { catchWarnings } from '../../test/warnings.js';
import './define.js';
import type { SinnInitiativeMap } from './initiative-map.js';

const errorBox = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.state.error');

describe('<sinn-initiative-map>, its list offline', () => {
  freshPageEachTest();
  catchWarnings();

  it("the list's button pressed while the lists cannot come: the focus goes to the retry, and back to the button once the list shows", async () => {
    const element = await fixture<SinnInitiativeMap>(html`<sinn-initiative-map></sinn-initiative-map>`);
    await until(() => shadowOf(element).querySelectorAll('[part~="region"]').length === 13, 'the 13 districts are drawn');
    const toggle = shadowOf(element).querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    await executeServerCommand('sinn-unreachable', { urls: ['*/initiative-map/lists.*'] });
    try {
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => errorBox(element), 'the failure is shown');
      await until(() => shadowOf(element).activeElement === errorBox(element)!.querySelector('[part~="retry"]'), 'the focus on the retry');
    } finally {
      await executeServerCommand('sinn-unreachable', { urls: [] });
    }
    await sendKeys({ press: 'Enter' });
    await until(() => shadowOf(element).querySelector('[part="list"]'), 'the list shows');
    await until(() => shadowOf(element).activeElement === toggle, "the focus back on the list's button");
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(errorBox(element)).to.equal(null);
  });
});
