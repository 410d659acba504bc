import * as z from 'zod/mini';
import { named } from './registry.js';

// A partner's site that relays the forms (the WordPress plugin's privacy mode) sends every visitor's write from
// its own address. So that SINN can still count each visitor on their own, the site names the visitor by a keyed
// hash of their address and signs the write with its partner key's relay secret (HMAC-SHA256). The canonical
// string and the hashes are spelt out where they are computed: packages/server/src/write/relay-signature.ts and
// packages/wordpress/includes/class-sinn-widgets-relay-signature.php (and in the README).

/** The headers of a signed relayed write, as sent (HTTP header names are case-insensitive). */
export const RELAY_HEADERS = {
  visitor: 'X-Sinn-Relay-Visitor',
  timestamp: 'X-Sinn-Relay-Timestamp',
  signature: 'X-Sinn-Relay-Signature',
} as const;

/** The first line of the canonical string: the version of the scheme. */
export const RELAY_SCHEME = 'sinn-relay-v1';

/** Where a relaying site asks whether its signature holds (`RelayCheck`). */
export const RELAY_CHECK_PATH = '/v1/relay-check';

/** Seconds a signature is accepted before and after its timestamp. */
export const RELAY_WINDOW_SECONDS = 300;

/** What `POST /v1/relay-check` answers: whether a write sent like this one would be counted per visitor. */
export const RelayCheck = /* @__PURE__ */ named(
  'RelayCheck',
  z.object({
    /**
     * `valid`: known, not revoked, and listed for the request's Origin; else what a write with it would be
     * refused for (`missing`: no `X-Sinn-Partner-Key`).
     */
    partnerKey: z.enum(['valid', 'missing', 'unknown', 'revoked', 'wrong-origin']),
    /**
     * `verified`: a write signed like this one is counted by its visitor hash. Otherwise it is counted as the
     * relaying site's own (one client), and accepted all the same: `missing` (no signature headers), `malformed`,
     * `no-secret` (the partner key has no secret, or there is no partner key), `wrong` (another secret, or a
     * changed request), `expired` (the timestamp is more than five minutes from the server's time).
     */
    signature: z.enum(['verified', 'missing', 'malformed', 'no-secret', 'wrong', 'expired']),
  }),
);

export type RelayCheck = z.infer<typeof RelayCheck>;
