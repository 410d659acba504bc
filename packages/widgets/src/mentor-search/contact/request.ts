import { MentorRequestBody, type MentorRequestInput } from '@sinn/sdk';
import { check, recheck as recheckWith, type Checked, type Issue } from '../../sending/validation.js';
import type { Lang } from '../../i18n/i18n.js';
import type { ContactMessageKey } from './messages/messages.js';

// What the contact dialog holds and how it is checked: by the contract's own schema (MentorRequestBody), which
// the server checks the body with too.

/** The fields of the dialog, in the order they are shown: the error summary lists them in this order. */
export const FIELDS = ['name', 'email', 'message', 'consent'] as const;
export type ContactField = (typeof FIELDS)[number];

/** What the dialog holds: the controls' values as typed, before trimming. */
export interface ContactValues {
  name: string;
  email: string;
  message: string;
  consent: boolean;
  /** The honeypot: people never see it; whatever a robot puts in is sent for the server to judge. */
  website: string;
}

export type ContactErrors = Map<ContactField, ContactMessageKey>;

export function emptyValues(): ContactValues {
  return { name: '', email: '', message: '', consent: false, website: '' };
}

/** The request body the values make, before validation: the schema trims and checks it. */
export function toRequest(values: ContactValues, consentVersion: string, language: Lang): MentorRequestInput {
  return {
    name: values.name,
    email: values.email,
    message: values.message,
    consent: { version: consentVersion, accepted: values.consent as true },
    language,
    ...(values.website ? { website: values.website } : {}),
  };
}

/** The sentence for one mistake: what is wrong, and how to put it right. */
function messageFor(field: ContactField, issue: Issue, values: ContactValues): ContactMessageKey {
  const code = issue.code;
  switch (field) {
    case 'name':
    case 'message':
      if (!values[field].trim()) return `error.${field}.required`;
      if (code === 'too_big') return `error.${field}.long`;
      if (code === 'invalid_format') return 'error.text.chars';
      return `error.${field}.short`;
    case 'email':
      if (!values.email.trim()) return 'error.email.required';
      return code === 'too_big' ? 'error.email.long' : 'error.email.invalid';
    case 'consent':
      return 'error.consent.required';
    default:
      return 'error.field.invalid';
  }
}

export function validate(values: ContactValues, consentVersion: string, language: Lang): Checked<MentorRequestBody, ContactField, ContactMessageKey> {
  return check(MentorRequestBody, toRequest(values, consentVersion, language), FIELDS, (field, issue) => messageFor(field, issue, values));
}

/** The errors shown, after a correction (see forms/validation.ts); "agree again" stays until the box is ticked. */
export function recheck(shown: ContactErrors, values: ContactValues, consentVersion: string, language: Lang): ContactErrors | undefined {
  return recheckWith(shown, validate(values, consentVersion, language), 'error.consent.changed');
}
