import { CHALLENGE_HEADER, type BodyOf, type ResponseOf, type WriteRoute } from '@sinn/sdk';
import type { ApiClient } from '../base/page-client.js';
import { classify, waitFor, type Failure } from './failures.js';
import { IdempotencyKeys } from './idempotency.js';
import { ProofOfWork } from './proof-of-work/challenges.js';
import type { SolvedBy } from './proof-of-work/solve.js';
import { sleep } from './sleep.js';

// Sending a form's write (a sign-up, a contact request): loaded when a person starts filling in a form (with
// the proof-of-work challenge it fetches then), so a page that only shows the form downloads none of it.

/** How often one sending waits and sends again, unseen, when the server says it came too soon. */
const MAX_WAITS = 3;

/** What one write sends: its body and, where the endpoint's path has them, its path parameters. */
export interface Write<E extends WriteRoute> {
  body: BodyOf<E>;
  params?: Record<string, string>;
}

export class Sender {
  readonly #pow = new ProofOfWork();
  readonly #keys = new IdempotencyKeys();
  /** The server refused this site's challenge (its partner key): not asked again until the person sends. */
  #refused = false;

  /** How the last proof of work was solved. */
  get solvedBy(): SolvedBy | undefined {
    return this.#pow.solvedBy;
  }

  /**
   * Fetches and solves a challenge now, so that it is ready when the person sends. Where the server refuses this
   * site's forms (the challenge is asked for with the partner key), `refused` hears so at once: the person learns it
   * before typing it all, and the webmaster reads why on the console without sending a form.
   */
  warm(client: ApiClient, refused: (failure: Failure) => void): void {
    if (this.#refused) return;
    this.#pow.warm(client).catch((error: unknown) => {
      const failure = classify(error);
      if (failure.kind !== 'forbidden' || this.#refused) return;
      this.#refused = true;
      sayRefused(error);
      refused(failure);
    });
  }

  stop(): void {
    this.#pow.stop();
  }

  /**
   * Sends the write, with the same Idempotency-Key for the same endpoint, parameters and body however often it
   * is sent. A refused challenge is replaced and the write sent again once; "too fast" (a server whose challenge
   * did not say how soon it may be used) is waited out and sent again, unseen. Rejects with a `Failure` (or the signal's reason).
   */
  async send<E extends WriteRoute>(client: ApiClient, endpoint: E, write: Write<E>, signal: AbortSignal): Promise<ResponseOf<E>> {
    const { body, params } = write;
    const idempotencyKey = this.#keys.keyFor(params ? { path: endpoint.path, params, body } : body);
    let renewed = false;
    let waits = 0;
    for (;;) {
      try {
        const headers = endpoint.challenge ? { [CHALLENGE_HEADER]: await this.#pow.take(client) } : undefined;
        if (signal.aborted) throw signal.reason;
        const accepted = await client.post(endpoint, { body, idempotencyKey, signal, ...(params ? { params } : {}), ...(headers ? { headers } : {}) });
        // The next write from this form (another person at the same computer) is a new one.
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
        if (failure.kind === 'forbidden') sayRefused(error);
        // A retry goes out with a new challenge: have it solved before the person asks.
        else if (endpoint.challenge) this.#pow.warm(client);
        throw failure;
      }
    }
  }
}

/** The visitor reads that the form cannot be sent from this site; its webmaster learns why, and what to check. */
function sayRefused(error: unknown): void {
  console.warn(`SINN widgets: the SINN server refuses this form (${(error as Error).message}). Check the partner key (data-partner-key) and that this site's address (${location.origin}) is registered for it.`);
}
