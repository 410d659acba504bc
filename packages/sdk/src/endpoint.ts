import type * as z from 'zod/mini';
import type { FileRoute, Route, WriteRoute } from './route.js';

// An endpoint of the contract: its route (route.ts, what browser code imports) with the zod schemas that check
// what travels through it and the words the OpenAPI document says about it. The server routes and validates
// with these, the OpenAPI document is made from them, and the parsing client checks answers with them.

interface Described {
  summary: string;
  description?: string;
  tag: string;
}

/** One read endpoint of the public API, with its query and answer schemas. */
export interface Endpoint<
  R extends z.core.$ZodType = z.core.$ZodType,
  Q extends z.ZodMiniObject | undefined = z.ZodMiniObject | undefined,
> extends Described {
  route: Route<z.output<R>, Q extends z.ZodMiniObject ? z.input<Q> : undefined>;
  path: string;
  pathParams?: readonly string[];
  cached: boolean;
  /** Whether the request carries the partner key (route.ts). */
  partnerKey?: boolean;
  query?: Q;
  response: R;
  /** When the endpoint answers 403, where it does (a survey's results before they are public). */
  forbidden?: string;
}

/** A read endpoint that answers with a file (an iCalendar feed): no answer schema. */
export interface FileEndpoint<Q extends z.ZodMiniObject | undefined = z.ZodMiniObject | undefined> extends Described {
  route: FileRoute<Q extends z.ZodMiniObject ? z.input<Q> : undefined>;
  path: string;
  pathParams?: readonly string[];
  cached: boolean;
  mediaType: string;
  query?: Q;
}

/** What a write endpoint's own 404, 409 and 422 mean, where it says more than the shared words. */
export interface WriteProblems {
  notFound?: string;
  conflict?: string;
  unprocessable?: string;
}

/** A write endpoint (a form's POST): its body is validated by the same schema in the browser and on the server. */
export interface WriteEndpoint<B extends z.core.$ZodType = z.core.$ZodType, R extends z.core.$ZodType = z.core.$ZodType>
  extends Described {
  problems?: WriteProblems;
  route: WriteRoute<z.input<B>, z.output<R>>;
  method: 'post';
  path: string;
  pathParams?: readonly string[];
  status: 200 | 201 | 202;
  challenge: boolean;
  body: B;
  response: R;
}

export function endpoint<R extends z.core.$ZodType, Q extends z.ZodMiniObject | undefined = undefined>(
  route: Route<z.output<R>, Q extends z.ZodMiniObject ? z.input<Q> : undefined>,
  contract: Described & { response: R; query?: Q; forbidden?: string },
): Endpoint<R, Q> {
  return { ...route, ...contract, route };
}

export function fileEndpoint<Q extends z.ZodMiniObject | undefined = undefined>(
  route: FileRoute<Q extends z.ZodMiniObject ? z.input<Q> : undefined>,
  contract: Described & { query?: Q },
): FileEndpoint<Q> {
  return { ...route, ...contract, route };
}

export function writeEndpoint<B extends z.core.$ZodType, R extends z.core.$ZodType>(
  route: WriteRoute<z.input<B>, z.output<R>>,
  contract: Described & { body: B; response: R; problems?: WriteProblems },
): WriteEndpoint<B, R> {
  return { ...route, ...contract, route };
}
