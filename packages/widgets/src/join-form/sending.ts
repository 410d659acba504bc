import { CHALLENGE_HEADER, createMembershipEndpoint, type MembershipAccepted, type MembershipRequest, type SinnClient } from '@sinn/sdk';
import { ProofOfWork } from './proof-of-work/challenges.js';
import type { SolvedBy } from './proof-of-work/solve.js';
import { classify, IdempotencyKeys, waitFor } from './submission.js';

// Sending a sign-up: loaded when a person starts filling in the form (with the proof-of-work challenge it
// fetches then), so a page that only shows the form downloads none of it.

/** How often one sending waits and sends again, unseen, when the server says it came too soon. */
const MAX_WAITS = 3;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

export class Sender {
  readonly #pow = new ProofOfWork();
  readonly #keys = new IdempotencyKeys();

  /** How the last proof of work was solved. */
  get solvedBy(): SolvedBy | undefined {
    return this.#pow.solvedBy;
  }

  /** Fetches and solves a challenge now, so that it is ready when the person sends. */
  warm(client: SinnClient): void {
    this.#pow.warm(client);
  }

  stop(): void {
    this.#pow.stop();
  }

  /**
   * Sends the sign-up, with the same Idempotency-Key for the same body however often it is sent. A refused
   * challenge is replaced and the sign-up sent again once; "too fast" is waited out and sent again, unseen.
   * Rejects with a `Failure` (or the signal's reason).
   */
  async send(client: SinnClient, body: MembershipRequest, signal: AbortSignal): Promise<MembershipAccepted> {
    const idempotencyKey = this.#keys.keyFor(body);
    let renewed = false;
    let waits = 0;
    for (;;) {
      try {
        const header = await this.#pow.take(client);
        if (signal.aborted) throw signal.reason;
        const accepted = await client.post(createMembershipEndpoint, { body, idempotencyKey, headers: { [CHALLENGE_HEADER]: header }, signal });
        // The next sign-up from this form (another person at the same computer) is a new one.
        this.#keys.forget();
        return accepted;
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        const failure = classify(error);
        if (failure.kind === 'challenge' && !renewed) {
          renewed = true;
          continue;
        }
        if (failure.kind === 'too-fast' && waits < MAX_WAITS) {
          waits += 1;
          this.#pow.giveBack();
          await sleep(waitFor(failure), signal);
          continue;
        }
        // A retry goes out with a new challenge: have it solved before the person asks.
        if (failure.kind !== 'forbidden') this.#pow.warm(client);
        throw failure;
      }
    }
  }
}

export { recheck, validate } from './validation.js';
