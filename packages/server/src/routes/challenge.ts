import { Hono } from 'hono';
import { endpoints } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { onlyAllow } from '../http/methods.js';
import { issueChallenge } from '../write/challenges.js';
import { refuseKeyAhead } from '../write/partner-keys.js';

/**
 * GET /v1/challenge: a new proof-of-work challenge for each request, never cached. A form asks for one when a
 * person first touches it, with its partner key: a key its write would be refused for is refused here already
 * (403), so that the person learns that this site's form cannot be sent before typing all of it, and the site's
 * webmaster without sending one.
 */
export function challengeRoutes(app: Hono, deps: AppDeps): void {
  const path = endpoints.challenge.path;
  app.get(path, async (c) => {
    await refuseKeyAhead(deps.db, c.req.header('X-Sinn-Partner-Key'), c.req.header('Origin'));
    return Response.json(await issueChallenge(deps.secret, deps.config), { headers: { 'Cache-Control': 'no-store' } });
  });
  onlyAllow(app, path, ['GET', 'HEAD']);
}
