import { EVENT_CATEGORY_LABELS, EVENT_FORMAT_LABELS, REGION_LABELS, TOPIC_LABELS, type Label } from '@sinn/sdk/labels';
import type { EventFilters } from '../queries/events.js';

// The name a subscribed feed gets in the calendar program, in German: what it shows, so that a person with two
// SINN feeds (Chemnitz, Leipzig) can tell them apart. The range is left out: a subscription has none in mind.

const BASE = 'SINN – Termine';

function labels<Id extends string>(ids: readonly Id[] | undefined, table: Record<Id, Label>): string | null {
  return ids?.length ? [...new Set(ids)].map((id) => table[id].de).join(', ') : null;
}

/** `SINN – Termine: Chemnitz · Workshop`, or `SINN – Termine` for the unfiltered feed. */
export function feedName(filters: EventFilters): string {
  const parts = [
    labels(filters.region, REGION_LABELS),
    labels(filters.category, EVENT_CATEGORY_LABELS),
    labels(filters.topic, TOPIC_LABELS),
    labels(filters.format, EVENT_FORMAT_LABELS),
  ].filter((part) => part !== null);
  return parts.length ? `${BASE}: ${parts.join(' · ')}` : BASE;
}

/** `SINN – <title>` for the file of one event. */
export function eventCalendarName(title: string): string {
  return `SINN – ${title}`;
}
