import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../http/logger.js';
import { problemResponse } from '../http/problem.js';
import { adminProblems } from './problems.js';

// The staff API's one credential: the bearer token in ADMIN_TOKEN. Both sides are hashed before the constant-time
// comparison, so neither the token's length nor how much of it a guess got right shows in the answer's timing.
// Without ADMIN_TOKEN every request is refused the same way.

const REALM = 'Bearer realm="SINN staff API"';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** The token of an `Authorization: Bearer <token>` header (RFC 6750), or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** Lets a request through only with the right bearer token; every answer behind it is `no-store`. */
export function staffOnly(adminToken: string | undefined, logger: Logger): MiddlewareHandler {
  // Unset, the token is compared with random bytes nobody knows, so the work done is the same.
  const expected = adminToken === undefined ? randomBytes(32) : digest(adminToken);
  return async (c, next) => {
    const given = bearerToken(c.req.header('Authorization'));
    const matches = timingSafeEqual(digest(given ?? ''), expected);
    if (!matches || given === null || adminToken === undefined) {
      if (given !== null) logger.warn('staff token rejected', { method: c.req.method, path: c.req.path });
      const detail =
        given === null
          ? 'The staff API needs the token from ADMIN_TOKEN: send Authorization: Bearer <token>.'
          : 'This token is not the staff token.';
      return problemResponse(adminProblems.unauthorized(detail), {
        'WWW-Authenticate': given === null ? REALM : `${REALM}, error="invalid_token"`,
      });
    }
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  };
}
