import { randomUUID } from 'node:crypto';
import type { MembershipInput } from '@sinn/sdk';
import { solvedChallenge } from './challenge.js';

/** The consent version the migration publishes. */
export const CONSENT_VERSION = '2026-11';

/** A valid sign-up; `overrides` replace its fields. */
export function signupBody(overrides: Partial<MembershipInput> = {}): MembershipInput {
  return {
    name: 'Erika Mustermann',
    email: `erika.${randomUUID().slice(0, 8)}@example.org`,
    organisation: 'Nachbarschaftshilfe Plauen e. V.',
    organisationKind: 'initiative',
    region: 'vogtlandkreis',
    interests: ['wohnen'],
    offers: ['mentoring'],
    newsletter: false,
    consent: { version: CONSENT_VERSION, accepted: true },
    language: 'de',
    ...overrides,
  } as MembershipInput;
}

export interface PostOptions {
  key?: string;
  /** The X-Sinn-Challenge value; by default a freshly fetched and solved one, `null` for none. */
  challenge?: string | null;
  headers?: Record<string, string>;
}

/** POSTs a form to `path` as the browser does: JSON, an Idempotency-Key and a solved challenge. */
export async function postForm(baseUrl: string, path: string, body: unknown, options: PostOptions = {}): Promise<Response> {
  const challenge = options.challenge === undefined ? await solvedChallenge(baseUrl) : options.challenge;
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': options.key ?? randomUUID(),
      ...(challenge === null ? {} : { 'X-Sinn-Challenge': challenge }),
      ...options.headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** POSTs a sign-up as the browser does. */
export function postSignup(baseUrl: string, body: unknown, options: PostOptions = {}): Promise<Response> {
  return postForm(baseUrl, '/v1/memberships', body, options);
}
