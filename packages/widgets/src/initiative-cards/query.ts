import type { InitiativeField, InitiativeQuery } from '@sinn/sdk';
import { integerAttribute, listAttribute, oneOf, slugAttribute } from '../base/attributes.js';
import { CARD_FIELDS, COMPACT_CARD_FIELDS } from './fields.js';
import type { AttributeHost } from '../base/first-request.js';

// What the cards' attributes ask the API for. The element reads them here; so does the SINN server, through
// first-requests.ts, when the loader asks it for the element's first answers: the same code on both sides, so that
// the element finds each answer under the URL it asks for (base/early-answers.ts). Wrong values are reported once and left out.

export const VIEWS = ['grid', 'list', 'compact'] as const;
export type View = (typeof VIEWS)[number];

/** The attributes that decide what the cards ask for, as the element's properties hold them. */
export interface CardsAttributes {
  topic?: string | undefined;
  region?: string | undefined;
  stage?: string | undefined;
  sdg?: string | undefined;
  organisation?: string | undefined;
  q?: string | undefined;
  limit?: string | undefined;
  view?: string | undefined;
  slug?: string | undefined;
}

/**
 * The ids each filter takes, which the element knows. The loader, which has not fetched them, takes the lists as
 * written: a wrong value there costs a request the element does not use.
 */
export type FilterIds = Record<'topic' | 'region' | 'stage' | 'sdg', readonly (string | number)[]>;

/** The query the attributes ask for. */
export function cardsQuery(element: AttributeHost, attributes: CardsAttributes, ids?: FilterIds): InitiativeQuery {
  const q = attributes.q?.trim();
  return {
    topic: listAttribute(element, 'topic', attributes.topic, ids?.topic),
    region: listAttribute(element, 'region', attributes.region, ids?.region),
    stage: listAttribute(element, 'stage', attributes.stage, ids?.stage),
    sdg: listAttribute(element, 'sdg', attributes.sdg, ids?.sdg),
    organisation: slugAttribute(element, 'organisation', attributes.organisation),
    q: q ? q.slice(0, 200) : undefined,
    limit: integerAttribute(element, 'limit', attributes.limit, 1, 100, 6),
  } as InitiativeQuery;
}

export function viewOf(element: AttributeHost, attributes: CardsAttributes): View {
  return oneOf(element, 'view', attributes.view, VIEWS, 'grid');
}

/** What the view's cards draw, the only keys the API is asked for (fields.ts). */
export function fieldsOf(element: AttributeHost, attributes: CardsAttributes): InitiativeField[] {
  return [...(viewOf(element, attributes) === 'compact' ? COMPACT_CARD_FIELDS : CARD_FIELDS)];
}

/** The first page of the list: the query, and what the view's cards draw. */
export function listQuery(element: AttributeHost, attributes: CardsAttributes, ids?: FilterIds): InitiativeQuery & { fields: InitiativeField[] } {
  return { ...cardsQuery(element, attributes, ids), fields: fieldsOf(element, attributes) };
}

/** The one initiative `slug` names, if it names one. */
export function slugOf(element: AttributeHost, attributes: CardsAttributes): string | undefined {
  return slugAttribute(element, 'slug', attributes.slug);
}
