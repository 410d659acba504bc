// Attribute values as webmasters type them: what is understood is used, what is not is said once and left out.
import { expect } from '@open-wc/testing';
import { integerAttribute, listAttribute, oneOf, slugAttribute } from './attributes.js';
import { afterEach, beforeEach, describe, it } from '../../test/mocha.js';

describe('attribute values', () => {
  let warnings: unknown[][];
  let originalWarn: typeof console.warn;
  let element: HTMLElement;
  let count = 0;
  beforeEach(() => {
    warnings = [];
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    // A tag of its own per test: each warning is said once per page, element and value.
    count += 1;
    element = document.createElement(`sinn-attributes-test-${count}`);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('reads a list separated by commas or spaces, in any case, each value once', () => {
    expect(listAttribute(element, 'region', 'Dresden, leipzig  dresden', ['dresden', 'leipzig', 'chemnitz'])).to.deep.equal([
      'dresden',
      'leipzig',
    ]);
    expect(warnings).to.have.length(0);
  });

  it('leaves out an unknown value of a list and says so once, with the element and the value', () => {
    const allowed = ['dresden', 'leipzig'] as const;
    expect(listAttribute(element, 'region', 'atlantis,leipzig', allowed)).to.deep.equal(['leipzig']);
    expect(listAttribute(element, 'region', 'atlantis', allowed)).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]![0]).to.contain(`<${element.localName}>`).and.contain('region="atlantis"');
    expect(warnings[0]![1]).to.equal(element);
  });

  it('reads numbers of a numeric vocabulary', () => {
    expect(listAttribute(element, 'sdg', '3, 11', [1, 3, 11])).to.deep.equal([3, 11]);
  });

  it('takes a whole number within its range, and the fallback for anything else', () => {
    expect(integerAttribute(element, 'limit', '12', 1, 100, 6)).to.equal(12);
    expect(integerAttribute(element, 'limit', null, 1, 100, 6)).to.equal(6);
    for (const wrong of ['-3', '0', '101', '2.5', 'zehn']) expect(integerAttribute(element, 'limit', wrong, 1, 100, 6)).to.equal(6);
    expect(warnings.map(([message]) => String(message).match(/limit="([^"]*)"/)?.[1])).to.deep.equal(['-3', '0', '101', '2.5', 'zehn']);
  });

  it('takes one of the allowed words, else the fallback', () => {
    expect(oneOf(element, 'view', 'LIST', ['grid', 'list'], 'grid')).to.equal('list');
    expect(oneOf(element, 'view', 'kacheln', ['grid', 'list'], 'grid')).to.equal('grid');
    expect(warnings).to.have.length(1);
  });

  it('takes a slug as the API knows them, and nothing else', () => {
    expect(slugAttribute(element, 'slug', 'repair-cafe-plauen')).to.equal('repair-cafe-plauen');
    expect(slugAttribute(element, 'slug', '../admin')).to.equal(undefined);
    expect(slugAttribute(element, 'slug', 'Repair Café')).to.equal(undefined);
    expect(warnings).to.have.length(2);
  });
});
