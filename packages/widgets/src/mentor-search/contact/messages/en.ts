import type { ContactMessageKey } from './de.js';
import { formEn } from '../../../forms/messages/en.js';
import { formOutcomesEn } from '../../../forms/messages/outcomes/en.js';

export const en: Record<ContactMessageKey, string> = {
  ...formEn,
  ...formOutcomesEn,
  'contact.title': 'Contact {name}',
  'contact.intro':
    "Your message goes to {name} by e-mail, with your address to reply to. The mentor's e-mail address stays private. Required fields are marked with *.",
  'consent.loading': 'Loading the privacy notice …',
  'field.name': 'Your name',
  'field.email': 'Your e-mail address',
  'field.email.hint': 'The mentor replies to this address. You also receive a confirmation that your message was forwarded.',
  'field.message': 'Your message',
  'field.message.hint': 'At least 20, at most 4,000 characters. Say briefly what it is about and what support you are looking for.',
  'submit': 'Send message',
  'submit.busy': 'Sending your message …',
  'error.message.required': 'Please write a message.',
  'error.message.short': 'The message must be at least 20 characters long.',
  'error.message.long': 'The message must be at most 4,000 characters long.',
  'error.consent.required': 'Please agree to the privacy notice so that we can forward your message.',
  'failure.title': 'Your message was not sent.',
  'failure.rate-limited': 'Too many requests came from here in a short time. Please try again {when}.',
  'failure.forbidden': 'This website is not allowed to send requests to SINN mentors. Please contact the people who run this website, or write through sinn-sachsen.de.',
  'failure.unavailable': 'This mentor takes no requests at the moment. Please choose someone else from the list, or try again later.',
  'failure.challenge': 'The check against automated requests failed. Please try again.',
  'success.title': 'Your message is on its way',
  'success.text': 'Your message is on its way to {name}. The answer comes by e-mail to {email}.',
  'success.receipt': 'You will shortly receive a confirmation at this address, without the text of your message.',
};
