import { etagOf } from '../http/response-cache.js';

// The first answers of an element, bundled: each answer's text as its GET sent it, put into the bundle as it is
// (a month of events is not parsed and written again), under the URL it answers.

/** An inner GET that answered 200, its body not read yet. */
export interface InnerAnswer {
  url: string;
  /** Its ETag: the tag of its data, which the bundle's tag is made of. */
  etag: string;
  response: Response;
}

/** The JSON answers a bundle takes: JSON, also a list narrowed by `fields` (its own `+json` media type). */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** Whether an inner GET's answer goes into the bundle: a 200 whose body is JSON, to be put in as it is. */
export function bundles(response: Response): boolean {
  return response.status === 200 && JSON_TYPE.test(response.headers.get('Content-Type') ?? '');
}

/**
 * Whether an inner GET failed in a way that may pass (a 5xx, a 429): a bundle without it must not be kept, as a
 * 404 or 400 may be, which the same question always gets.
 */
export function failedForNow(response: Response): boolean {
  return response.status >= 500 || response.status === 429;
}

/** The inner answer with its tag: the ETag it was sent with, else (never for a read of the API) its text's. */
export async function tagged(url: string, response: Response): Promise<InnerAnswer> {
  const etag = response.headers.get('ETag') ?? etagOf(await response.clone().text());
  return { url, etag, response };
}

/** The bundle's tag, from its answers' URLs and tags: it changes when any of them does, or when one comes or goes. */
export function bundleEtag(answers: readonly InnerAnswer[]): string {
  return etagOf(answers.map(({ url, etag }) => [url, etag]));
}

/** `{"answers":[{"url":…,"body":…},…]}`, each body the text its GET answered. */
export async function bundleText(answers: readonly InnerAnswer[]): Promise<string> {
  const bodies = await Promise.all(answers.map(({ response }) => response.text()));
  const parts = answers.map(({ url }, index) => `{"url":${JSON.stringify(url)},"body":${bodies[index]}}`);
  return `{"answers":[${parts.join(',')}]}`;
}
