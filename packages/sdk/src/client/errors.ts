import type { Problem } from '../schemas/problem.js';

/** Anything the SINN client reports. `kind` tells the three apart without `instanceof` across bundles. */
export abstract class SinnError extends Error {
  abstract readonly kind: 'network' | 'problem' | 'contract';
  constructor(
    message: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The server could not be reached, or did not answer in time, after the retries. */
export class SinnNetworkError extends SinnError {
  readonly kind = 'network';
  constructor(
    url: string,
    readonly timedOut: boolean,
    cause: unknown,
  ) {
    super(timedOut ? `SINN API did not answer in time: ${url}` : `SINN API not reachable: ${url}`, url, { cause });
  }
}

/**
 * The server answered with an error: an RFC 9457 problem document. A 404's message names where the request went
 * (`address`, the URL without the query it added, which may hold a person's search text; `url` has it whole).
 */
export class SinnProblemError extends SinnError {
  readonly kind = 'problem';
  constructor(
    url: string,
    readonly status: number,
    readonly problem: Problem,
    /** Seconds the server asked to wait before trying again (429, 503), if it said. */
    readonly retryAfter: number | null,
    address?: string,
  ) {
    super(`${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}${status === 404 ? ` (${address ?? withoutQuery(url)})` : ''}`, url);
  }
}

function withoutQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}

/** The server answered, but not in the shape the contract promises: client and server disagree. */
export class SinnContractError extends SinnError {
  readonly kind = 'contract';
  constructor(
    url: string,
    readonly issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code?: string }>,
  ) {
    super(
      `SINN API answer does not match the contract (${issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ')}): ${url}`,
      url,
    );
  }
}
