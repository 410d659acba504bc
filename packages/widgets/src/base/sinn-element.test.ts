import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { catalog } from '../i18n/i18n.js';
import { SinnElement, type ReloadableController } from './sinn-element.js';
import { afterEach, beforeEach, describe, it } from '../../test/mocha.js';
import { shadowOf, until } from '../../test/sinn-test.js';

// An element's strings come in its language before it renders; where they cannot come, the platform link stays.

let offline = true;
const fetched: string[] = [];
const greetings = catalog<'hello'>({
  de: () => (fetched.push('de'), offline ? Promise.reject(new Error('offline')) : Promise.resolve({ hello: 'Hallo' })),
  en: () => (fetched.push('en'), Promise.resolve({ hello: 'Hello' })),
});

class Greeting extends SinnElement {
  static override catalogs = [...SinnElement.catalogs, greetings];
  override render() {
    return html`<p>${greetings(this.language, 'hello')}</p>`;
  }
}
customElements.define('sinn-test-greeting', Greeting);

describe('the strings of an element', () => {
  it('renders in English once the English strings are here, fetching no German', async () => {
    const element = document.createElement('sinn-test-greeting') as Greeting;
    element.lang = 'en';
    document.body.append(element);
    await element.updateComplete;
    expect(shadowOf(element).querySelector('p')?.textContent).to.equal('Hello');
    expect(fetched).to.deep.equal(['en']);
    element.remove();
  });

  it('keeps its fallback link in sight from its definition until its strings are here', async () => {
    let arrive!: (strings: { hello: string }) => void;
    const slow = catalog<'hello'>({ de: () => new Promise((resolve) => (arrive = resolve)), en: () => Promise.resolve({ hello: 'Hello' }) });
    class Slow extends SinnElement {
      static override catalogs = [...SinnElement.catalogs, slow];
      override render() {
        return html`<p>${slow(this.language, 'hello')}</p>`;
      }
    }
    customElements.define('sinn-test-slow-greeting', Slow);
    const element = document.createElement('sinn-test-slow-greeting') as Slow;
    element.lang = 'de';
    element.innerHTML = '<a href="https://sinn-sachsen.de/">Soziale Innovationen auf sinn-sachsen.de</a>';
    document.body.append(element);
    try {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const slot = shadowOf(element).querySelector('slot');
      expect(slot, 'the light DOM shows through while the strings are on their way').to.not.equal(null);
      expect(slot!.assignedNodes().map((node) => node.textContent).join('')).to.contain('sinn-sachsen.de');
      expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
      arrive({ hello: 'Hallo' });
      await until(() => shadowOf(element).querySelector('p') !== null, 'the element speaks');
      expect(shadowOf(element).querySelector('p')?.textContent).to.equal('Hallo');
      expect(shadowOf(element).querySelector('slot')).to.equal(null);
    } finally {
      element.remove();
    }
  });

  it('shows its fallback link when its strings cannot be fetched, and speaks once they can', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    const element = document.createElement('sinn-test-greeting') as Greeting;
    element.lang = 'de';
    element.innerHTML = '<a href="https://sinn-sachsen.de/">Soziale Innovationen auf sinn-sachsen.de</a>';
    try {
      document.body.append(element);
      await until(() => errors.length > 0, 'the failure is reported');
      await element.updateComplete;
      expect(String(errors[0]![0])).to.contain('<sinn-test-greeting>');
      const slot = shadowOf(element).querySelector('slot');
      expect(slot, 'the light DOM shows through').to.not.equal(null);
      expect(slot!.assignedNodes().map((node) => node.textContent).join('')).to.contain('sinn-sachsen.de');
      expect(element.getBoundingClientRect().height).to.be.greaterThan(0);

      offline = false;
      element.requestUpdate();
      await element.updateComplete;
      await element.updateComplete;
      expect(shadowOf(element).querySelector('p')?.textContent).to.equal('Hallo');
      expect(shadowOf(element).querySelector('slot')).to.equal(null);
    } finally {
      console.error = original;
      element.remove();
    }
  });
});

// The render-error boundary: an answer that breaks a template (nothing parses answers on the widgets' read path)
// ends in the element's error state with a retry that reloads, never in an exception thrown at the page.

interface Person {
  name: { first: string };
}

class Fragile extends SinnElement {
  static override properties = { ...SinnElement.properties, person: { attribute: false } };
  declare person: Person;
  reloads = 0;
  /** What the next reload brings. */
  next: Person = { name: { first: 'Ada' } };

  constructor() {
    super();
    this.person = { name: { first: 'Grace' } };
    this.addController({ hostReload: () => ((this.reloads += 1), (this.person = this.next)) } as ReloadableController);
  }

  override render() {
    return html`<p>${this.person.name.first}</p>
      <button>Weiter</button>`;
  }
}
customElements.define('sinn-test-fragile', Fragile);

describe('an answer that breaks a render', () => {
  const uncaught: unknown[] = [];
  const said: unknown[][] = [];
  const onRejection = (event: PromiseRejectionEvent) => void uncaught.push(event.reason);
  const onError = (event: ErrorEvent) => void uncaught.push(event.error);
  let original: typeof console.error;
  let element: Fragile;
  beforeEach(async () => {
    uncaught.length = 0;
    said.length = 0;
    original = console.error;
    console.error = (...args: unknown[]) => void said.push(args);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    element = document.createElement('sinn-test-fragile') as Fragile;
    document.body.append(element);
    await element.updateComplete;
  });
  afterEach(() => {
    element.remove();
    console.error = original;
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
  });
  const text = () => (shadowOf(element).textContent ?? '').replace(/\s+/g, ' ').trim();

  it('shows the error state in place of the whole view, says so once, and throws nothing at the page', async () => {
    expect(text()).to.equal('Grace Weiter');
    element.person = {} as Person;
    expect(await element.updateComplete, 'the update completes').to.equal(true);
    expect(text()).to.equal('Die Daten konnten nicht geladen werden. Die Antwort des SINN-Servers ließ sich nicht darstellen. Erneut versuchen');
    element.requestUpdate();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(said, 'said once, though it failed twice').to.have.length(1);
    expect(String(said[0]![0])).to.contain('<sinn-test-fragile>');
    expect(said[0]![1]).to.be.instanceOf(TypeError);
    expect(uncaught).to.deep.equal([]);
  });

  it('reloads with its retry, and the view takes the error state\'s place', async () => {
    element.person = { name: null } as unknown as Person;
    await element.updateComplete;
    shadowOf(element).querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await element.updateComplete;
    expect(element.reloads).to.equal(1);
    expect(text()).to.equal('Ada Weiter');
    expect(shadowOf(element).querySelector('[part~="retry"]')).to.equal(null);
  });

  it('errs again when the reload brings the same answer', async () => {
    element.next = {} as Person;
    element.person = {} as Person;
    await element.updateComplete;
    shadowOf(element).querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await element.updateComplete;
    expect(element.reloads).to.equal(1);
    expect(shadowOf(element).querySelector('button[part~="retry"]')).to.not.equal(null);
    expect(said).to.have.length(1);
    expect(uncaught).to.deep.equal([]);
  });

  it('puts the focus on the retry where it was inside the element', async () => {
    shadowOf(element).querySelector('button')!.focus();
    element.person = {} as Person;
    await element.updateComplete;
    expect(shadowOf(element).activeElement).to.equal(shadowOf(element).querySelector('button[part~="retry"]'));
  });
});

// Elements defined at one moment are drawn in one frame (drawn-together.ts): one whose first render waits for code
// (a filter bar's) holds the others defined with it, so that none is drawn and then pushed down by one above it.

/** A tag whose elements with `waits` wait for `code` before their first render; defined once both are on the page. */
function defineTogether(tag: string, code: Promise<void>): { frames: Map<Element, number> } {
  let here = false;
  code.then(
    () => (here = true),
    () => undefined,
  );
  const frames = new Map<Element, number>();
  customElements.define(
    tag,
    class extends SinnElement {
      protected override codeToWaitFor(): Promise<void> | null {
        return this.hasAttribute('waits') && !here ? code : null;
      }
      override render() {
        return html`<p>${this.localName}</p>`;
      }
      override firstUpdated() {
        frames.set(this, frame);
      }
    },
  );
  return { frames };
}

let frame = 0;
const countFrames = () => {
  frame += 1;
  requestAnimationFrame(countFrames);
};
requestAnimationFrame(countFrames);

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('elements defined together', () => {
  const drawn = (element: Element) => shadowOf(element).querySelector('p') !== null;
  const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  it('draws none of them while one waits for its code, then all in one frame', async () => {
    const code = deferred();
    document.body.insertAdjacentHTML('beforeend', '<sinn-test-together-a waits></sinn-test-together-a><sinn-test-together-a></sinn-test-together-a>');
    const [waiting, ready] = [...document.querySelectorAll('sinn-test-together-a')] as SinnElement[];
    try {
      const { frames } = defineTogether('sinn-test-together-a', code.promise);
      await nextFrames();
      await nextFrames();
      expect(drawn(ready!), 'the one with nothing to wait for waits too').to.equal(false);
      code.resolve();
      await ready!.updateComplete;
      await waiting!.updateComplete;
      expect(drawn(waiting!) && drawn(ready!)).to.equal(true);
      expect(frames.get(ready!)).to.equal(frames.get(waiting!));
    } finally {
      waiting!.remove();
      ready!.remove();
    }
  });

  it('draws the others once the code could not come, and the one that waited shows its link', async () => {
    const code = deferred();
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    document.body.insertAdjacentHTML('beforeend', '<sinn-test-together-b waits><a href="https://sinn-sachsen.de/">SINN</a></sinn-test-together-b><sinn-test-together-b></sinn-test-together-b>');
    const [waiting, ready] = [...document.querySelectorAll('sinn-test-together-b')] as SinnElement[];
    try {
      defineTogether('sinn-test-together-b', code.promise);
      code.reject(new Error('offline'));
      await until(() => drawn(ready!), 'the other is drawn');
      await waiting!.updateComplete;
      expect(shadowOf(waiting!).querySelector('slot'), 'the link shows through').to.not.equal(null);
      expect(String(errors[0]![0])).to.contain('<sinn-test-together-b>');
    } finally {
      console.error = original;
      waiting!.remove();
      ready!.remove();
    }
  });

  it('draws an element defined later without waiting for those before it', async () => {
    const code = deferred();
    document.body.insertAdjacentHTML('beforeend', '<sinn-test-together-c waits></sinn-test-together-c>');
    const waiting = document.querySelector('sinn-test-together-c') as SinnElement;
    try {
      defineTogether('sinn-test-together-c', code.promise);
      await nextFrames();
      const later = document.createElement('sinn-test-together-c') as SinnElement;
      document.body.append(later);
      await later.updateComplete;
      expect(drawn(later)).to.equal(true);
      expect(drawn(waiting)).to.equal(false);
      later.remove();
      code.resolve();
      await waiting.updateComplete;
      expect(drawn(waiting)).to.equal(true);
    } finally {
      waiting.remove();
    }
  });
});
