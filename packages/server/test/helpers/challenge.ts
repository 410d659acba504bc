import assert from 'node:assert/strict';
import { Challenge } from '@sinn/sdk';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import * as z from 'zod/mini';

/** The X-Sinn-Challenge value for a challenge and its solution, as the browser sends it. */
export function challengeHeader(challenge: unknown, solution: unknown): string {
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64url');
}

/** Solves a challenge the way the browser does (searching the counter from 0). */
export async function solve(challenge: z.output<typeof Challenge>): Promise<{ counter: number; derivedKey: string }> {
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution, 'the challenge could not be solved');
  return { counter: solution.counter, derivedKey: solution.derivedKey };
}

/** Fetches a challenge from the server, checks it against the contract, solves it and returns the header value. */
export async function solvedChallenge(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/v1/challenge`);
  assert.equal(response.status, 200);
  const parsed = z.safeParse(Challenge, await response.json());
  assert.ok(parsed.success, `the challenge does not fit the contract: ${JSON.stringify(parsed.error?.issues)}`);
  return challengeHeader(parsed.data, await solve(parsed.data));
}
