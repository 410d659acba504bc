import * as z from 'zod/mini';
import { DateTime } from './common.js';
import { endpoint } from '../endpoint.js';
import { named } from './registry.js';

/** One language's consent text: a title and paragraphs of plain text (never HTML). */
export const ConsentWording = /* @__PURE__ */ named(
  'ConsentWording',
  z.object({
    title: z.string(),
    paragraphs: z.array(z.string()),
    /** The sentence beside the checkbox. */
    checkbox: z.string(),
  }),
);

export const ConsentText = /* @__PURE__ */ named(
  'ConsentText',
  z.object({
    /** Changes whenever the wording changes; a sign-up names the version it agreed to. */
    version: z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[A-Za-z0-9._-]+$/)),
    /** `sha256-` and the hex digest of the version's German and English wording, recorded with each consent. */
    hash: z.string().check(z.regex(/^sha256-[0-9a-f]{64}$/)),
    publishedAt: DateTime,
    de: ConsentWording,
    en: ConsentWording,
  }),
  'The versioned privacy text the forms show and the server records with every sign-up.',
);

export const consentTextEndpoint = /* @__PURE__ */ endpoint({
  path: '/v1/consent-texts/current',
  summary: 'The consent text in force',
  tag: 'Memberships',
  response: ConsentText,
  cached: true,
});

export type ConsentText = z.infer<typeof ConsentText>;
export type ConsentWording = z.infer<typeof ConsentWording>;
