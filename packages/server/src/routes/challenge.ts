import { Hono } from 'hono';
import { endpoints } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { onlyAllow } from '../http/methods.js';
import { issueChallenge } from '../write/challenges.js';

/** GET /v1/challenge: a new proof-of-work challenge for each request, never cached. */
export function challengeRoutes(app: Hono, deps: AppDeps): void {
  const path = endpoints.challenge.path;
  app.get(path, async () => Response.json(await issueChallenge(deps.secret, deps.config), { headers: { 'Cache-Control': 'no-store' } }));
  onlyAllow(app, path, ['GET', 'HEAD']);
}
