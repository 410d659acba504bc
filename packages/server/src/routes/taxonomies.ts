import { Hono } from 'hono';
import {
  AVAILABILITY_IDS,
  EVENT_CATEGORY_IDS,
  EVENT_FORMAT_IDS,
  EVENT_STATUS_IDS,
  EXPERTISE_IDS,
  KREISFREIE_STAEDTE,
  LANGUAGE_IDS,
  LANDKREISE,
  MENTOR_FORMAT_IDS,
  ORGANISATION_KIND_IDS,
  SDG_IDS,
  STAGE_IDS,
  TOPIC_IDS,
  endpoints,
} from '@sinn/sdk';
import {
  AVAILABILITY_LABELS,
  EVENT_CATEGORY_LABELS,
  EVENT_FORMAT_LABELS,
  EVENT_STATUS_LABELS,
  EXPERTISE_LABELS,
  LANGUAGE_LABELS,
  MENTOR_FORMAT_LABELS,
  ORGANISATION_KIND_LABELS,
  REGION_LABELS,
  SDG_LABELS,
  STAGE_LABELS,
  TOPIC_LABELS,
  type Label,
} from '@sinn/sdk/labels';
import type { AppDeps } from '../deps.js';
import { cachedRead } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';

function terms<Id extends string | number>(ids: readonly Id[], labels: Record<Id, Label>) {
  return ids.map((id) => ({ id, label: labels[id] }));
}

// The vocabulary is part of the code, not the content: it changes with a release, never between two requests.
const TAXONOMIES = {
  regions: [
    ...LANDKREISE.map((id) => ({ id, kind: 'landkreis' as const, label: REGION_LABELS[id] })),
    ...KREISFREIE_STAEDTE.map((id) => ({ id, kind: 'kreisfreie-stadt' as const, label: REGION_LABELS[id] })),
  ],
  topics: terms(TOPIC_IDS, TOPIC_LABELS),
  sdgs: terms(SDG_IDS, SDG_LABELS),
  stages: terms(STAGE_IDS, STAGE_LABELS),
  expertise: terms(EXPERTISE_IDS, EXPERTISE_LABELS),
  eventCategories: terms(EVENT_CATEGORY_IDS, EVENT_CATEGORY_LABELS),
  eventFormats: terms(EVENT_FORMAT_IDS, EVENT_FORMAT_LABELS),
  eventStatuses: terms(EVENT_STATUS_IDS, EVENT_STATUS_LABELS),
  mentorFormats: terms(MENTOR_FORMAT_IDS, MENTOR_FORMAT_LABELS),
  availability: terms(AVAILABILITY_IDS, AVAILABILITY_LABELS),
  languages: terms(LANGUAGE_IDS, LANGUAGE_LABELS),
  organisationKinds: terms(ORGANISATION_KIND_IDS, ORGANISATION_KIND_LABELS),
};

export function taxonomyRoutes(app: Hono, deps: AppDeps): void {
  const path = endpoints.taxonomies.path;
  app.get(path, (c) =>
    cachedRead(c, deps, async () => TAXONOMIES, { list: true, cacheControl: 'public, max-age=3600, stale-while-revalidate=86400' }),
  );
  onlyAllow(app, path, ['GET', 'HEAD']);
}
