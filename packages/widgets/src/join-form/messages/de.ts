import { formDe } from '../../forms/messages/de.js';

// German strings of <sinn-join-form>; en.ts has the same keys. Region and topic labels come from the API's
// taxonomies, like the filters' do; the kinds of member and the offers are the form's own.
export const de = {
  ...formDe,
  'join.label': 'Dem SINN-Netzwerk beitreten',
  'join.intro': 'Melden Sie sich beim Netzwerk für soziale Innovationen in Sachsen an. Pflichtangaben sind mit * markiert.',
  'join.loading': 'Das Anmeldeformular wird geladen …',
  'field.name': 'Name',
  'field.email': 'E-Mail-Adresse',
  'field.email.hint': 'An diese Adresse schicken wir einen Link, mit dem Sie die Anmeldung bestätigen.',
  'field.organisation': 'Organisation',
  'field.organisationKind': 'Sie sind …',
  'field.organisationKind.choose': 'Bitte wählen',
  'field.region': 'Region',
  'field.region.choose': 'Bitte wählen',
  'field.region.cities': 'Kreisfreie Städte',
  'field.region.districts': 'Landkreise',
  'field.interests': 'Themen, die Sie interessieren',
  'field.offers': 'Was Sie dem Netzwerk anbieten können',
  'field.newsletter': 'Newsletter',
  'field.newsletter.label': 'Ja, ich möchte den SINN-Newsletter per E-Mail erhalten (jederzeit abbestellbar).',
  'kind.welfare-member': 'Mitglied eines Wohlfahrtsverbands',
  'kind.impact-hub': 'Impact Hub',
  'kind.initiative': 'Initiative',
  'kind.social-enterprise': 'Sozialunternehmen',
  'kind.public-body': 'Öffentliche Stelle',
  'kind.private-person': 'Privatperson',
  'offer.mentoring': 'Mentoring',
  'offer.space': 'Räume',
  'offer.funding': 'Förderung',
  'offer.know-how': 'Fachwissen',
  'offer.volunteering': 'Ehrenamtliche Mitarbeit',
  'submit': 'Anmelden',
  'failure.title': 'Die Anmeldung wurde nicht gesendet.',
} as const;

export type JoinLabelKey = keyof typeof de;
