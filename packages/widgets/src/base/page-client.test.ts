// The page's client (base/page-client.ts): a page's first answers, asked of the server as the loader asks, are
// taken without the HTTP client; it comes at a sign that a person is about to ask for more, and for what the first
// answers do not hold. This page loads neither ky nor any element before its tests do: the first test counts on it.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { taxonomiesEndpoint } from '@sinn/sdk';
import { describe, it } from '../../test/mocha.js';
import { centreOf, freshPageEachTest, injectFault, PROXY, seenGets, shadowOf, until } from '../../test/sinn-test.js';
import { fetchesOf } from '../../test/fetch-spy.js';
import { askFirst } from '../../test/first-answers.js';
import { PageClient } from './page-client.js';

/**
 * Whether this page has fetched the module that makes the HTTP client (ky itself is here all along: these tests run
 * the sources, whose imports of @sinn/sdk bring all of it; the script-tag build's chunks are the bench's to count).
 */
const httpClientLoaded = () => performance.getEntriesByType('resource').some((entry) => /\/base\/http-client\./.test(entry.name));


describe('the page client', () => {
  freshPageEachTest();

  it('draws cards from their first answers without the HTTP client, which comes at a sign of use and asks for the next page', async () => {
    const element = await fixture<HTMLElement>(html`<sinn-initiative-cards limit="2" region="leipzig"></sinn-initiative-cards>`);
    askFirst('sinn-initiative-cards', element);
    await import('../initiative-cards/define.js');
    const cards = () => shadowOf(element).querySelectorAll('[part~="card"]');
    await until(() => cards().length === 2, 'the first two cards are drawn');
    expect(httpClientLoaded(), 'the HTTP client before anybody did anything').to.equal(false);
    expect(await seenGets('/v1/initiatives')).to.have.length(0);

    try {
      await sendMouse({ type: 'move', position: centreOf(cards()[0]!) });
      await until(httpClientLoaded, 'the HTTP client comes when the pointer is over the cards');
    } finally {
      await resetMouse();
    }
    shadowOf(element).querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
    await until(() => cards().length > 2, 'the next page is drawn');
    const gets = await seenGets('/v1/initiatives');
    expect(gets).to.have.length(1);
    expect(new URL(gets[0]!.url, PROXY).searchParams.has('cursor')).to.equal(true);
  });

  it('takes a first answer once: a second question of the same URL while it comes shares it, a later one asks again', async () => {
    const client = new PageClient(PROXY);
    askFirst('sinn-join-form', document.createElement('sinn-join-form'));
    const [first, second] = await Promise.all([client.get(taxonomiesEndpoint), client.get(taxonomiesEndpoint)]);
    expect(second).to.equal(first);
    expect(first.topics.length).to.be.greaterThan(0);
    expect(fetchesOf('/v1/taxonomies')).to.have.length(0);
    const again = await client.get(taxonomiesEndpoint);
    expect(again).to.deep.equal(first);
    expect(await seenGets('/v1/taxonomies')).to.have.length(1);
  });

  it('asks for itself, through the HTTP client, what the server could not answer first', async () => {
    await injectFault({ kind: 'status', status: 503, headers: { 'Retry-After': '0' }, path: '/v1/first-answers' });
    const client = new PageClient(PROXY);
    askFirst('sinn-join-form', document.createElement('sinn-join-form'));
    const taxonomies = await client.get(taxonomiesEndpoint);
    expect(taxonomies.topics.length).to.be.greaterThan(0);
    expect(await seenGets('/v1/first-answers')).to.have.length(1);
    expect(await seenGets('/v1/taxonomies')).to.have.length(1);
    expect(httpClientLoaded()).to.equal(true);
  });
});
