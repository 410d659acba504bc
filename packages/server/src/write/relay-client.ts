import type { Context } from 'hono';
import type { AppDeps } from '../deps.js';
import { clientAddress } from './client-address.js';
import { relaySecretOf, type Partner } from './partner-keys.js';
import { claimsRelay, verifyRelay, type RelayVerdict } from './relay-signature.js';

// A partner's site in privacy mode sends every visitor's write from its own address: counted by that address,
// one busy site would reach the limit meant for a single person. So the site names the visitor by a keyed hash
// and signs the write with its partner key's secret (relay-signature.ts). A signature that holds is counted by
// the visitor it names, in buckets of that partner (a hash means nothing at another site); one that does not
// (missing, malformed, wrong, outside the window, no secret) is counted by the address the write came from,
// the relaying site as one client, as before there were signatures, and is never refused for it: a site whose
// secret was just rotated keeps working. What is logged names the route, the reason and the partner, never the
// hash or an address.

/** The verdict on a request's relay signature, against the secret of the partner key it names (if known). */
export async function relayVerdict(c: Context, deps: AppDeps, partner: Partner | null, now: Date): Promise<RelayVerdict> {
  return verifyRelay(
    (name) => c.req.header(name),
    {
      method: c.req.method,
      path: c.req.path,
      body: new Uint8Array(await c.req.arrayBuffer()),
      idempotencyKey: c.req.header('Idempotency-Key') ?? '',
    },
    partner ? await relaySecretOf(deps.db, partner) : null,
    now,
  );
}

/** Who a write counts as for the per-client rate limit; it is only ever stored as a keyed hash (rate-limit.ts). */
export async function rateLimitClient(c: Context, deps: AppDeps, partner: Partner | null, now: Date): Promise<string> {
  // A write without any of the relay's headers is a browser's own (or a site's that has no secret yet).
  if (!claimsRelay((name) => c.req.header(name))) return clientAddress(c, deps.config.trustProxy);
  const verdict = await relayVerdict(c, deps, partner, now);
  // Verified under a partner's secret, so there is a partner.
  if (verdict.verified) return `relay ${partner!.id} ${verdict.visitor}`;
  deps.logger.warn('relay signature not verified', { route: c.req.routePath, reason: verdict.reason, partner: partner?.id ?? null });
  return clientAddress(c, deps.config.trustProxy);
}
