import { formOutcomesDe } from '../../../forms/messages/outcomes/de.js';

// German strings of <sinn-join-form> that only a person's actions lead to: mistakes, failures, the
// confirmation. Fetched with the code that checks and sends, when a person starts filling in the form.
export const de = {
  ...formOutcomesDe,
  'submit.busy': 'Anmeldung wird gesendet …',
  'error.organisation.long': 'Der Name der Organisation darf höchstens 200 Zeichen lang sein.',
  'error.organisationKind.required': 'Bitte wählen Sie aus, wer Sie sind.',
  'error.region.required': 'Bitte wählen Sie Ihre Region.',
  'error.interests.invalid': 'Bitte wählen Sie höchstens 20 Themen.',
  'error.offers.invalid': 'Bitte wählen Sie aus der Liste, was Sie anbieten können.',
  'error.consent.required': 'Bitte stimmen Sie dem Datenschutzhinweis zu, damit wir Ihre Anmeldung bearbeiten können.',
  'failure.rate-limited': 'Von hier kamen in kurzer Zeit zu viele Anmeldungen. Bitte versuchen Sie es {when} erneut.',
  'failure.forbidden': 'Diese Website darf das SINN-Anmeldeformular nicht verwenden. Bitte wenden Sie sich an die Betreiber dieser Website oder melden Sie sich direkt auf sinn-sachsen.de an.',
  'failure.unavailable': 'Anmeldungen sind gerade nicht möglich. Bitte versuchen Sie es später erneut.',
  'failure.challenge': 'Die Prüfung gegen automatische Anmeldungen schlug fehl. Bitte versuchen Sie es erneut.',
  'success.title': 'Fast geschafft!',
  'success.text': 'Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail an {email}.',
  'success.until': 'Der Link gilt bis {date}.',
  'success.spam': 'Keine E-Mail erhalten? Sehen Sie bitte auch im Spam-Ordner nach.',
} as const;

export type JoinOutcomeKey = keyof typeof de;
