import * as z from 'zod/mini';
import { CONSENT_PURPOSE_IDS } from '../taxonomies/ids.js';
import { DateTime } from './common.js';
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

/** What a consent is given for; each purpose has its own text and versions. */
export const ConsentPurpose = /* @__PURE__ */ named(
  'ConsentPurpose',
  z.enum(CONSENT_PURPOSE_IDS),
  'What the consent is for: `membership`, joining the SINN network (`POST /v1/memberships`); `mentor-request`, a ' +
    'contact request forwarded to one mentor (`POST /v1/mentors/{id}/requests`).',
);

export const ConsentText = /* @__PURE__ */ named(
  'ConsentText',
  z.object({
    purpose: ConsentPurpose,
    /** Changes whenever the wording changes; a sign-up or request names the version it agreed to. Unique per purpose. */
    version: z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[A-Za-z0-9._-]+$/)),
    /** `sha256-` and the hex digest of the version's German and English wording, recorded with each consent. */
    hash: z.string().check(z.regex(/^sha256-[0-9a-f]{64}$/)),
    publishedAt: DateTime,
    de: ConsentWording,
    en: ConsentWording,
  }),
  'The versioned privacy text a form shows for its purpose, which the server records with every sign-up or request.',
);

export const ConsentTextQuery = /* @__PURE__ */ named(
  'ConsentTextQuery',
  z.object({
    purpose: z.optional(ConsentPurpose),
  }),
);


export type ConsentPurpose = z.infer<typeof ConsentPurpose>;
export type ConsentTextQuery = z.input<typeof ConsentTextQuery>;
export type ConsentText = z.infer<typeof ConsentText>;
export type ConsentWording = z.infer<typeof ConsentWording>;
