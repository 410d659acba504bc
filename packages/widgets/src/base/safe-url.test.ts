import { expect } from '@open-wc/testing';
import { safeUrl } from './safe-url.js';
import { describe, it } from '../../test/mocha.js';

describe('safeUrl', () => {
  it('lets http and https addresses through', () => {
    expect(safeUrl('https://www.startnext.com/projekt')).to.equal('https://www.startnext.com/projekt');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
  });

  it('refuses every other scheme, relative and broken addresses', () => {
    for (const value of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'ftp://x', '/relative', 'nicht eine adresse', '', null, undefined]) {
      expect(safeUrl(value), String(value)).to.equal(null);
    }
  });
});
