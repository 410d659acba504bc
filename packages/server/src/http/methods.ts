import type { Hono } from 'hono';
import { problemResponse, problems } from './problem.js';

/** Answers every other method on a path with 405 and its `Allow` header. Register after the path's handlers. */
export function onlyAllow(app: Hono, path: string, allowed: string[]): void {
  const allow = [...allowed, 'OPTIONS'];
  app.all(path, () => problemResponse(problems.methodNotAllowed(allow), { Allow: allow.join(', ') }));
}
