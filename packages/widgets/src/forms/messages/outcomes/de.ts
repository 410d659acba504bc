// German strings every SINN form shows after a person acted: the summary of mistakes, the mistakes and the
// failures alike in every form; each form's second part (join-form/messages/outcomes/) spreads them into its own.
export const formOutcomesDe = {
  'summary.title': 'Bitte prüfen Sie Ihre Angaben',
  'summary.one': 'Eine Angabe fehlt oder ist nicht richtig:',
  'summary.many': '{count} Angaben fehlen oder sind nicht richtig:',
  'error.name.required': 'Bitte geben Sie Ihren Namen ein.',
  'error.name.short': 'Der Name muss mindestens 2 Zeichen lang sein.',
  'error.name.long': 'Der Name darf höchstens 120 Zeichen lang sein.',
  'error.email.required': 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  'error.email.invalid': 'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.',
  'error.email.long': 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.',
  'error.consent.changed': 'Der Datenschutzhinweis wurde gerade geändert. Bitte lesen Sie ihn und stimmen Sie erneut zu.',
  'error.text.chars': 'Bitte verwenden Sie keine Steuerzeichen.',
  'error.field.server': 'Der SINN-Server hat diese Angabe nicht angenommen. Bitte prüfen Sie sie.',
  'error.field.invalid': 'Bitte prüfen Sie diese Angabe.',
  'failure.timeout': 'Der SINN-Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.',
  'failure.server': 'Beim SINN-Server ist ein Fehler aufgetreten. Bitte versuchen Sie es in ein paar Minuten erneut.',
  'failure.rate-limited.later': 'später',
  'failure.rate-limited.at': 'ab {time} Uhr',
} as const;

export type FormOutcomeKey = keyof typeof formOutcomesDe;
