import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';

/**
 * The address a request came from, for the per-client rate limit (it is only ever stored as a keyed hash). It is
 * the socket's peer; behind a reverse proxy (SINN_TRUST_PROXY=1) that is the proxy, so the last address in
 * X-Forwarded-For, the one the proxy itself saw, is taken instead. Requests made without a socket (app.request in
 * tests) share one bucket.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For');
    const last = forwarded?.split(',').pop()?.trim();
    if (last) return last;
  }
  const env = c.env as Partial<HttpBindings> | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
