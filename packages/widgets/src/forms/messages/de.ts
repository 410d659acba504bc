// German strings every SINN form shares (labels of the shared pieces, the summary, the mistakes and failures alike
// in every form); each form's catalog (join-form/messages/, mentor-search/contact/messages/) spreads them into its own.
export const formDe = {
  'field.optional': '(optional)',
  'field.website': 'Website (bitte leer lassen)',
  'field.consent.more': 'Datenschutzhinweis lesen',
  'field.consent.privacy': 'Datenschutzerklärung dieser Website (öffnet ein neues Fenster)',
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
  'failure.kept': 'Ihre Angaben bleiben im Formular erhalten.',
  'failure.network': 'Der SINN-Server ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'failure.timeout': 'Der SINN-Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.',
  'failure.server': 'Beim SINN-Server ist ein Fehler aufgetreten. Bitte versuchen Sie es in ein paar Minuten erneut.',
  'failure.rate-limited.later': 'später',
  'failure.rate-limited.at': 'ab {time} Uhr',
  'retry': 'Erneut senden',
} as const;

export type FormCatalogKey = keyof typeof formDe;
