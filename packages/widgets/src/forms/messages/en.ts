import type { FormCatalogKey } from './de.js';

export const formEn: Record<FormCatalogKey, string> = {
  'field.optional': '(optional)',
  'field.website': 'Website (leave empty)',
  'field.consent.more': 'Read the privacy notice',
  'field.consent.privacy': "This website's privacy policy (opens a new window)",
  'failure.kept': 'Everything you entered is still in the form.',
  'failure.network': 'The SINN server cannot be reached. Please check your internet connection, then try again.',
  'retry': 'Send again',
};
