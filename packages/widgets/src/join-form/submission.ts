import type { FieldError } from '@sinn/sdk';
import { fieldOfPointer } from './validation.js';
import type { FieldName } from './values.js';

// What a sign-up's answer means for the person: sent, to be sent again without them noticing, or a failure they
// are told about, with what to do. Whatever went wrong, the form keeps what they typed. Part of the sending,
// loaded on demand (sending.ts).

/**
 * One Idempotency-Key per body: every retry of an unchanged sign-up carries the same key, so the server stores
 * it once however often it arrives; a changed body is a new sign-up with a new key.
 */
export class IdempotencyKeys {
  #body: string | undefined;
  #key: string | undefined;

  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (text !== this.#body || !this.#key) {
      this.#body = text;
      this.#key = newKey();
    }
    return this.#key;
  }

  /** After a sign-up went through, the next one (of another person at the same computer) is a new one. */
  forget(): void {
    this.#body = undefined;
    this.#key = undefined;
  }
}

function newKey(): string {
  // randomUUID needs a secure context; a partner's plain-http test page is not one.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type FailureKind =
  /** The server found fields it does not accept (422). */
  | 'invalid'
  /** The consent text changed since it was shown (409): show the new one and ask again. */
  | 'consent-outdated'
  /** The proof of work was refused (used, expired, wrong): solve a new one and send again. */
  | 'challenge'
  /** Sent sooner after the challenge than the server accepts: wait as asked and send again, unseen. */
  | 'too-fast'
  /** Too many sign-ups from here: the person is told when to try again. */
  | 'rate-limited'
  /** This site (partner key or origin) may not send sign-ups: the person is told to contact the site. */
  | 'forbidden'
  | 'network'
  | 'timeout'
  | 'server';

export interface Failure {
  kind: FailureKind;
  /** The HTTP status, where the server answered. */
  status?: number;
  /** Seconds to wait, where the server said. */
  retryAfter?: number;
  /** The fields the server named (422). */
  fields?: FieldName[];
}

interface ClientError {
  kind?: string;
  timedOut?: boolean;
  status?: number;
  retryAfter?: number | null;
  problem?: { type?: string; errors?: FieldError[] };
}

/** The failure an error of the SINN client stands for. */
export function classify(error: unknown): Failure {
  const e = (error ?? {}) as ClientError;
  if (e.kind === 'network') return { kind: e.timedOut ? 'timeout' : 'network' };
  if (e.kind !== 'problem' || typeof e.status !== 'number') return { kind: 'server' };
  const status = e.status;
  const type = e.problem?.type ?? '';
  const is = (name: string) => type === `/problems/${name}` || type.endsWith(`/problems/${name}`);
  const retryAfter = e.retryAfter ?? undefined;
  const answer = (kind: FailureKind): Failure => ({ kind, status, ...(retryAfter !== undefined ? { retryAfter } : {}) });
  if (status === 429) return answer(is('too-fast') ? 'too-fast' : 'rate-limited');
  if (status === 409 && is('consent-outdated')) return answer('consent-outdated');
  if (is('challenge-failed')) return answer('challenge');
  if (status === 403) return answer('forbidden');
  if (status === 422) {
    const fields = [...new Set((e.problem?.errors ?? []).map((item) => fieldOfPointer(item.pointer)).filter((f): f is FieldName => !!f))];
    return { ...answer('invalid'), fields };
  }
  return answer('server');
}

/** How long to wait before a retry the server asked for, in milliseconds: at least a second, at most half a minute. */
export function waitFor(failure: Failure): number {
  return Math.min(30, Math.max(1, failure.retryAfter ?? 1)) * 1000;
}
