// The signs that a person is about to use something inside an element (base/intent.ts), as the browser gives them:
// a real pointer and real focus, moving from one thing to another inside the element's shadow root, where the
// browser does not pass them on to the element itself.
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import { describe, it } from '../../test/mocha.js';
import { centreOf } from '../../test/sinn-test.js';
import { onIntent } from './intent.js';

class IntentProbe extends LitElement {
  started = 0;

  constructor() {
    super();
    onIntent(this, '.later', () => (this.started += 1));
  }

  protected override render() {
    return html`<button class="now">Jetzt</button> <button class="later">Später</button>`;
  }
}
customElements.define('sinn-test-intent', IntentProbe);

const mount = async (): Promise<IntentProbe> => {
  const element = await fixture<IntentProbe>(testHtml`<sinn-test-intent></sinn-test-intent>`);
  await element.updateComplete;
  return element;
};
const button = (element: IntentProbe, name: 'now' | 'later') => element.shadowRoot!.querySelector<HTMLButtonElement>(`.${name}`)!;

describe('intent (code that comes while the hand moves)', () => {
  it('hears the focus moving onto what it waits for from something else inside the element', async () => {
    const element = await mount();
    button(element, 'now').focus();
    expect(element.started, 'the focus on something else').to.equal(0);
    button(element, 'later').focus();
    expect(element.started).to.equal(1);
  });

  it('hears the pointer moving onto what it waits for from something else inside the element', async () => {
    const element = await mount();
    try {
      await sendMouse({ type: 'move', position: centreOf(button(element, 'now')) });
      expect(element.started, 'the pointer over something else').to.equal(0);
      await sendMouse({ type: 'move', position: centreOf(button(element, 'later')) });
      expect(element.started).to.equal(1);
    } finally {
      await resetMouse();
    }
  });

  it('hears each sign once after the element moved to another place on the page', async () => {
    const element = await mount();
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    try {
      elsewhere.append(element);
      await element.updateComplete;
      button(element, 'later').focus();
      expect(element.started).to.equal(1);
    } finally {
      elsewhere.remove();
    }
  });
});
