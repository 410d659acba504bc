// The page's client (base/page-client.ts): a page's first answers, asked for early, are read without the HTTP
// client; it comes at a sign that a person is about to ask for more, and takes an early answer that failed as its
// own first attempt. This page loads neither ky nor any element before its tests do: the first test counts on it.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { SinnProblemError, taxonomiesEndpoint } from '@sinn/sdk';
import { describe, it } from '../../test/mocha.js';
import { centreOf, freshPageEachTest, injectFault, PROXY, seenGets, shadowOf, until } from '../../test/sinn-test.js';
import { askEarly } from './early-answers.js';
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
    // No loader here: the definition asks for the cards already on the page, as the loader would have.
    await import('../initiative-cards/define.js');
    const cards = () => shadowOf(element).querySelectorAll('[part~="card"]');
    await until(() => cards().length === 2, 'the first two cards are drawn');
    expect(httpClientLoaded(), 'the HTTP client before anybody did anything').to.equal(false);
    expect(await seenGets('/v1/initiatives')).to.have.length(1);

    try {
      await sendMouse({ type: 'move', position: centreOf(cards()[0]!) });
      await until(httpClientLoaded, 'the HTTP client comes when the pointer is over the cards');
    } finally {
      await resetMouse();
    }
    shadowOf(element).querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
    await until(() => cards().length > 2, 'the next page is drawn');
    const gets = await seenGets('/v1/initiatives');
    expect(gets).to.have.length(2);
    expect(new URL(gets[1]!.url, PROXY).searchParams.has('cursor')).to.equal(true);
  });

  it('gives an early answer that failed to the HTTP client as its first attempt', async function (this: { timeout(ms: number): void }) {
    this.timeout(20_000);
    // Three failures: the early one and the client's two retries. Had the client not counted the early one, its
    // third attempt would have brought the vocabulary.
    await injectFault(...[1, 2, 3].map(() => ({ kind: 'status' as const, status: 503, headers: { 'Retry-After': '0' }, path: '/v1/taxonomies' })));
    const client = new PageClient(PROXY);
    askEarly([document.createElement('sinn-early-probe')], () => [[taxonomiesEndpoint]]);
    const failure = await client.get(taxonomiesEndpoint).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).to.be.instanceOf(SinnProblemError);
    expect((failure as SinnProblemError).status).to.equal(503);
    expect(await seenGets('/v1/taxonomies')).to.have.length(3);
  });

  it('reads an early answer once: a second question of the same URL while it comes shares it', async () => {
    const client = new PageClient(PROXY);
    askEarly([document.createElement('sinn-early-probe')], () => [[taxonomiesEndpoint]]);
    const [first, second] = await Promise.all([client.get(taxonomiesEndpoint), client.get(taxonomiesEndpoint)]);
    expect(second).to.equal(first);
    expect(first.topics.length).to.be.greaterThan(0);
    expect(await seenGets('/v1/taxonomies')).to.have.length(1);
  });
});
