import type { SurveyOutcomeKey } from './de.js';
import { formOutcomesEn } from '../../../forms/messages/outcomes/en.js';

export const en: Record<SurveyOutcomeKey, string> = {
  ...formOutcomesEn,
  'submit.busy': 'Sending your answers …',
  'submit.vote.busy': 'Sending your vote …',
  'error.choose': 'Please choose an answer.',
  'error.choose.range': 'Please choose {min} to {max} answers.',
  'error.choose.exact': 'Please choose {min} answers.',
  'error.write': 'Please write an answer.',
  'error.text.long': 'The answer must be at most {max} characters long; you have entered {count}.',
  'error.consent.required': 'Please agree to the privacy notice so that your answers can be counted.',
  'failure.rate-limited': 'Too many answers came from here in a short time. Please try again {when}.',
  'failure.forbidden': 'This website is not allowed to use the SINN survey. Please contact the people who run this website.',
  'failure.unavailable': 'The survey is not taking answers right now; it may have just closed.',
  'failure.challenge': 'The check against automated answers failed. Please try again.',
  'sent.title': 'Thank you for your answers!',
  'sent.counted': 'Your answers have arrived and have been counted.',
  'sent.pending.title': 'Almost done: please confirm your vote',
  'sent.pending': 'We have sent an e-mail to {email}. Your vote counts only once you confirm it with the link in that e-mail.',
  'sent.spam': 'No e-mail? Please check your spam folder too.',
  'sent.until': 'Please confirm by {date}.',
};
