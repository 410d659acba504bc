// The identifiers of every controlled vocabulary. Kept apart from the labels so that browser code validating
// a filter pulls in a few short strings, not two languages of titles.

/** Saxony's ten Landkreise and its three kreisfreie Städte. */
export const LANDKREISE = [
  'bautzen',
  'erzgebirgskreis',
  'goerlitz',
  'landkreis-leipzig',
  'meissen',
  'mittelsachsen',
  'nordsachsen',
  'saechsische-schweiz-osterzgebirge',
  'vogtlandkreis',
  'zwickau',
] as const;
export const KREISFREIE_STAEDTE = ['chemnitz', 'dresden', 'leipzig'] as const;
export const REGION_IDS = [...LANDKREISE, ...KREISFREIE_STAEDTE] as const;

/** Fields of social innovation, after the fields of work named by the competence centres. */
export const TOPIC_IDS = [
  'arbeit',
  'alter-pflege',
  'gesundheit',
  'zusammenhalt',
  'wohnen',
  'inklusion',
  'bildung',
  'engagement',
  'genossenschaften',
  'sozialunternehmertum',
  'laendlicher-raum',
  'digitalisierung',
  'klima-umwelt',
  'migration-teilhabe',
  'familie-kinder',
  'mobilitaet',
] as const;

/** The 17 UN Sustainable Development Goals, by number. */
export const SDG_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;

export const STAGE_IDS = ['idee', 'pilot', 'wachstum', 'etabliert'] as const;

export const EXPERTISE_IDS = [
  'finanzierung',
  'foerdermittel',
  'crowdfunding',
  'geschaeftsmodell',
  'rechtsform',
  'wirkungsmessung',
  'marketing',
  'oeffentlichkeitsarbeit',
  'digitalisierung',
  'organisationsentwicklung',
  'teamaufbau',
  'ehrenamtsmanagement',
  'sozialrecht',
  'partizipation',
  'kooperationen',
] as const;

export const EVENT_CATEGORY_IDS = [
  'netzwerktreffen',
  'workshop',
  'hackathon',
  'studienreise',
  'dialog',
  'roadshow',
  'festival',
  'webinar',
  'preisverleihung',
  'sprechstunde',
] as const;

export const EVENT_FORMAT_IDS = ['onsite', 'online', 'hybrid'] as const;
export const EVENT_STATUS_IDS = ['scheduled', 'cancelled', 'postponed'] as const;

export const MENTOR_FORMAT_IDS = ['onsite', 'online'] as const;
export const AVAILABILITY_IDS = ['available', 'limited', 'unavailable'] as const;
/** ISO 639-1 codes of the languages mentors offer. */
export const LANGUAGE_IDS = ['de', 'en', 'pl', 'cs', 'uk', 'ru', 'ar', 'fr', 'es', 'tr', 'vi'] as const;

export const ORGANISATION_KIND_IDS = [
  'welfare-association',
  'impact-hub',
  'initiative',
  'social-enterprise',
  'public-body',
  'crowdfunding-platform',
] as const;

/** Who joins the SINN network: the kind of organisation, or a private person. */
export const MEMBER_KIND_IDS = [
  'welfare-member',
  'impact-hub',
  'initiative',
  'social-enterprise',
  'public-body',
  'private-person',
] as const;

/** What a new member can offer the network. */
export const OFFER_IDS = ['mentoring', 'space', 'funding', 'know-how', 'volunteering'] as const;

/**
 * What a consent is given for: each purpose has its own versioned privacy text (`GET /v1/consent-texts/current`):
 * joining the SINN network, or a contact request forwarded to one mentor.
 */
export const CONSENT_PURPOSE_IDS = ['membership', 'mentor-request'] as const;
