import { challengeEndpoint } from '@sinn/sdk';
import type { ApiClient } from '../../base/page-client.js';
import { sleep } from '../sleep.js';
import { encodeSolution, solve, type SolvedBy } from './solve.js';

// A form's proof of work: a challenge is fetched when a person starts filling in the form and solved right
// away, so that its solution is ready when they send. Each challenge is good for one request; a used one, or one
// that has waited so long that it may have expired, is replaced.

/** A challenge waiting longer than this is fetched anew (the server's default lifetime is 20 minutes). */
const FRESH_MS = 10 * 60_000;

interface Pending {
  /** The `X-Sinn-Challenge` header value, once solved. */
  header: Promise<string>;
  fetchedAt: number;
  used: boolean;
}

export class ProofOfWork {
  #pending: Pending | undefined;
  #controller = new AbortController();
  /** How the last challenge was solved (for tests and the curious). */
  solvedBy: SolvedBy | undefined;

  /** Starts fetching and solving a challenge, unless a fresh, unused one is on its way or ready; its header. */
  warm(client: ApiClient): Promise<string> {
    const pending = this.#pending;
    if (pending && !pending.used && Date.now() - pending.fetchedAt < FRESH_MS) return pending.header;
    if (this.#controller.signal.aborted) this.#controller = new AbortController();
    const signal = this.#controller.signal;
    const header = (async () => {
      const challenge = await client.get(challengeEndpoint, { signal });
      const fetched = Date.now();
      const { solution, by } = await solve(challenge, signal);
      this.solvedBy = by;
      // The server refuses a form sent sooner after its challenge than a person fills it in (429 too-fast), which
      // the browser logs as an error on the console; the challenge says how soon that is, so a quick person's form
      // is held back until then instead (counted from its arrival here: no clock of the server's is compared).
      const after = challenge.parameters.data?.sendAfter;
      if (typeof after === 'number') await sleep(fetched + after * 1000 - Date.now(), signal);
      return encodeSolution(challenge, solution);
    })();
    const entry: Pending = { header, fetchedAt: Date.now(), used: false };
    // A failure is not kept: whoever asks next starts anew.
    header.catch(() => {
      if (this.#pending === entry) this.#pending = undefined;
    });
    this.#pending = entry;
    return header;
  }

  /** The solved challenge for one request, which uses it up. */
  take(client: ApiClient): Promise<string> {
    const header = this.warm(client);
    this.#pending!.used = true;
    return header;
  }

  /** The challenge last taken was not used up (the server asked to wait and send it again). */
  giveBack(): void {
    if (this.#pending) this.#pending.used = false;
  }

  /** Stops what is under way (the element left the page) and forgets the challenge. */
  stop(): void {
    this.#controller.abort(new DOMException('The element left the page', 'AbortError'));
    this.#pending = undefined;
  }
}
