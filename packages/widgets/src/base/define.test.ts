import { expect } from '@open-wc/testing';
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
});
