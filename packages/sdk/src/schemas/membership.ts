import * as z from 'zod/mini';
import { MEMBER_KIND_IDS, OFFER_IDS } from '../taxonomies/ids.js';
import { DateTime } from './common.js';
import { named } from './registry.js';
import { RegionId, TopicId } from './taxonomies.js';

// The sign-up to the SINN network. The browser validates the form with these schemas before it sends, and the
// server validates the body with the same ones, so both report the same fields for the same mistakes.

/**
 * The marks that turn the writing direction of what follows them (U+202A–U+202E, U+2066–U+2069), taken out of
 * what a person types: invisible, they make a name in a mail read as another ("Paula \u202eTest"). Taken out
 * rather than refused, so that a form already deployed, which sends them, is not refused either.
 */
export const withoutDirectionMarks = /* @__PURE__ */ z.overwrite((text: string) => text.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''));

/** One line of text a person types: trimmed, no control characters, no marks that turn the writing direction. */
export function typedLine(max: number, min = 1) {
  return z.string().check(withoutDirectionMarks, z.trim(), z.minLength(min), z.maxLength(max), z.regex(/^[^\u0000-\u001f\u007f]*$/));
}

export const MemberKindId = /* @__PURE__ */ named('MemberKindId', z.enum(MEMBER_KIND_IDS));
export const OfferId = /* @__PURE__ */ named('OfferId', z.enum(OFFER_IDS));
export const MailLanguage = /* @__PURE__ */ named('MailLanguage', z.enum(['de', 'en']), 'The language of the mails sent.');

/** An e-mail address as people type it: trimmed, at most 254 characters (RFC 5321). */
export const EmailAddress = z.string().check(z.trim(), z.maxLength(254), z.email());

/** The field people never see, which only robots fill: every public form has it, and sends it empty. */
export const Honeypot = z.optional(z.string().check(z.maxLength(500)));

export const Consent = /* @__PURE__ */ named(
  'Consent',
  z.object({
    /**
     * The version of `GET /v1/consent-texts/current` that was shown, for the endpoint's purpose: `membership` for a
     * sign-up, `mentor-request` for a contact request.
     */
    version: z.string().check(z.minLength(1), z.maxLength(40)),
    accepted: z.literal(true),
  }),
);

export const MembershipRequest = /* @__PURE__ */ named(
  'MembershipRequest',
  z.object({
    name: typedLine(120, 2),
    email: EmailAddress,
    organisation: z.optional(typedLine(200, 0)),
    organisationKind: MemberKindId,
    region: RegionId,
    interests: z.array(TopicId).check(z.maxLength(20)),
    offers: z.array(OfferId).check(z.maxLength(10)),
    newsletter: z.boolean(),
    consent: Consent,
    language: MailLanguage,
    /** Leave empty: a field people never see, which only robots fill. */
    website: Honeypot,
  }),
  'A sign-up to the SINN network. Send it with an `Idempotency-Key` header and a solved challenge in `X-Sinn-Challenge`.',
);

export const MembershipAccepted = /* @__PURE__ */ named(
  'MembershipAccepted',
  z.object({
    status: z.literal('pending'),
    /** Until when the link in the confirmation mail works. */
    confirmBy: DateTime,
  }),
  'The sign-up is stored and waits for its confirmation by the link in the mail.',
);

export type MemberKindId = z.infer<typeof MemberKindId>;
export type OfferId = z.infer<typeof OfferId>;
export type MembershipRequest = z.infer<typeof MembershipRequest>;
export type MembershipInput = z.input<typeof MembershipRequest>;
export type MembershipAccepted = z.infer<typeof MembershipAccepted>;

