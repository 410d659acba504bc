import * as z from 'zod/mini';
import { named } from './registry.js';

// The proof-of-work challenge of the forms, in ALTCHA's v2 format (altcha-lib creates and verifies it). The
// browser searches for the counter whose derived key starts with `keyPrefix`, and sends challenge and solution
// back in the `X-Sinn-Challenge` header (base64url of JSON `{ challenge, solution }`), outside the body, so a
// retry with a new challenge does not change the body its Idempotency-Key names.

export const ChallengeParameters = /* @__PURE__ */ named(
  'ChallengeParameters',
  z.object({
    algorithm: z.enum(['SHA-256', 'SHA-384', 'SHA-512']),
    nonce: z.string().check(z.regex(/^[0-9a-f]+$/)),
    salt: z.string().check(z.regex(/^[0-9a-f]+$/)),
    cost: z.int().check(z.positive()),
    keyLength: z.int().check(z.positive()),
    keyPrefix: z.string().check(z.regex(/^[0-9a-f]+$/)),
    keySignature: z.optional(z.string()),
    /** Seconds since 1970: the challenge is refused after it. */
    expiresAt: z.number(),
    /** Signed data of the server's own: when the challenge was issued (`issuedAt`), and how many seconds after that a form may be sent with it (`sendAfter`; sooner is answered 429 `too-fast`). */
    data: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  }),
);

export const Challenge = /* @__PURE__ */ named(
  'Challenge',
  z.object({
    parameters: ChallengeParameters,
    signature: z.string(),
  }),
  'A signed, expiring, single-use proof-of-work challenge (ALTCHA v2). No cookie, no third party.',
);

export const ChallengeSolution = /* @__PURE__ */ named(
  'ChallengeSolution',
  z.object({
    counter: z.int().check(z.nonnegative()),
    derivedKey: z.string().check(z.regex(/^[0-9a-f]+$/)),
  }),
);


/** The header that carries a solved challenge. */
export const CHALLENGE_HEADER = 'X-Sinn-Challenge';

export type Challenge = z.infer<typeof Challenge>;
export type ChallengeSolution = z.infer<typeof ChallengeSolution>;
