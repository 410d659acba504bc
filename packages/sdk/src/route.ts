// Where each endpoint of the public API lives and what travels through it, as plain data and types: no schema.
// This is what browser code imports. The widgets trust their own versioned API on the read path (the server's
// tests and the OpenAPI breaking-change check keep /v1 additive), so they need an endpoint's path and types,
// not the zod schemas that check it; those live in the contract (endpoint.ts, endpoints.ts) for the server, the
// OpenAPI document, and the parsing client that npm users get.

declare const carries: unique symbol;

/**
 * A read endpoint that answers JSON: `client.get(route, …)` resolves with `R`; `Q` is the query it takes; `P` the
 * names of its path parameters (`'slug'` for `/v1/initiatives/{slug}`), which `get` then requires as `params`
 * (`string`, the default, where a type does not say).
 */
export interface Route<R = unknown, Q = undefined, P extends string = string> {
  readonly path: string;
  /** Path parameters, each a slug. */
  readonly pathParams?: readonly P[];
  /** Whether the answer carries an ETag and answers If-None-Match with 304. */
  readonly cached: boolean;
  /**
   * Whether the client sends its partner key (`X-Sinn-Partner-Key`) with the request, as with writes: a form's
   * challenge, which the server refuses for a key that the form's write would be refused for.
   */
  readonly partnerKey?: boolean;
  /** The answer's, the query's and the path parameters' types; never there at run time. */
  readonly [carries]?: { response: R; query: Q; params: P };
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
 * A write endpoint (a form's POST): `B` is what the caller sends, `R` the answer, `P` the names of its path
 * parameters, as for `Route`. Every write carries an `Idempotency-Key`: the same key and body answer the first
 * answer again.
 */
export interface WriteRoute<B = unknown, R = unknown, P extends string = string> {
  readonly method: 'post';
  readonly path: string;
  /** Path parameters, each a slug or id. */
  readonly pathParams?: readonly P[];
  /** The status of a successful answer. */
  readonly status: 200 | 201 | 202;
  /** Whether the request must carry a solved proof-of-work challenge in `X-Sinn-Challenge`. */
  readonly challenge: boolean;
  readonly [carries]?: { body: B; response: R; params: P };
}

/** The typed answer of a read or write route. */
export type ResponseOf<E> = E extends Route<infer R, unknown> ? R : E extends WriteRoute<unknown, infer R> ? R : never;

/** The typed query a route takes (never for routes without one). */
export type QueryOf<E> = E extends Route<unknown, infer Q> ? (Q extends undefined ? never : Q) : E extends FileRoute<infer Q> ? Q : never;

/** What a write route takes as its body. */
export type BodyOf<E> = E extends WriteRoute<infer B, unknown> ? B : never;

/** The names of a route's path parameters (`'slug'`), `never` for a route without, `string` where its type does not say. */
export type ParamsOf<E> = E extends Route<unknown, unknown, infer P> ? P : E extends WriteRoute<unknown, unknown, infer P> ? P : string;

/** Whether a route's type names its path parameters: then `get` and `post` require them as `params`. */
export type NeedsParams<E> = string extends ParamsOf<E> ? false : [ParamsOf<E>] extends [never] ? false : true;

/**
 * `{ params: … }`, required, for a route whose type names its path parameters; nothing for any other. A mapped
 * type, so that the options of code generic over routes (`GetOptions<E>` of an `E` not yet known) still fit it.
 */
export type ParamsOption<E> = { [K in NeedsParams<E> extends true ? 'params' : never]: Record<ParamsOf<E>, string> | undefined };

/**
 * A read route. With path parameters, name them as the third type argument, so that `get` requires them:
 * `route<Initiative, undefined, 'slug'>({ path: '/v1/initiatives/{slug}', pathParams: ['slug'], … })`.
 */
export function route<R, Q = undefined, P extends string = never>(definition: Route<R, Q, P>): Route<R, Q, P> {
  return definition;
}

export function fileRoute<Q = undefined>(definition: FileRoute<Q>): FileRoute<Q> {
  return definition;
}

/** A write route; its path parameters named as for `route`. */
export function writeRoute<B, R, P extends string = never>(definition: WriteRoute<B, R, P>): WriteRoute<B, R, P> {
  return definition;
}
