import type { Context } from 'hono';
import { Slug } from '@sinn/sdk';
import * as z from 'zod/mini';
import { ProblemError, problems } from '../http/problem.js';

/** `/v1/initiatives/{slug}` (OpenAPI) as `/v1/initiatives/:slug` (Hono). */
export function honoPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

/** The `slug` path parameter; one that cannot be a slug names nothing, so it is a 404 like an unknown one. */
export function slugParam(c: Context): string {
  const slug = c.req.param('slug') ?? '';
  if (!z.safeParse(Slug, slug).success) throw new ProblemError(problems.notFound('This is not a valid slug.'));
  return slug;
}
