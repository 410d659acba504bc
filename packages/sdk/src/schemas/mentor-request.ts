import * as z from 'zod/mini';
import { writeEndpoint } from '../endpoint.js';
import { Consent, EmailAddress, Honeypot, MailLanguage, typedLine } from './membership.js';
import { named } from './registry.js';

// A contact request to a mentor: the person's name, address and message, forwarded to the mentor by mail. The
// same write path as the sign-up (challenge, honeypot, rate limit, Idempotency-Key); the browser validates the
// dialog with these schemas, the server the body with the same ones.

/**
 * Text a person types over several lines: trimmed, line ends made `\n`, no control characters but the line
 * break (no tabs, no escape sequences).
 */
export function typedText(max: number, min = 1) {
  return z.string().check(
    z.overwrite((value) => value.replace(/\r\n?/g, '\n')),
    z.trim(),
    z.minLength(min),
    z.maxLength(max),
    z.regex(/^[^\u0000-\u0009\u000b-\u001f\u007f]*$/, 'no control characters but line breaks'),
  );
}

export const MentorRequestBody = /* @__PURE__ */ named(
  'MentorRequestBody',
  z.object({
    name: typedLine(120, 2),
    /** Where the mentor's answer goes (the mail to the mentor has it as its Reply-To). */
    email: EmailAddress,
    message: typedText(4000, 20),
    consent: Consent,
    language: MailLanguage,
    /** Leave empty: a field people never see, which only robots fill. */
    website: Honeypot,
  }),
  'A contact request to a mentor. Send it with an `Idempotency-Key` header and a solved challenge in `X-Sinn-Challenge`.',
);

export const MentorRequestAccepted = /* @__PURE__ */ named(
  'MentorRequestAccepted',
  z.object({
    /**
     * `queued`: stored, and the mail to the mentor waits in the outbox to go out (the mail worker sends it within
     * seconds). `sent`: already handed to the mail server. Both mean success; the server answers `queued` today.
     */
    status: z.enum(['queued', 'sent']),
  }),
  'The request is stored and forwarded to the mentor by mail; the sender gets a receipt without the message.',
);

export type MentorRequestBody = z.infer<typeof MentorRequestBody>;
export type MentorRequestInput = z.input<typeof MentorRequestBody>;
export type MentorRequestAccepted = z.infer<typeof MentorRequestAccepted>;

export const createMentorRequestEndpoint = /* @__PURE__ */ writeEndpoint({
  method: 'post',
  path: '/v1/mentors/{id}/requests',
  summary: 'Contact a mentor',
  description:
    'Stores the request and mails it to the mentor, with the sender\'s address as Reply-To; the sender gets a receipt ' +
    'that holds none of the typed text. The mentor\'s address is never shown. Needs an `Idempotency-Key` header and a ' +
    'solved challenge from `GET /v1/challenge` in `X-Sinn-Challenge`; writes from a partner site carry its ' +
    '`X-Sinn-Partner-Key`. 404 for an unknown mentor, 409 for a mentor who takes no requests now (availability ' +
    '`unavailable`) or a `consent.version` that is not the current text of purpose `mentor-request` ' +
    '(`GET /v1/consent-texts/current?purpose=mentor-request`).',
  tag: 'Mentors',
  pathParams: ['id'],
  body: MentorRequestBody,
  response: MentorRequestAccepted,
  status: 202,
  challenge: true,
});
