import type { JoinMessageKey } from './messages/messages.js';

// What the form holds, field by field.

/** The fields of the form, in the order they are shown: the error summary lists them in this order. */
export const FIELDS = ['name', 'email', 'organisation', 'organisationKind', 'region', 'interests', 'offers', 'newsletter', 'consent'] as const;
export type FieldName = (typeof FIELDS)[number];

/** What the form holds: the controls' values as typed, before trimming. */
export interface JoinValues {
  name: string;
  email: string;
  organisation: string;
  organisationKind: string;
  region: string;
  interests: string[];
  offers: string[];
  newsletter: boolean;
  consent: boolean;
  /** The honeypot: people never see it; whatever a robot puts in is sent for the server to judge. */
  website: string;
}

/** Each field's mistake, as the key of its message, in the order of the form. */
export type FieldErrors = Map<FieldName, JoinMessageKey>;

export function emptyValues(): JoinValues {
  return { name: '', email: '', organisation: '', organisationKind: '', region: '', interests: [], offers: [], newsletter: false, consent: false, website: '' };
}
