import type { JoinOutcomeKey } from './de.js';
import { formOutcomesEn } from '../../../forms/messages/outcomes/en.js';

export const en: Record<JoinOutcomeKey, string> = {
  ...formOutcomesEn,
  'submit.busy': 'Sending your sign-up …',
  'error.organisation.long': "The organisation's name must be at most 200 characters long.",
  'error.organisationKind.required': 'Please choose who you are.',
  'error.region.required': 'Please choose your region.',
  'error.interests.invalid': 'Please choose at most 20 topics.',
  'error.offers.invalid': 'Please choose what you can offer from the list.',
  'error.consent.required': 'Please agree to the privacy notice so that we can process your sign-up.',
  'failure.rate-limited': 'Too many sign-ups came from here in a short time. Please try again {when}.',
  'failure.forbidden': 'This website is not allowed to use the SINN sign-up form. Please contact the people who run this website, or sign up on sinn-sachsen.de directly.',
  'failure.unavailable': 'Sign-ups are not possible right now. Please try again later.',
  'failure.challenge': 'The check against automated sign-ups failed. Please try again.',
  'success.title': 'Almost done!',
  'success.text': 'Please confirm your sign-up with the link in the e-mail to {email}.',
  'success.until': 'The link works until {date}.',
  'success.spam': 'No e-mail? Please check your spam folder too.',
};
