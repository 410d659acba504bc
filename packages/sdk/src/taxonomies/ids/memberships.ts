// Of sign-ups and the consents given with them.

export const MEMBER_KIND_IDS = [
  'welfare-member',
  'impact-hub',
  'initiative',
  'social-enterprise',
  'public-body',
  'private-person',
] as const;

export const OFFER_IDS = ['mentoring', 'space', 'funding', 'know-how', 'volunteering'] as const;

export const CONSENT_PURPOSE_IDS = ['membership', 'mentor-request'] as const;
