// Of mentors.

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

export const MENTOR_FORMAT_IDS = ['onsite', 'online'] as const;

export const AVAILABILITY_IDS = ['available', 'limited', 'unavailable'] as const;

export const LANGUAGE_IDS = ['de', 'en', 'pl', 'cs', 'uk', 'ru', 'ar', 'fr', 'es', 'tr', 'vi'] as const;
