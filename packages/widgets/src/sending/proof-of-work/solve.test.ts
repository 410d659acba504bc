// The proof of work in the browser: in a worker where the page may start one, else on the main thread in
// slices that keep the page responsive; and the answer the SINN server accepts.
import { expect } from '@open-wc/testing';
import { challengeEndpoint, createMembershipEndpoint, SinnHttpClient, type Challenge } from '@sinn/sdk';
import { createChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import { describe, it } from '../../../test/mocha.js';
import { API, signupsOf } from '../../../test/sinn-test.js';
import { encodeSolution, solve } from './solve.js';

/** A challenge whose answer is known (ALTCHA's deterministic mode), made here without a server. */
async function known(counter: number, cost = 1): Promise<Challenge> {
  return (await createChallenge({ algorithm: 'SHA-256', cost, counter, deriveKey })) as unknown as Challenge;
}

const never = new AbortController().signal;

describe('the proof of work', () => {
  it('is solved in a worker when the worker script is on the page\'s origin', async () => {
    const challenge = await known(37);
    const { solution, by } = await solve(challenge, never);
    expect(by).to.equal('worker');
    expect(solution.counter).to.equal(37);
    expect(solution.derivedKey.startsWith(challenge.parameters.keyPrefix)).to.equal(true);
  });

  it('is solved on the main thread when the worker script is on another origin (a partner\'s page)', async () => {
    const challenge = await known(21);
    const { solution, by } = await solve(challenge, never, { workerUrl: new URL('https://sinn.example/widgets/pow-worker.js') });
    expect(by).to.equal('slices');
    expect(solution.counter).to.equal(21);
  });

  it('falls back to the main thread when the worker cannot start', async () => {
    const challenge = await known(5);
    const { solution, by } = await solve(challenge, never, { workerUrl: new URL('/nothing-here/pow-worker.js', location.href) });
    expect(by).to.equal('slices');
    expect(solution.counter).to.equal(5);
  });

  it('on the main thread, leaves the page its turn again and again while it solves', async () => {
    const challenge = await known(30_000, 2);
    // The page's own timer, asking for its turn again each time it gets one. Counted, not timed: on a busy machine
    // any turn may come late, but a solver that kept the thread would leave it none.
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns += 1;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const started = performance.now();
    const { by } = await solve(challenge, never, { workerUrl: new URL('https://sinn.example/pow-worker.js') });
    ticking = false;
    const took = performance.now() - started;
    expect(by).to.equal('slices');
    // Long enough for some twenty slices of 8 ms.
    expect(took, 'long enough to matter').to.be.above(150);
    expect(turns, `the page's turns in ${Math.round(took)} ms of solving`).to.be.at.least(10);
  });

  it('stops when asked to', async () => {
    const challenge = await known(1_000_000);
    const controller = new AbortController();
    const solving = solve(challenge, controller.signal, { workerUrl: new URL('https://sinn.example/pow-worker.js') });
    setTimeout(() => controller.abort(new DOMException('stop', 'AbortError')), 50);
    let error: unknown;
    try {
      await solving;
    } catch (caught) {
      error = caught;
    }
    expect((error as DOMException | undefined)?.name).to.equal('AbortError');
  });

  it('gives the header the server reads: base64url of the challenge and its solution', async () => {
    const challenge = await known(3);
    const header = encodeSolution(challenge, { counter: 3, derivedKey: 'ab' });
    expect(header).to.match(/^[A-Za-z0-9_-]+$/);
    const json = atob(header.replace(/-/g, '+').replace(/_/g, '/'));
    expect(JSON.parse(json)).to.deep.equal({ challenge, solution: { counter: 3, derivedKey: 'ab' } });
  });

  it('solved on the main thread, is accepted by the SINN server', async () => {
    const client = new SinnHttpClient({ baseUrl: API });
    const challenge = await client.get(challengeEndpoint);
    const { solution, by } = await solve(challenge, never, { workerUrl: new URL('https://sinn.example/pow-worker.js') });
    expect(by).to.equal('slices');
    const email = `scheiben.${Date.now()}@example.org`;
    const accepted = await client.post(createMembershipEndpoint, {
      body: {
        name: 'Max Mustermann',
        email,
        organisationKind: 'private-person',
        region: 'zwickau',
        interests: [],
        offers: [],
        newsletter: false,
        consent: { version: (await (await fetch(`${API}/v1/consent-texts/current`)).json()).version, accepted: true },
        language: 'de',
      },
      idempotencyKey: crypto.randomUUID(),
      headers: { 'X-Sinn-Challenge': encodeSolution(challenge, solution) },
    });
    expect(accepted.status).to.equal('pending');
    expect(await signupsOf(email)).to.have.length(1);
  });
});
