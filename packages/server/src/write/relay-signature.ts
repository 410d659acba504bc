import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { RELAY_HEADERS, RELAY_SCHEME, RELAY_WINDOW_SECONDS, type RelayCheck } from '@sinn/sdk';

// The signature a relaying partner site (the WordPress plugin in privacy mode) puts on each write it passes on,
// so that its visitors are counted one by one instead of as one client: HMAC-SHA256 under the partner key's
// secret over this canonical string, seven lines joined by "\n" (no "\n" at the end):
//
//   sinn-relay-v1
//   POST                            the method, upper case
//   /v1/memberships                 the path from the API's root, without a query
//   <SHA-256 of the body's bytes>   64 lower-case hex digits, of the bytes as sent
//   <Idempotency-Key>               as sent (empty when there is none)
//   <X-Sinn-Relay-Visitor>          the visitor's keyed address hash, 64 lower-case hex digits
//   <X-Sinn-Relay-Timestamp>        decimal seconds since 1970 (UTC)
//
// sent in X-Sinn-Relay-Signature as 64 lower-case hex digits. The plugin spells the same out in
// packages/wordpress/includes/class-sinn-widgets-relay-signature.php, and packages/wordpress/test holds both to
// the same bytes. The visitor hash is the site's business (keyed by the same secret, so that it means nothing
// at another site, and an IPv4 address cannot be found by trying all of them); here it is only a name to count by.

export interface RelayedRequest {
  method: string;
  path: string;
  body: Uint8Array;
  idempotencyKey: string;
  visitor: string;
  timestamp: string;
}

/** Why a relayed write is not counted by its visitor; the write is accepted all the same. */
export type RelayFailure = Exclude<RelayCheck['signature'], 'verified'>;

export type RelayVerdict = { verified: true; visitor: string } | { verified: false; reason: RelayFailure };

const HEX64 = /^[0-9a-f]{64}$/;
const SECONDS = /^[0-9]{1,12}$/;

export function relayCanonicalString(request: RelayedRequest): string {
  return [
    RELAY_SCHEME,
    request.method.toUpperCase(),
    request.path,
    createHash('sha256').update(request.body).digest('hex'),
    request.idempotencyKey,
    request.visitor,
    request.timestamp,
  ].join('\n');
}

/** The signature of a relayed request under a partner's secret: 64 lower-case hex digits. */
export function relaySignature(secret: string, request: RelayedRequest): string {
  return createHmac('sha256', secret).update(relayCanonicalString(request)).digest('hex');
}

/** Whether a request carries any of the relay's headers: only such a request is a relayed one to verify. */
export function claimsRelay(header: (name: string) => string | undefined): boolean {
  return Object.values(RELAY_HEADERS).some((name) => header(name) !== undefined);
}

/**
 * Checks a relayed request's signature: every header there and well-formed, the partner key's secret known, the
 * signature right (compared in constant time), and its timestamp within five minutes of `now` either way (the
 * site's clock may be a little ahead). The order matters only for the reason given: a wrong signature is `wrong`
 * whatever its timestamp, so `expired` says that the secret was right.
 */
export function verifyRelay(
  header: (name: string) => string | undefined,
  request: Omit<RelayedRequest, 'visitor' | 'timestamp'>,
  secret: string | null,
  now: Date,
): RelayVerdict {
  const visitor = header(RELAY_HEADERS.visitor);
  const timestamp = header(RELAY_HEADERS.timestamp);
  const signature = header(RELAY_HEADERS.signature);
  if (!visitor || !timestamp || !signature) return { verified: false, reason: 'missing' };
  if (!HEX64.test(visitor) || !SECONDS.test(timestamp) || !HEX64.test(signature)) return { verified: false, reason: 'malformed' };
  if (!secret) return { verified: false, reason: 'no-secret' };
  const expected = Buffer.from(relaySignature(secret, { ...request, visitor, timestamp }), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return { verified: false, reason: 'wrong' };
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > RELAY_WINDOW_SECONDS) return { verified: false, reason: 'expired' };
  return { verified: true, visitor };
}
