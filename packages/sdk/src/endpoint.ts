import type * as z from 'zod/mini';

/** What every read endpoint declares: where it lives, what it takes, how the OpenAPI document describes it. */
interface EndpointBase<Q extends z.ZodMiniObject | undefined> {
  path: string;
  summary: string;
  description?: string;
  tag: string;
  query?: Q;
  /** Path parameters, each a slug. */
  pathParams?: readonly string[];
  /** Whether the answer carries an ETag and answers If-None-Match with 304. */
  cached: boolean;
}

/** One read endpoint of the public API: the server routes it, the client calls it, the OpenAPI document describes it. */
export interface Endpoint<
  R extends z.core.$ZodType = z.core.$ZodType,
  Q extends z.ZodMiniObject | undefined = z.ZodMiniObject | undefined,
> extends EndpointBase<Q> {
  response: R;
}

/**
 * A read endpoint that answers with a file in another format than JSON (an iCalendar feed). Pages link to it
 * (`client.url(…)`) rather than fetch it, so it has no response schema and `SinnClient.get` does not take it.
 */
export interface FileEndpoint<Q extends z.ZodMiniObject | undefined = z.ZodMiniObject | undefined> extends EndpointBase<Q> {
  /** The media type of the answer, e.g. `text/calendar`. */
  mediaType: string;
}

export function endpoint<R extends z.core.$ZodType, Q extends z.ZodMiniObject | undefined = undefined>(
  definition: Endpoint<R, Q>,
): Endpoint<R, Q> {
  return definition;
}

export function fileEndpoint<Q extends z.ZodMiniObject | undefined = undefined>(definition: FileEndpoint<Q>): FileEndpoint<Q> {
  return definition;
}

/**
 * A write endpoint of the public API (a form's POST). Its body is validated by the same schema in the browser and
 * on the server. Every write carries an `Idempotency-Key`: the same key and body answer the first answer again.
 */
export interface WriteEndpoint<B extends z.core.$ZodType = z.core.$ZodType, R extends z.core.$ZodType = z.core.$ZodType> {
  method: 'post';
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** Path parameters, each a slug or id. */
  pathParams?: readonly string[];
  body: B;
  response: R;
  /** The status of a successful answer. */
  status: 200 | 201 | 202;
  /** Whether the request must carry a solved proof-of-work challenge in `X-Sinn-Challenge`. */
  challenge: boolean;
}

export function writeEndpoint<B extends z.core.$ZodType, R extends z.core.$ZodType>(definition: WriteEndpoint<B, R>): WriteEndpoint<B, R> {
  return definition;
}
