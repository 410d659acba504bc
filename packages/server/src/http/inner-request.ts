import type { Context, Hono } from 'hono';

// A request the server sends itself (GET /v1/first-answers answering an element's first GETs) goes through the
// whole app, middleware included, so that it is answered, cached and validated exactly as the client's own GET
// would be. It is marked in its `env`, which no client can set, so that the log can tell it from a client's.

const INNER = Symbol('inner request');

/**
 * Asks the app itself for a GET of `url` (a path and query), as a client that sends no headers: no
 * Accept-Encoding, so the body comes as it is; no If-None-Match, so a 200 comes with it.
 */
export async function askInside(app: Hono, url: string): Promise<Response> {
  return app.request(url, undefined, { [INNER]: true });
}

/** Whether this request is one the server sent itself (askInside). */
export function isInnerRequest(c: Context): boolean {
  return (c.env as Record<symbol, unknown> | undefined)?.[INNER] === true;
}
