import { Hono } from 'hono';
import { endpoints, type Health } from '@sinn/sdk';
import { openApiDocument } from '@sinn/sdk/openapi';
import type { AppDeps } from '../deps.js';
import { prepareAnswer, sendAnswer } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { problemResponse } from '../http/problem.js';
import { etagOf } from '../http/response-cache.js';
import { berlinIso } from '../time/berlin.js';
import { VERSION } from '../version.js';

export function operationRoutes(app: Hono, deps: AppDeps): void {
  const document = openApiDocument({ serverUrl: deps.publicUrl, version: VERSION });
  const openapi = prepareAnswer(JSON.stringify(document), etagOf(document), 'application/json; charset=utf-8', 'public, max-age=3600');
  app.get('/v1/openapi.json', (c) => sendAnswer(c, openapi));
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
