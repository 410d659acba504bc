import type { FieldError, Problem } from '@sinn/sdk';

// The problem documents of the public write endpoints. Their `type` is stable: the elements tell the person what
// to do from it (wait, reload the consent text, try again), never from the English `detail`.
export const writeProblems = {
  unsupportedMediaType: (): Problem => ({
    type: 'about:blank',
    title: 'Unsupported Media Type',
    status: 415,
    detail: 'Send the body as JSON (Content-Type: application/json).',
  }),
  notJson: (detail: string): Problem => ({
    type: '/problems/invalid-json',
    title: 'The body is not JSON',
    status: 400,
    detail,
  }),
  idempotencyKey: (detail: string): Problem => ({
    type: '/problems/idempotency-key',
    title: 'Idempotency-Key missing or invalid',
    status: 400,
    detail,
  }),
  idempotencyKeyReused: (): Problem => ({
    type: '/problems/idempotency-key-reused',
    title: 'Idempotency-Key used for another request',
    status: 422,
    detail: 'This Idempotency-Key was sent before with a different body. Use a new key for a new request.',
  }),
  invalidBody: (errors: FieldError[]): Problem => ({
    type: '/problems/invalid-body',
    title: 'Invalid request body',
    status: 422,
    detail: errors.map((error) => `${error.pointer ?? 'body'}: ${error.detail}`).join('; '),
    errors,
  }),
  consentOutdated: (current: string): Problem => ({
    type: '/problems/consent-outdated',
    title: 'The consent text has changed',
    status: 409,
    detail: `The consent text in force is version ${current}: show it and ask again.`,
  }),
  mentorUnavailable: (): Problem => ({
    type: '/problems/mentor-unavailable',
    title: 'The mentor takes no requests now',
    status: 409,
    detail: 'This mentor has marked themselves unavailable and takes no contact requests at the moment.',
  }),
  partnerKey: (detail: string): Problem => ({
    type: '/problems/partner-key',
    title: 'Partner key not accepted',
    status: 403,
    detail,
  }),
  challengeFailed: (detail: string): Problem => ({
    type: '/problems/challenge-failed',
    title: 'Challenge failed',
    status: 400,
    detail: `${detail} Fetch a new challenge from /v1/challenge, solve it and send the request again with the same Idempotency-Key.`,
  }),
  tooFast: (seconds: number): Problem => ({
    type: '/problems/too-fast',
    title: 'Sent too fast',
    status: 429,
    detail: `The form was sent sooner after its challenge than a person fills it. Send it again in ${seconds} s with the same Idempotency-Key and challenge.`,
  }),
  rateLimited: (seconds: number): Problem => ({
    type: '/problems/rate-limited',
    title: 'Too many requests',
    status: 429,
    detail: `Too many forms of this kind sent from here in this hour. Try again in ${seconds} s.`,
  }),
};
