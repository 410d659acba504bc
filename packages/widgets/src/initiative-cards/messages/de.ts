// German strings of <sinn-initiative-cards>; en.ts has the same keys.
export const de = {
  'initiatives.label': 'Soziale Innovationen aus Sachsen',
  'initiatives.empty': 'Zu dieser Auswahl gibt es noch keine Initiativen.',
  'initiatives.empty.filtered': 'Zu dieser Auswahl gibt es noch keine Initiativen. Entfernen Sie einen Filter, um mehr zu sehen.',
  'initiatives.count': '{count} Initiativen',
  'initiatives.count.one': '1 Initiative',
  'initiatives.count.shown': '{shown} von {count} Initiativen gezeigt',
  'initiatives.more': 'Weitere Initiativen laden',
  'initiatives.details': 'Mehr über {title}',
  'initiatives.website': 'Website des Projekts',
  'initiatives.by': 'Träger: {name}',
  'initiatives.sdgs': 'Nachhaltigkeitsziele',
  'initiatives.topics': 'Themen',
  'initiatives.topics.more': '{count} weitere Themen',
  'initiatives.topics.more.one': '1 weiteres Thema',
  'initiatives.crowdfunding': '{raised} von {goal} gesammelt, {supporters} Unterstützende, bis {date}',
  'initiatives.crowdfunding.link': 'Zur Crowdfunding-Kampagne',
  'sdg': 'Ziel {number}: {title}',
} as const;

export type CardsMessageKey = keyof typeof de;
