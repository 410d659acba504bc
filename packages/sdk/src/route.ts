// Where each endpoint of the public API lives and what travels through it, as plain data and types: no schema.
// This is what browser code imports. The widgets trust their own versioned API on the read path (the server's
// tests and the OpenAPI breaking-change check keep /v1 additive), so they need an endpoint's path and types,
// not the zod schemas that check it; those live in the contract (endpoint.ts, endpoints.ts) for the server, the
// OpenAPI document, and the parsing client that npm users get.

declare const carries: unique symbol;

/** A read endpoint that answers JSON: `client.get(route, …)` resolves with `R`; `Q` is the query it takes. */
export interface Route<R = unknown, Q = undefined> {
  readonly path: string;
  /** Path parameters, each a slug. */
  readonly pathParams?: readonly string[];
  /** Whether the answer carries an ETag and answers If-None-Match with 304. */
  readonly cached: boolean;
  /** The answer's and the query's types; never there at run time. */
  readonly [carries]?: { response: R; query: Q };
}

/**
 * A read endpoint that answers with a file in another format than JSON (an iCalendar feed). Pages link to it
 * (`client.url(…)`) rather than fetch it.
 */
export interface FileRoute<Q = undefined> {
  readonly path: string;
  readonly pathParams?: readonly string[];
  readonly cached: boolean;
  /** The media type of the answer, e.g. `text/calendar`. */
  readonly mediaType: string;
  readonly [carries]?: { query: Q };
}

/**
 * A write endpoint (a form's POST): `B` is what the caller sends, `R` the answer. Every write carries an
 * `Idempotency-Key`: the same key and body answer the first answer again.
 */
export interface WriteRoute<B = unknown, R = unknown> {
  readonly method: 'post';
  readonly path: string;
  /** Path parameters, each a slug or id. */
  readonly pathParams?: readonly string[];
  /** The status of a successful answer. */
  readonly status: 200 | 201 | 202;
  /** Whether the request must carry a solved proof-of-work challenge in `X-Sinn-Challenge`. */
  readonly challenge: boolean;
  readonly [carries]?: { body: B; response: R };
}

/** The typed answer of a read or write route. */
export type ResponseOf<E> = E extends Route<infer R, unknown> ? R : E extends WriteRoute<unknown, infer R> ? R : never;

/** The typed query a route takes (never for routes without one). */
export type QueryOf<E> = E extends Route<unknown, infer Q> ? (Q extends undefined ? never : Q) : E extends FileRoute<infer Q> ? Q : never;

/** What a write route takes as its body. */
export type BodyOf<E> = E extends WriteRoute<infer B, unknown> ? B : never;

export function route<R, Q = undefined>(definition: Route<R, Q>): Route<R, Q> {
  return definition;
}

export function fileRoute<Q = undefined>(definition: FileRoute<Q>): FileRoute<Q> {
  return definition;
}

export function writeRoute<B, R>(definition: WriteRoute<B, R>): WriteRoute<B, R> {
  return definition;
}
