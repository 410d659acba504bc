import type * as z from 'zod/mini';

/** One read endpoint of the public API: the server routes it, the client calls it, the OpenAPI document describes it. */
export interface Endpoint<
  R extends z.core.$ZodType = z.core.$ZodType,
  Q extends z.ZodMiniObject | undefined = z.ZodMiniObject | undefined,
> {
  path: string;
  summary: string;
  description?: string;
  tag: string;
  query?: Q;
  /** Path parameters, each a slug. */
  pathParams?: readonly string[];
  response: R;
  /** Whether the answer carries an ETag and answers If-None-Match with 304. */
  cached: boolean;
}

export function endpoint<R extends z.core.$ZodType, Q extends z.ZodMiniObject | undefined = undefined>(
  definition: Endpoint<R, Q>,
): Endpoint<R, Q> {
  return definition;
}
