import { formDe } from '../../../forms/messages/de.js';
import { formOutcomesDe } from '../../../forms/messages/outcomes/de.js';

// German strings of the mentor search's contact dialog; en.ts has the same keys. Loaded with the dialog, on the
// first click on "Kontakt aufnehmen".
export const de = {
  ...formDe,
  ...formOutcomesDe,
  'contact.title': 'Kontakt zu {name}',
  'contact.intro':
    'Ihre Nachricht geht per E-Mail an {name}, mit Ihrer Adresse als Antwortadresse. Die E-Mail-Adresse der Mentorin oder des Mentors bleibt für Sie unsichtbar. Pflichtangaben sind mit * markiert.',
  'consent.loading': 'Der Datenschutzhinweis wird geladen …',
  'field.name': 'Ihr Name',
  'field.email': 'Ihre E-Mail-Adresse',
  'field.email.hint': 'An diese Adresse antwortet die Mentorin oder der Mentor. Sie erhalten außerdem eine Eingangsbestätigung.',
  'field.message': 'Ihre Nachricht',
  'field.message.hint': 'Mindestens 20, höchstens 4000 Zeichen. Schreiben Sie kurz, worum es geht und wobei Sie Unterstützung suchen.',
  'submit': 'Nachricht senden',
  'submit.busy': 'Nachricht wird gesendet …',
  'error.message.required': 'Bitte schreiben Sie eine Nachricht.',
  'error.message.short': 'Die Nachricht muss mindestens 20 Zeichen lang sein.',
  'error.message.long': 'Die Nachricht darf höchstens 4000 Zeichen lang sein.',
  'error.consent.required': 'Bitte stimmen Sie dem Datenschutzhinweis zu, damit wir Ihre Nachricht weiterleiten können.',
  'failure.title': 'Ihre Nachricht wurde nicht gesendet.',
  'failure.rate-limited': 'Von hier kamen in kurzer Zeit zu viele Anfragen. Bitte versuchen Sie es {when} erneut.',
  'failure.forbidden': 'Diese Website darf keine Anfragen an SINN-Mentorinnen und -Mentoren senden. Bitte wenden Sie sich an die Betreiber dieser Website oder schreiben Sie über sinn-sachsen.de.',
  'failure.unavailable': 'Diese Mentorin oder dieser Mentor nimmt gerade keine Anfragen an. Bitte wählen Sie eine andere Person aus der Liste oder versuchen Sie es später erneut.',
  'failure.challenge': 'Die Prüfung gegen automatische Anfragen schlug fehl. Bitte versuchen Sie es erneut.',
  'success.title': 'Ihre Nachricht ist unterwegs',
  'success.text': 'Ihre Nachricht ist unterwegs zu {name}. Die Antwort kommt per E-Mail an {email}.',
  'success.receipt': 'Sie erhalten gleich eine Eingangsbestätigung an diese Adresse, ohne den Text Ihrer Nachricht.',
} as const;

export type ContactMessageKey = keyof typeof de;
