import type { InitiativeField, InitiativeFields } from '@sinn/sdk';

// What the cards' views draw of an initiative: the only keys the API is asked for (`fields`). Plain lists in a
// file of their own: first-requests.ts, which the SINN server runs too, asks with them.

/**
 * What a compact card draws of an initiative, and all the compact view asks the API for (`fields`): its title,
 * region and organisation. The slug, which names it, is always sent.
 */
export const COMPACT_CARD_FIELDS = ['title', 'region', 'organisation'] as const satisfies readonly InitiativeField[];
/** What a card of the grid and the list views draws, and asks for: the compact card's, with the picture, teaser, topics, SDGs and campaign. */
export const CARD_FIELDS = [...COMPACT_CARD_FIELDS, 'teaser', 'topics', 'sdgs', 'crowdfunding', 'image'] as const satisfies readonly InitiativeField[];
export type CompactCardInitiative = InitiativeFields<(typeof COMPACT_CARD_FIELDS)[number]>;
export type CardInitiative = InitiativeFields<(typeof CARD_FIELDS)[number]>;
