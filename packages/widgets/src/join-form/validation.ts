import { MembershipRequest, type MembershipInput, type MembershipRequest as Request } from '@sinn/sdk';
import type { Lang } from '../i18n/i18n.js';
import { check, recheck as recheckWith, type Checked, type Issue } from '../sending/validation.js';
import { fieldOfPointer as topField } from '../sending/failures.js';
import type { JoinMessageKey } from './messages/messages.js';
import { FIELDS, type FieldErrors, type FieldName, type JoinValues } from './values.js';

// What a person typed, checked by the contract's own schema (the server checks the body with the same one), and
// each mistake named in the person's language for the field it belongs to. Part of the sending, which the form
// loads when a person starts filling it in (sending.ts).

/** The request body the values make, before validation: the schema trims and checks it. */
export function toRequest(values: JoinValues, consentVersion: string, language: Lang): MembershipInput {
  const organisation = values.organisation.trim();
  return {
    name: values.name,
    email: values.email,
    ...(organisation ? { organisation: values.organisation } : {}),
    organisationKind: values.organisationKind as MembershipInput['organisationKind'],
    region: values.region as MembershipInput['region'],
    interests: values.interests as MembershipInput['interests'],
    offers: values.offers as MembershipInput['offers'],
    newsletter: values.newsletter,
    consent: { version: consentVersion, accepted: values.consent as true },
    language,
    ...(values.website ? { website: values.website } : {}),
  };
}

export type Validation = Checked<Request, FieldName, JoinMessageKey>;

/** The field a path into the body (an issue's path, or a problem's JSON pointer split) belongs to, if any. */
export function fieldOf(path: readonly PropertyKey[]): FieldName | undefined {
  const first = path[0];
  return typeof first === 'string' && (FIELDS as readonly string[]).includes(first) ? (first as FieldName) : undefined;
}

/** The field a JSON pointer of a problem document (`/email`, `/consent/accepted`) names, if any. */
export function fieldOfPointer(pointer: string | undefined): FieldName | undefined {
  const field = topField(pointer);
  return field ? fieldOf([field]) : undefined;
}

/** The sentence for one mistake: what is wrong, and how to put it right. */
export function messageFor(field: FieldName, issue: Issue, values: JoinValues): JoinMessageKey {
  const code = issue.code;
  switch (field) {
    case 'name':
      if (!values.name.trim()) return 'error.name.required';
      if (code === 'too_big') return 'error.name.long';
      if (code === 'invalid_format') return 'error.text.chars';
      return 'error.name.short';
    case 'email':
      if (!values.email.trim()) return 'error.email.required';
      return code === 'too_big' ? 'error.email.long' : 'error.email.invalid';
    case 'organisation':
      return code === 'too_big' ? 'error.organisation.long' : 'error.text.chars';
    case 'organisationKind':
      return 'error.organisationKind.required';
    case 'region':
      return 'error.region.required';
    case 'interests':
      return 'error.interests.invalid';
    case 'offers':
      return 'error.offers.invalid';
    case 'consent':
      return 'error.consent.required';
    default:
      return 'error.field.invalid';
  }
}

/** Checks the values with the contract's schema; the first mistake of each field is the one named. */
export function validate(values: JoinValues, consentVersion: string, language: Lang): Validation {
  return check(MembershipRequest, toRequest(values, consentVersion, language), FIELDS, (field, issue) => messageFor(field, issue, values));
}

/**
 * The errors shown, after a correction: each corrected field loses its error at once, the others keep theirs
 * (with the message for what is wrong now); new errors wait for the next send. Undefined when nothing changed.
 */
export function recheck(shown: FieldErrors, values: JoinValues, consentVersion: string, language: Lang): FieldErrors | undefined {
  // "The text changed, agree again" stays until the box is ticked.
  return recheckWith(shown, validate(values, consentVersion, language), 'error.consent.changed');
}
