import { Hono } from 'hono';
import { endpoints, Mentor, MENTOR_IDENTITY, MentorQuery, MentorSuggestQuery } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { cachedList, cachedRead } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { parseQuery } from '../http/validate.js';
import { fieldsOf } from '../queries/fields.js';
import { listMentors, suggestMentors } from '../queries/mentors.js';

export function mentorRoutes(app: Hono, deps: AppDeps): void {
  const path = endpoints.listMentors.path;
  app.get(path, (c) =>
    cachedList(c, deps, async () => {
      const query = parseQuery(MentorQuery, c.req.url);
      const fields = fieldsOf(Mentor, query.fields, MENTOR_IDENTITY);
      return { page: await listMentors(deps.db, query, deps.publicUrl, fields), fields };
    }),
  );
  onlyAllow(app, path, ['GET', 'HEAD']);

  const suggestPath = endpoints.suggestMentors.path;
  app.get(suggestPath, (c) =>
    cachedRead(c, deps, () => suggestMentors(deps.db, parseQuery(MentorSuggestQuery, c.req.url)), { list: true }),
  );
  onlyAllow(app, suggestPath, ['GET', 'HEAD']);
}
