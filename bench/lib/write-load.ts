// Load on the API's write path, as the sign-ups' and the surveys' benches make it: clients that each fetch a
// challenge, solve it and post, over and over, with the proof of work made trivial and the rate limits wide, so
// that what is measured is the server, not the client's hashing.
import { randomUUID } from 'node:crypto';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

/** How many clients post at once. */
export const CLIENTS = 16;

/** The server's settings for such a load: a trivial proof of work, no minimum fill time, wide rate limits. */
export const WRITE_ENV = {
  SINN_POW_COST: '1',
  SINN_POW_MAX_COUNTER: '2',
  SINN_MIN_FILL_SECONDS: '0',
  SINN_RATE_LIMIT_CLIENT: '1000000',
  SINN_RATE_LIMIT_PARTNER: '10000000',
  SINN_LOG_LEVEL: 'warn',
};

/** A fresh challenge of `api`'s, solved: the value of the X-Sinn-Challenge header. */
export async function solvedHeader(api: string): Promise<string> {
  const challenge = await (await fetch(`${api}/v1/challenge`)).json();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('the challenge was not solved');
  return Buffer.from(JSON.stringify({ challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } })).toString('base64url');
}

/** One post: the server it goes to, its path there, its JSON body. */
export interface WritePost {
  api: string;
  path: string;
  body: unknown;
}

/**
 * CLIENTS loops posting for `seconds`, each post `next(client)` with a challenge solved for it and an Idempotency-Key
 * of its own; latency of the POST alone. Counted: the 202s, and every other answer as a failure.
 */
export async function writeLoad(seconds: number, next: (client: number) => WritePost): Promise<{ count: number; latencies: number[]; failures: number }> {
  const latencies: number[] = [];
  let failures = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (Date.now() < end) {
        const { api, path, body } = next(client);
        const header = await solvedHeader(api);
        const started = performance.now();
        const response = await fetch(`${api}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'X-Sinn-Challenge': header },
          body: JSON.stringify(body),
        });
        await response.arrayBuffer();
        if (response.status === 202) latencies.push(performance.now() - started);
        else failures += 1;
      }
    }),
  );
  return { count: latencies.length, latencies, failures };
}

/** The `p` quantile of `values` (ms), to a tenth. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 10) / 10 : 0;
}
