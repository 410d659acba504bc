import type { MiddlewareHandler } from 'hono';

// Any origin may read: the data is public and no request carries credentials. Any origin may also send the
// forms: a write is attributed to a partner by its key, which is accepted only from the origins listed for it.
// Preflights (a conditional GET with If-None-Match needs one, and every JSON POST) are cached for two hours, the
// most Chromium honours.
const ALLOW_HEADERS = 'If-None-Match, Content-Type, Idempotency-Key, X-Sinn-Challenge, X-Sinn-Partner-Key';
const EXPOSE_HEADERS = 'ETag, Retry-After, Date, Content-Length';

export function cors(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
          'Access-Control-Allow-Headers': ALLOW_HEADERS,
          'Access-Control-Max-Age': '7200',
          Vary: 'Access-Control-Request-Headers',
        },
      });
    }
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  };
}
