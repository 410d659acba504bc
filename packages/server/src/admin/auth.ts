import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { StaffToken } from '../config.js';
import type { Logger } from '../http/logger.js';
import { problemResponse } from '../http/problem.js';
import { adminProblems } from './problems.js';

// The staff API's credentials: a bearer token of ADMIN_TOKEN or ADMIN_TOKENS. Both sides are hashed before the
// constant-time comparison, and every token is compared, so neither a token's length, nor how much of it a guess got
// right, nor whose it is shows in the answer's timing. Without any token every request is refused the same way.

const REALM = 'Bearer realm="SINN staff API"';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** The token of an `Authorization: Bearer <token>` header (RFC 6750), or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** Who the staff request being handled came from: the name of its token, for the audit log. */
const acting = new AsyncLocalStorage<string>();

/** The name of the staff member whose request is being handled; undefined outside the staff API. */
export function actingStaff(): string | undefined {
  return acting.getStore();
}

/**
 * Lets a request through only with a staff token, and handles it as that token's name's; every answer behind it
 * is `no-store`.
 */
export function staffOnly(tokens: readonly StaffToken[], logger: Logger): MiddlewareHandler {
  // With no token, one is compared with random bytes nobody knows, so the work done is the same.
  const expected = tokens.length ? tokens.map(({ name, token }) => ({ name, digest: digest(token) })) : [{ name: '', digest: randomBytes(32) }];
  return async (c, next) => {
    const given = bearerToken(c.req.header('Authorization'));
    const mine = digest(given ?? '');
    let name: string | undefined;
    for (const candidate of expected) {
      if (timingSafeEqual(mine, candidate.digest) && candidate.name) name = candidate.name;
    }
    if (name === undefined || given === null) {
      if (given !== null) logger.warn('staff token rejected', { method: c.req.method, path: c.req.path });
      const detail =
        given === null
          ? 'The staff API needs a token from ADMIN_TOKEN or ADMIN_TOKENS: send Authorization: Bearer <token>.'
          : tokens.length === 0
            ? 'The staff API is off on this server: it has no ADMIN_TOKENS (nor ADMIN_TOKEN).'
            : 'This token is not a staff token.';
      return problemResponse(adminProblems.unauthorized(detail), {
        'WWW-Authenticate': given === null ? REALM : `${REALM}, error="invalid_token"`,
      });
    }
    await acting.run(name, next);
    c.res.headers.set('Cache-Control', 'no-store');
  };
}
