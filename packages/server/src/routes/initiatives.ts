import { Hono } from 'hono';
import { endpoints, Initiative, INITIATIVE_IDENTITY, InitiativeQuery } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { cachedList, cachedRead } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { parseQuery } from '../http/validate.js';
import { fieldsOf } from '../queries/fields.js';
import { getInitiative, listInitiatives } from '../queries/initiatives.js';
import { honoPath, slugParam } from './paths.js';

export function initiativeRoutes(app: Hono, deps: AppDeps): void {
  const list = endpoints.listInitiatives.path;
  app.get(list, (c) =>
    cachedList(c, deps, async () => {
      const query = parseQuery(InitiativeQuery, c.req.url);
      const fields = fieldsOf(Initiative, query.fields, INITIATIVE_IDENTITY);
      return { page: await listInitiatives(deps.db, query, deps.publicUrl, fields), fields };
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
