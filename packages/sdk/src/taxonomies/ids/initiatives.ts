// Of initiatives and the organisations behind them.

export const SDG_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;

export const STAGE_IDS = ['idee', 'pilot', 'wachstum', 'etabliert'] as const;

export const ORGANISATION_KIND_IDS = [
  'welfare-association',
  'impact-hub',
  'initiative',
  'social-enterprise',
  'public-body',
  'crowdfunding-platform',
] as const;
