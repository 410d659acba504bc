import { MAX_INITIATIVE_POINTS_PER_PAGE, type InitiativeQuery } from '@sinn/sdk';
import { listAttribute } from '../base/attributes.js';
import { MAP_FIELDS } from './fields.js';
import type { AttributeHost } from '../base/first-request.js';

// What the map's attributes ask the API for. The element reads them here; so does the SINN server, through
// first-requests.ts, when the loader asks it for the element's first answers: the same code on both sides, so that
// the element finds each answer under the URL it asks for (base/early-answers.ts). Wrong values are reported once and left out.

/** The attributes that decide which initiatives the map asks for, as the element's properties hold them. */
export interface MapAttributes {
  topic?: string | undefined;
  stage?: string | undefined;
  sdg?: string | undefined;
  q?: string | undefined;
}

/**
 * The ids each filter takes, which the element knows. The loader, which has not fetched them, takes the lists as
 * written: a wrong value there costs a request the element does not use.
 */
export type FilterIds = Record<'topic' | 'stage' | 'sdg', readonly (string | number)[]>;

/** The query the attributes ask the server with (all but `region`, which the map zooms to). */
export function mapQuery(element: AttributeHost, attributes: MapAttributes, ids?: FilterIds): InitiativeQuery {
  const q = attributes.q?.trim();
  return {
    topic: listAttribute(element, 'topic', attributes.topic, ids?.topic),
    stage: listAttribute(element, 'stage', attributes.stage, ids?.stage),
    sdg: listAttribute(element, 'sdg', attributes.sdg, ids?.sdg),
    q: q ? q.slice(0, 200) : undefined,
  } as InitiativeQuery;
}

/** The first page of the map's points: where each initiative is, and its title, as many as one answer holds. */
export function pointsQuery(element: AttributeHost, attributes: MapAttributes, ids?: FilterIds): InitiativeQuery {
  return { ...mapQuery(element, attributes, ids), fields: [...MAP_FIELDS], limit: MAX_INITIATIVE_POINTS_PER_PAGE };
}
