import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { onlyAllow } from '../http/methods.js';
import { ProblemError, problems } from '../http/problem.js';
import { matchesEtag } from '../http/response-cache.js';
import { getMedia } from '../queries/media.js';

// Media files are content-addressed (the name is a hash of the bytes), so a URL's answer never changes and
// browsers may keep it for a year.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const MEDIA_ID = /^[a-z0-9]{8,64}\.(svg|png|jpg|webp)$/;

export function mediaRoutes(app: Hono, deps: AppDeps): void {
  app.get('/media/:id', async (c) => {
    const id = c.req.param('id');
    const file = MEDIA_ID.test(id) ? await getMedia(deps.db, id) : null;
    if (!file) throw new ProblemError(problems.notFound('There is no image with this name.'));
    const etag = `"${id}"`;
    const headers: Record<string, string> = { ETag: etag, 'Cache-Control': IMMUTABLE };
    if (matchesEtag(c.req.header('If-None-Match'), etag)) return new Response(null, { status: 304, headers });
    return new Response(file.body, {
      headers: {
        ...headers,
        'Content-Type': file.contentType,
        // An SVG opened on its own must not run anything it might contain.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      },
    });
  });
  onlyAllow(app, '/media/:id', ['GET', 'HEAD']);
}
