import * as z from 'zod/mini';
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

