// A form's challenge, held back as long as the server asks before a form may be sent with it.
import { expect } from '@open-wc/testing';
import type { Challenge } from '@sinn/sdk';
import { createChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import type { ApiClient } from '../../base/page-client.js';
import { describe, it } from '../../../test/mocha.js';
import { ProofOfWork } from './challenges.js';

/** A client (a stand-in inside this unit test) whose challenge says a form may be sent `sendAfter` seconds after it. */
async function clientWith(sendAfter: number | undefined): Promise<{ client: ApiClient; fetchedAt: () => number }> {
  const challenge = (await createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: 3,
    deriveKey,
    data: sendAfter === undefined ? { issuedAt: 1 } : { issuedAt: 1, sendAfter },
  })) as unknown as Challenge;
  let at = 0;
  const client = {
    get: async () => {
      at = performance.now();
      return challenge;
    },
  } as unknown as ApiClient;
  return { client, fetchedAt: () => at };
}

describe('a form\'s proof of work', () => {
  it('is held back until the seconds the challenge names have passed since it came (sooner, the server says 429)', async () => {
    const { client, fetchedAt } = await clientWith(0.4);
    const header = await new ProofOfWork().take(client);
    // A lower bound only: the wait never ends early, however busy the machine.
    expect(performance.now() - fetchedAt()).to.be.at.least(395);
    expect(header).to.be.a('string').and.not.equal('');
  });

  it('is ready once solved where the challenge names no wait, while one that names 30 s is still held', async () => {
    const { client } = await clientWith(undefined);
    const ready = new ProofOfWork().take(client);
    const held = await clientWith(30);
    const waiting = new ProofOfWork();
    let heldSettled = false;
    void waiting.take(held.client).then(
      () => (heldSettled = true),
      () => undefined,
    );
    expect(await ready).to.be.a('string').and.not.equal('');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The one that asks for 30 s is still held when the other is ready; leaving the page ends its wait.
    expect(heldSettled).to.equal(false);
    waiting.stop();
  });
});
