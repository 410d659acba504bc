import { Hono } from 'hono';
import { endpoints, MentorQuery, MentorSuggestQuery } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { cachedRead } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { parseQuery } from '../http/validate.js';
import { listMentors, suggestMentors } from '../queries/mentors.js';

export function mentorRoutes(app: Hono, deps: AppDeps): void {
  const path = endpoints.listMentors.path;
  app.get(path, (c) =>
    cachedRead(c, deps, () => listMentors(deps.db, parseQuery(MentorQuery, c.req.url), deps.publicUrl), {
      list: true,
    }),
  );
  onlyAllow(app, path, ['GET', 'HEAD']);

  const suggestPath = endpoints.suggestMentors.path;
  app.get(suggestPath, (c) =>
    cachedRead(c, deps, () => suggestMentors(deps.db, parseQuery(MentorSuggestQuery, c.req.url)), { list: true }),
  );
  onlyAllow(app, suggestPath, ['GET', 'HEAD']);
}
