import { expect } from '@open-wc/testing';
import type { Initiative } from '@sinn/sdk';
import { defineElement } from './define.js';
import { describe, it } from '../../test/mocha.js';
import { catchWarnings } from '../../test/warnings.js';

describe('defineElement', () => {
  const caught = catchWarnings();

  it('registers a tag once; a second definition of the same class is quietly ignored', () => {
    class First extends HTMLElement {}
    defineElement('sinn-define-test-a', First);
    expect(() => defineElement('sinn-define-test-a', First)).to.not.throw();
    expect(customElements.get('sinn-define-test-a')).to.equal(First);
    expect(caught.warnings).to.have.length(0);
  });

  it('does not throw when a tag is already taken by another definition', () => {
    class Other extends HTMLElement {}
    customElements.define('sinn-define-test-b', Other);
    expect(() => defineElement('sinn-define-test-b', class extends HTMLElement {})).to.not.throw();
    expect(customElements.get('sinn-define-test-b')).to.equal(Other);
    expect(caught.warnings).to.have.length(1);
    expect(String(caught.warnings[0]![0])).to.contain('<sinn-define-test-b>');
  });

  // The elements' files declare their events on HTMLElementEventMap, DocumentEventMap and WindowEventMap (tsc checks
  // the types here: without those declarations `event.detail` is no property of an Event).
  it('types the events where they bubble to: the document and the window', () => {
    const heard: string[] = [];
    const onDocument = (event: DocumentEventMap['sinn-initiative-select']) => heard.push(`document ${event.detail.initiative.slug}`);
    const onWindow = (event: WindowEventMap['sinn-initiative-select']) => heard.push(`window ${event.detail.initiative.slug}`);
    document.addEventListener('sinn-initiative-select', onDocument);
    window.addEventListener('sinn-initiative-select', onWindow);
    const typed = () => {
      document.addEventListener('sinn-event-select', (event) => event.detail.event.slug);
      document.addEventListener('sinn-mentor-select', (event) => event.detail.mentor.slug);
      document.addEventListener('sinn-join-success', (event) => event.detail);
      window.addEventListener('sinn-survey-submit', (event) => event.detail);
      // @ts-expect-error: the detail is typed, on the document too
      document.addEventListener('sinn-initiative-select', (event) => event.detail.noSuchField);
      // @ts-expect-error: and on the window
      window.addEventListener('sinn-join-submit', (event) => event.detail.noSuchField);
    };
    try {
      const element = document.body.appendChild(document.createElement('div'));
      element.dispatchEvent(new CustomEvent('sinn-initiative-select', { detail: { initiative: { slug: 'tafel' } as Initiative }, bubbles: true, composed: true }));
      element.remove();
    } finally {
      document.removeEventListener('sinn-initiative-select', onDocument);
      window.removeEventListener('sinn-initiative-select', onWindow);
    }
    expect(heard).to.deep.equal(['document tafel', 'window tafel']);
    expect(typeof typed).to.equal('function');
  });
});
