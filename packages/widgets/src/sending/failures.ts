import type { FieldError } from '@sinn/sdk';

// What a form's write answer means for the person: sent, to be sent again without them noticing, or a failure
// they are told about, with what to do. Whatever went wrong, the form keeps what they typed. Part of the
// sending, loaded on demand; each form maps the fields named here to its own.

export type FailureKind =
  /** The server found fields it does not accept (422). */
  | 'invalid'
  /** The consent text changed since it was shown (409): show the new one and ask again. */
  | 'consent-outdated'
  /** What the write is for cannot take it now (409) or is gone (404), e.g. a mentor who takes no requests. */
  | 'unavailable'
  /** The proof of work was refused (used, expired, wrong): solve a new one and send again. */
  | 'challenge'
  /** Sent sooner after the challenge than the server accepts: wait as asked and send again, unseen. */
  | 'too-fast'
  /** Too many writes from here: the person is told when to try again. */
  | 'rate-limited'
  /** This site (partner key or origin) may not send: the person is told to contact the site. */
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
  /** The fields the server named (422): the first segment of each pointer, once each. */
  fields?: string[];
}

interface ClientError {
  kind?: string;
  timedOut?: boolean;
  status?: number;
  retryAfter?: number | null;
  problem?: { type?: string; errors?: FieldError[] };
}

/** The top-level field a JSON pointer of a problem document (`/email`, `/consent/accepted`) names, if any. */
export function fieldOfPointer(pointer: string | undefined): string | undefined {
  if (!pointer?.startsWith('/')) return undefined;
  const first = pointer.slice(1).split('/')[0]!.replace(/~1/g, '/').replace(/~0/g, '~');
  return first || undefined;
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
  if (status === 409 || status === 404) return answer('unavailable');
  if (is('challenge-failed')) return answer('challenge');
  if (status === 403) return answer('forbidden');
  if (status === 422) {
    const fields = [...new Set((e.problem?.errors ?? []).map((item) => fieldOfPointer(item.pointer)).filter((f): f is string => !!f))];
    return { ...answer('invalid'), fields };
  }
  return answer('server');
}

/** How long to wait before a retry the server asked for, in milliseconds: at least a second, at most half a minute. */
export function waitFor(failure: Failure): number {
  return Math.min(30, Math.max(1, failure.retryAfter ?? 1)) * 1000;
}
