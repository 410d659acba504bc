import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embedCode } from './embed-code.js';

describe('the code a docs page shows for a story', () => {
  it('is the element alone, as a page writes it: no frames of the stories, no mocked API', () => {
    const story = `<div style="background:#fff;color:#1a1a1a;padding:1rem"><div class="sinn-story" lang="de" style="max-inline-size:100%">
<sinn-initiative-cards limit="6" view="grid" api="https://api.sinn.test/cards-grid"><a href="https://www.sinn-sachsen.de/">SINN – Soziale Innovation Sachsen</a></sinn-initiative-cards></div></div>`;
    assert.equal(
      embedCode(story),
      '<sinn-initiative-cards limit="6" view="grid" api="https://SINN-SERVER"><a href="https://www.sinn-sachsen.de/">SINN – Soziale Innovation Sachsen</a></sinn-initiative-cards>',
    );
  });

  it('keeps a real API address, and code without an element, as they are', () => {
    const live = '<div><sinn-survey slug="x" api="http://127.0.0.1:8787"></sinn-survey></div>';
    assert.equal(embedCode(live), '<sinn-survey slug="x" api="http://127.0.0.1:8787"></sinn-survey>');
    assert.equal(embedCode('<p>nichts</p>'), '<p>nichts</p>');
  });
});
