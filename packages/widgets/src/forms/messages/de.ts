// German strings every SINN form shows with the page (labels of the shared pieces, and the failure to reach the
// server, which must be at hand when nothing more can be fetched); each form's catalog (join-form/messages/,
// mentor-search/contact/messages/) spreads them into its own. What a person's actions lead to is in outcomes/.
export const formDe = {
  'field.optional': '(optional)',
  'field.website': 'Website (bitte leer lassen)',
  'field.consent.more': 'Datenschutzhinweis lesen',
  'field.consent.privacy': 'Datenschutzerklärung dieser Website (öffnet ein neues Fenster)',
  'failure.kept': 'Ihre Angaben bleiben im Formular erhalten.',
  'failure.network': 'Der SINN-Server ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'retry': 'Erneut senden',
} as const;

export type FormCatalogKey = keyof typeof formDe;
