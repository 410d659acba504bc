import { formOutcomesDe } from '../../../forms/messages/outcomes/de.js';

// German strings of <sinn-survey> that only a person's actions lead to: mistakes, failures, the thanks. Fetched
// with the code that checks and sends, when a person starts filling in the survey.
export const de = {
  ...formOutcomesDe,
  'submit.busy': 'Antworten werden gesendet …',
  'submit.vote.busy': 'Ihre Stimme wird gesendet …',
  'error.choose': 'Bitte wählen Sie eine Antwort.',
  'error.choose.range': 'Bitte wählen Sie {min} bis {max} Antworten.',
  'error.choose.exact': 'Bitte wählen Sie {min} Antworten.',
  'error.write': 'Bitte schreiben Sie eine Antwort.',
  'error.text.long': 'Die Antwort darf höchstens {max} Zeichen lang sein, Sie haben {count} eingegeben.',
  'error.consent.required': 'Bitte stimmen Sie dem Datenschutzhinweis zu, damit Ihre Antworten gezählt werden können.',
  'failure.rate-limited': 'Von hier kamen in kurzer Zeit zu viele Antworten. Bitte versuchen Sie es {when} erneut.',
  'failure.forbidden': 'Diese Website darf die SINN-Umfrage nicht verwenden. Bitte wenden Sie sich an die Betreiber dieser Website.',
  'failure.unavailable': 'Die Umfrage nimmt gerade keine Antworten an: Sie ist vielleicht eben zu Ende gegangen.',
  'failure.challenge': 'Die Prüfung gegen automatische Antworten schlug fehl. Bitte versuchen Sie es erneut.',
  'sent.title': 'Danke für Ihre Antworten!',
  'sent.counted': 'Ihre Antworten sind angekommen und werden gezählt.',
  'sent.pending.title': 'Fast geschafft: Bitte bestätigen Sie Ihre Stimme',
  'sent.pending': 'Wir haben Ihnen eine E-Mail an {email} geschickt. Ihre Stimme zählt erst, wenn Sie den Link darin bestätigen.',
  'sent.spam': 'Keine E-Mail erhalten? Sehen Sie bitte auch im Spam-Ordner nach.',
  'sent.until': 'Bitte bestätigen Sie bis {date}.',
} as const;

export type SurveyOutcomeKey = keyof typeof de;
