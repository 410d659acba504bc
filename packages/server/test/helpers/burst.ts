import { randomUUID } from 'node:crypto';
import type { MembershipInput } from '@sinn/sdk';
import { solvedChallenge } from './challenge.js';
import { postSignup, signupBody } from './signup.js';

export interface Acknowledged {
  key: string;
  body: MembershipInput;
  /** The 202 answer's body. */
  answer: string;
}

/**
 * Ten clients send sign-ups to the server at `url`, one after another each, until `count` are answered 202; then
 * `kill` is called (once), and each client stops at the first request the dead server fails. Any answer but 202
 * before that fails the burst.
 */
export async function signupBurst(url: string, count: number, kill: () => void): Promise<{ acknowledged: Acknowledged[]; sent: number }> {
  const acknowledged: Acknowledged[] = [];
  let sent = 0;
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
        if (acknowledged.length >= count && !killed) {
          killed = true;
          kill();
        }
      }
    }),
  );
  return { acknowledged, sent };
}
