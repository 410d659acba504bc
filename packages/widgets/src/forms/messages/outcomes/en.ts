import type { FormOutcomeKey } from './de.js';

export const formOutcomesEn: Record<FormOutcomeKey, string> = {
  'summary.title': 'Please check your details',
  'summary.one': 'One entry is missing or incorrect:',
  'summary.many': '{count} entries are missing or incorrect:',
  'error.name.required': 'Please enter your name.',
  'error.name.short': 'The name must be at least 2 characters long.',
  'error.name.long': 'The name must be at most 120 characters long.',
  'error.email.required': 'Please enter your e-mail address.',
  'error.email.invalid': 'Please enter an e-mail address in the format name@example.org.',
  'error.email.long': 'The e-mail address must be at most 254 characters long.',
  'error.consent.changed': 'The privacy notice has just changed. Please read it and agree again.',
  'error.text.chars': 'Please do not use control characters.',
  'error.field.server': 'The SINN server did not accept this entry. Please check it.',
  'error.field.invalid': 'Please check this entry.',
  'failure.timeout': 'The SINN server did not answer in time. Please try again in a moment.',
  'failure.server': 'Something went wrong at the SINN server. Please try again in a few minutes.',
  'failure.rate-limited.later': 'later',
  'failure.rate-limited.at': 'at {time} or later',
};
