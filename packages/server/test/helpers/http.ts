import assert from 'node:assert/strict';
import { Problem } from '@sinn/sdk';
import * as z from 'zod/mini';

/** GETs a URL and parses its JSON body with a contract schema; fails the test with the issues if it does not fit. */
export async function getParsed<S extends z.core.$ZodType>(url: string, schema: S, init?: RequestInit): Promise<z.output<S>> {
  const response = await fetch(url, init);
  assert.equal(response.status, 200, `${url} answered ${response.status}: ${await response.clone().text()}`);
  const result = z.safeParse(schema, await response.json());
  assert.ok(result.success, `${url} does not fit its schema: ${JSON.stringify(result.error?.issues.slice(0, 3))}`);
  return result.data;
}

/** Fetches a URL that must answer with a problem document of the given status. */
export async function getProblem(url: string, status: number, init?: RequestInit): Promise<Problem> {
  const response = await fetch(url, init);
  const text = await response.text();
  assert.equal(response.status, status, `${init?.method ?? 'GET'} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  const result = z.safeParse(Problem, JSON.parse(text));
  assert.ok(result.success, `not a problem document: ${text.slice(0, 300)}`);
  assert.equal(result.data.status, status);
  return result.data;
}

/** Follows `nextCursor` from a list URL to the end, checking every page against the schema. */
export async function collectPages<S extends z.core.$ZodType>(
  url: string,
  schema: S,
): Promise<{ items: z.output<S> extends { items: (infer T)[] } ? T[] : never; total: number }> {
  const items: unknown[] = [];
  let cursor: string | null = null;
  let total = 0;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const page = (await getParsed(cursor ? `${url}${separator}cursor=${cursor}` : url, schema)) as {
      items: unknown[];
      nextCursor: string | null;
      total: number;
    };
    items.push(...page.items);
    total = page.total;
    cursor = page.nextCursor;
  } while (cursor);
  return { items: items as never, total };
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as it came over the wire, still in its Content-Encoding. */
  bytes: Buffer;
}

/** A request through node:http, which, unlike fetch, hands over the body as it came, and sends only the headers given. */
export async function getRaw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}
