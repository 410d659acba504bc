// Of events.

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
