import type { FieldError, Problem } from '@sinn/sdk';

/** An error that becomes an RFC 9457 problem response. Throw it anywhere in a handler. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail ?? problem.title);
  }
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers },
  });
}

export const problems = {
  invalidParameters: (errors: FieldError[]): Problem => ({
    type: '/problems/invalid-parameters',
    title: 'Invalid query parameters',
    status: 400,
    detail: errors.map((error) => `${error.parameter ?? error.pointer ?? 'request'}: ${error.detail}`).join('; '),
    errors,
  }),
  notFound: (detail = 'There is nothing at this address.'): Problem => ({
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail,
  }),
  methodNotAllowed: (allowed: string[]): Problem => ({
    type: 'about:blank',
    title: 'Method Not Allowed',
    status: 405,
    detail: `This address answers ${allowed.join(', ')}.`,
  }),
  uriTooLong: (): Problem => ({
    type: 'about:blank',
    title: 'URI Too Long',
    status: 414,
    detail: 'The request URL is too long.',
  }),
  payloadTooLarge: (limit: number): Problem => ({
    type: 'about:blank',
    title: 'Content Too Large',
    status: 413,
    detail: `Request bodies may be at most ${limit} bytes.`,
  }),
  internal: (): Problem => ({
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'Something went wrong on our side. Please try again later.',
  }),
};
