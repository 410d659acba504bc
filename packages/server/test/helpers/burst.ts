import { randomUUID } from 'node:crypto';
import type { MembershipInput } from '@sinn/sdk';
import { solvedChallenge } from './challenge.js';
import { postSignup, signupBody } from './signup.js';

/** A server a burst can fill: no demo data, the cheapest proof of work, no waiting to fill in, no rate limits. */
export const BURST_ENV = {
  SINN_DEMO_DATA: '0',
  SINN_POW_COST: '1',
  SINN_POW_MAX_COUNTER: '20',
  SINN_MIN_FILL_SECONDS: '0',
  SINN_RATE_LIMIT_CLIENT: '1000000',
  SINN_RATE_LIMIT_PARTNER: '1000000',
};

export interface Acknowledged {
  key: string;
  body: MembershipInput;
  /** The 202 answer's body. */
  answer: string;
}

/**
 * Ten clients send sign-ups to the server at `url`, one after another each, until `count` are answered 202; then
 * `kill` is called (once; the clients go on sending until it has ended, so it may wait for a moment worth the
 * kill), and each client stops at the first request the dead server fails. Any answer but 202 before that fails
 * the burst.
 */
export async function signupBurst(
  url: string,
  count: number,
  kill: () => void | Promise<void>,
): Promise<{ acknowledged: Acknowledged[]; sent: number }> {
  const acknowledged: Acknowledged[] = [];
  let sent = 0;
  let killing: Promise<void> | undefined;
  let killed = false;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (!killed) {
        const key = randomUUID();
        const body = signupBody();
        sent += 1;
        try {
          const challenge = await solvedChallenge(url);
          const response = await postSignup(url, body, { key, challenge });
          const answer = await response.text();
          if (response.status !== 202) throw new Error(`${response.status} ${answer}`);
          acknowledged.push({ key, body, answer });
        } catch (error) {
          if (!killed) throw error;
          return;
        }
        if (acknowledged.length >= count && !killing) {
          killing = Promise.resolve(kill()).then(() => {
            killed = true;
          });
        }
      }
    }),
  );
  return { acknowledged, sent };
}
