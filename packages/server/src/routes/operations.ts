import { Hono } from 'hono';
import { endpoints, type Health } from '@sinn/sdk';
import { openApiDocument } from '@sinn/sdk/openapi';
import type { AppDeps } from '../deps.js';
import { onlyAllow } from '../http/methods.js';
import { problemResponse } from '../http/problem.js';
import { berlinIso } from '../time/berlin.js';
import { VERSION } from '../version.js';

export function operationRoutes(app: Hono, deps: AppDeps): void {
  const openapi = JSON.stringify(openApiDocument({ serverUrl: deps.config.publicUrl, version: VERSION }));
  app.get('/v1/openapi.json', () =>
    new Response(openapi, {
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
    }),
  );
  onlyAllow(app, '/v1/openapi.json', ['GET', 'HEAD']);

  const health = endpoints.health.path;
  app.get(health, async () => {
    try {
      await deps.db.query('select 1');
    } catch {
      return problemResponse({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'The database does not answer.' });
    }
    const body: Health = { status: 'ok', database: deps.db.kind, version: VERSION, time: berlinIso(deps.clock.now()) };
    return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
  });
  onlyAllow(app, health, ['GET', 'HEAD']);
}
