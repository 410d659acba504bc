import { Hono } from 'hono';
import { endpoints, InitiativeQuery } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { cachedRead } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { parseQuery } from '../http/validate.js';
import { getInitiative, listInitiatives } from '../queries/initiatives.js';
import { honoPath, slugParam } from './paths.js';

export function initiativeRoutes(app: Hono, deps: AppDeps): void {
  const list = endpoints.listInitiatives.path;
  app.get(list, (c) =>
    cachedRead(c, deps, () => listInitiatives(deps.db, parseQuery(InitiativeQuery, c.req.url), deps.publicUrl), {
      list: true,
    }),
  );
  onlyAllow(app, list, ['GET', 'HEAD']);

  const one = honoPath(endpoints.getInitiative.path);
  app.get(one, (c) =>
    cachedRead(c, deps, () => getInitiative(deps.db, slugParam(c), deps.publicUrl), {
      notFound: 'There is no initiative with this slug.',
    }),
  );
  onlyAllow(app, one, ['GET', 'HEAD']);
}
