import type { Hono } from 'hono';
import { RELAY_CHECK_PATH, type RelayCheck } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { onlyAllow } from '../http/methods.js';
import { lookUpPartner } from '../write/partner-keys.js';
import { relayVerdict } from '../write/relay-client.js';

/**
 * POST /v1/relay-check: whether a write signed like this request would be counted by its visitor, and whether its
 * partner key would be accepted from its Origin, for a relaying site's settings page to show. It checks what a
 * write checks and changes nothing: no count, no idempotency key kept, nothing logged but the request.
 */
export function relayCheckRoutes(app: Hono, deps: AppDeps): void {
  app.post(RELAY_CHECK_PATH, async (c) => {
    const { standing, partner } = await lookUpPartner(deps.db, c.req.header('X-Sinn-Partner-Key'), c.req.header('Origin'));
    const verdict = await relayVerdict(c, deps, partner, deps.clock.now());
    const answer: RelayCheck = { partnerKey: standing, signature: verdict.verified ? 'verified' : verdict.reason };
    return c.json(answer, 200, { 'Cache-Control': 'no-store' });
  });
  onlyAllow(app, RELAY_CHECK_PATH, ['POST']);
}
