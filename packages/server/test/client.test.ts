import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { randomUUID } from 'node:crypto';
import * as sdk from '@sinn/sdk';
import { solvedChallenge } from './helpers/challenge.js';
import { FaultProxy } from './helpers/fault-proxy.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { signupBody } from './helpers/signup.js';

const { SinnApi, SinnClient, SinnHttpClient, SinnContractError, SinnNetworkError, SinnProblemError, challengeEndpoint, createMembershipEndpoint, endpoints, listInitiativesEndpoint } = sdk;

// The client's story on ky, against the real server through a proxy that does what networks do. The widgets run
// the same client without the contract's schemas (SinnHttpClient): its network behaviour is this one.
describe('the sdk client against a running server', () => {
  let server: TestServer;
  let proxy: FaultProxy;
  const client = () => new SinnApi({ baseUrl: proxy.url, timeout: 2_000, retries: 2, maxRetryDelay: 200 });

  before(async () => {
    // Forms may be sent at once and the challenge is cheap: the writes here are about the client, not the guards.
    server = await startTestServer({ powCost: 1, powMaxCounter: 20, minFillSeconds: 0 });
    proxy = await new FaultProxy(server.url).start();
  });
  afterEach(() => proxy.reset());
  after(async () => {
    await proxy.stop();
    await server.stop();
  });

  it('returns typed, parsed data', async () => {
    const list = await client().initiatives({ region: ['dresden'], limit: 5 });
    assert.ok(list.items.length > 0 && list.items.length <= 5);
    assert.ok(list.items.every((item) => item.region === 'dresden'));
    const one = await client().initiative(list.items[0]!.slug);
    assert.equal(one.id, list.items[0]!.id);
  });

  it('tries a failing GET again and succeeds, honouring Retry-After', async () => {
    proxy.inject({ kind: 'status', status: 503, headers: { 'Retry-After': '0' }, times: 1 });
    proxy.inject({ kind: 'drop', times: 1 });
    const taxonomies = await client().taxonomies();
    assert.equal(taxonomies.regions.length, 13);
    assert.deepEqual(
      proxy.seen.map((seen) => seen.status ?? 'dropped'),
      [503, 'dropped', 200],
    );
  });

  it('waits as long as Retry-After asks before the next try', async () => {
    proxy.inject({ kind: 'status', status: 429, headers: { 'Retry-After': '1' }, times: 1 });
    const slowClient = new SinnApi({ baseUrl: proxy.url, retries: 1, maxRetryDelay: 5_000 });
    const started = Date.now();
    await slowClient.taxonomies();
    // A lower bound only: the retry must not come before the second the server asked for.
    assert.ok(Date.now() - started >= 950, `retried after ${Date.now() - started} ms`);
    assert.equal(proxy.seen.length, 2);
  });

  it('gives up after its retries with a network error', async () => {
    proxy.inject({ kind: 'drop', times: 3 });
    await assert.rejects(client().mentors(), (error: unknown) => error instanceof SinnNetworkError && error.kind === 'network');
    assert.equal(proxy.seen.length, 3);
  });

  it('reports a timeout as a network error that says so', async () => {
    proxy.inject({ kind: 'delay', ms: 1_500, times: 3 });
    const impatient = new SinnApi({ baseUrl: proxy.url, timeout: 300, retries: 0 });
    await assert.rejects(impatient.events(), (error: unknown) => error instanceof SinnNetworkError && error.timedOut);
  });

  it('does not retry a problem the client caused, and hands over the problem document', async () => {
    await assert.rejects(
      client().initiatives({ region: ['atlantis' as never] }),
      (error: unknown) =>
        error instanceof SinnProblemError && error.status === 400 && error.problem.errors?.[0]?.parameter === 'region',
    );
    assert.equal(proxy.seen.length, 1);
    await assert.rejects(client().initiative('gibt-es-nicht'), (error: unknown) => error instanceof SinnProblemError && error.status === 404);
  });

  it('reports an answer that does not fit the contract as contract drift', async () => {
    proxy.inject({
      kind: 'rewrite',
      times: 1,
      rewrite: (body) => ({ ...(body as object), items: [{ id: 'not-a-uuid', title: 42 }] }),
    });
    await assert.rejects(
      client().initiatives(),
      (error: unknown) => error instanceof SinnContractError && error.kind === 'contract' && error.issues.length > 0,
    );
  });

  it("leaves the widgets' client to take an answer as it comes: no schema judges it on the page", async () => {
    proxy.inject({
      kind: 'rewrite',
      times: 1,
      rewrite: (body) => ({ ...(body as object), items: [{ id: 'not-a-uuid', title: 42 }] }),
    });
    const trusting = new SinnHttpClient({ baseUrl: proxy.url });
    const list = await trusting.get(listInitiativesEndpoint);
    assert.deepEqual(list.items, [{ id: 'not-a-uuid', title: 42 }]);
  });

  it("gives the widgets' client the status of a problem whose body is no problem document", async () => {
    proxy.inject({ kind: 'status', status: 404, body: ['not', 'a', 'problem'], times: 1 });
    const trusting = new SinnHttpClient({ baseUrl: proxy.url, retries: 0 });
    await assert.rejects(trusting.get(listInitiativesEndpoint), (error: unknown) => error instanceof SinnProblemError && error.problem.status === 404);
  });

  it('reports a problem document that does not fit the contract as contract drift', async () => {
    proxy.inject({ kind: 'status', status: 404, body: { status: 'four hundred and four' }, times: 1 });
    await assert.rejects(client().initiative('gibt-es-nicht'), (error: unknown) => error instanceof SinnContractError);
  });

  it('makes one request for identical GETs under way at the same time', async () => {
    proxy.inject({ kind: 'delay', ms: 100, times: 1 });
    const shared = client();
    const [a, b, c] = await Promise.all([
      shared.initiatives({ topic: ['wohnen'] }),
      shared.initiatives({ topic: ['wohnen'] }),
      shared.initiatives({ topic: ['wohnen'] }),
    ]);
    assert.equal(proxy.seen.length, 1);
    assert.deepEqual(a, b);
    assert.deepEqual(b, c);
  });

  it('aborts a request when its signal aborts, and the server sees the connection go', async () => {
    proxy.inject({ kind: 'delay', ms: 2_000, times: 1 });
    const controller = new AbortController();
    const pending = client().mentors({ limit: 3 }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(proxy.seen.length, 1);
    assert.equal(proxy.seen[0]!.aborted, true);
  });

  it('keeps a shared request going while one of two callers aborts', async () => {
    proxy.inject({ kind: 'delay', ms: 200, times: 1 });
    const shared = client();
    const leaving = new AbortController();
    const a = shared.mentors({ region: ['leipzig'] }, { signal: leaving.signal });
    const b = shared.mentors({ region: ['leipzig'] }, { signal: new AbortController().signal });
    leaving.abort();
    await assert.rejects(a, { name: 'AbortError' });
    const list = await b;
    assert.ok(list.items.every((item) => item.region === 'leipzig'));
    assert.equal(proxy.seen.length, 1);
    assert.equal(proxy.seen[0]!.aborted, false);
  });

  it('revalidates with the ETag it was given and reuses its data on 304', async () => {
    const revalidating = client();
    const first = await revalidating.initiatives({ stage: ['pilot'] });
    const second = await revalidating.initiatives({ stage: ['pilot'] });
    assert.equal(proxy.seen.length, 2);
    assert.equal(proxy.seen[0]!.headers['if-none-match'], undefined);
    assert.match(String(proxy.seen[1]!.headers['if-none-match']), /^W\//);
    assert.equal(proxy.seen[1]!.status, 304);
    assert.deepEqual(second, first);
  });
  it('sends a write once, as JSON with its key, and hands back the answer', async () => {
    const writer = new SinnClient({ baseUrl: proxy.url });
    const key = randomUUID();
    const accepted = await writer.post(createMembershipEndpoint, {
      body: signupBody(),
      idempotencyKey: key,
      headers: { 'X-Sinn-Challenge': await solvedChallenge(server.url) },
    });
    assert.equal(accepted.status, 'pending');
    assert.equal(proxy.seen.length, 1);
    const { method, headers } = proxy.seen[0]!;
    assert.equal(method, 'POST');
    assert.equal(headers['content-type'], 'application/json');
    assert.equal(headers['idempotency-key'], key);
  });

  it("sends its partner key with a form's challenge, which the server refuses for a key a write would be refused for, and with no read", async () => {
    const keyed = new SinnClient({ baseUrl: proxy.url, partnerKey: 'partner-test' });
    await keyed.get(endpoints.health.route);
    await assert.rejects(keyed.get(challengeEndpoint), (error: unknown) => error instanceof SinnProblemError && error.status === 403);
    assert.deepEqual(
      proxy.seen.map(({ url, headers }) => [new URL(url, proxy.url).pathname, headers['x-sinn-partner-key']]),
      [
        ['/health', undefined],
        ['/v1/challenge', 'partner-test'],
      ],
    );
  });

  it('never repeats a failed write by itself, and hands over its problem', async () => {
    proxy.inject({ kind: 'status', status: 503, headers: { 'Retry-After': '0' }, times: 1 });
    const writer = new SinnClient({ baseUrl: proxy.url, retries: 2, partnerKey: 'partner-test' });
    const post = () => writer.post(createMembershipEndpoint, { body: signupBody(), idempotencyKey: randomUUID(), headers: { 'X-Sinn-Challenge': 'none' } });
    await assert.rejects(post(), (error: unknown) => error instanceof SinnProblemError && error.status === 503 && error.retryAfter === 0);
    assert.equal(proxy.seen.length, 1);
    assert.equal(proxy.seen[0]!.headers['x-sinn-partner-key'], 'partner-test');
    proxy.inject({ kind: 'drop', times: 1 });
    await assert.rejects(post(), (error: unknown) => error instanceof SinnNetworkError && !error.timedOut);
    assert.equal(proxy.seen.length, 2);
  });
});
