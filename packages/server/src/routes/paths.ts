import type { Context } from 'hono';
import { Slug } from '@sinn/sdk';
import * as z from 'zod/mini';
import { ProblemError, problems } from '../http/problem.js';

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * `/v1/initiatives/{slug}` (OpenAPI) as `/v1/initiatives/:slug` (Hono). Hono matches nothing after a parameter
 * in the same segment (`:slug.ics` or `:slug{…}.ics` never match), so a suffix becomes the end of the
 * parameter's own pattern (`:slug{[a-z0-9-]+\.ics}`), and `slugParam` takes it off again.
 */
export function honoPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}([^/]*)/g, (_, name: string, suffix: string) =>
    suffix ? `:${name}{[a-z0-9-]+${suffix.replace(SPECIAL, '\\$&')}}` : `:${name}`,
  );
}

/**
 * The `slug` path parameter without the `suffix` its path puts after it; one that cannot be a slug names
 * nothing, so it is a 404 like an unknown one.
 */
export function slugParam(c: Context, suffix = ''): string {
  const param = c.req.param('slug') ?? '';
  const slug = suffix && param.endsWith(suffix) ? param.slice(0, -suffix.length) : param;
  if (!z.safeParse(Slug, slug).success) throw new ProblemError(problems.notFound('This is not a valid slug.'));
  return slug;
}
