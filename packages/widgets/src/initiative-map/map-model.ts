import { toMap } from '@sinn/sdk/geo';
import type { MapInitiative } from './fields.js';

// What the map draws, worked out from the answers: counts per district, shading steps, the places that points
// share. No DOM here.

/** One place on the map and the initiatives there (several: a cluster that no zoom separates). */
export interface Place {
  key: string;
  x: number;
  y: number;
  name: string;
  /** The district the place lies in (its first initiative's). */
  region: string;
  items: MapInitiative[];
}

export function countByRegion(items: readonly MapInitiative[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.region, (counts.get(item.region) ?? 0) + 1);
  return counts;
}

/**
 * Bigger places first, then by key: any fixed order will do, so the keys are compared as code units, not with
 * localeCompare, whose first call on a page sets up the collator (several ms on the map's first paint).
 */
function biggestFirst(a: Place, b: Place): number {
  return b.items.length - a.items.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Initiatives at the same coordinates share one place, in the order they come; those without coordinates are not drawn. */
export function placesOf(items: readonly MapInitiative[]): Place[] {
  const places = new Map<string, Place>();
  for (const item of items) {
    const at = item.coordinates;
    if (!at) continue;
    const key = `${at.lon},${at.lat}`;
    let place = places.get(key);
    if (!place) {
      const [x, y] = toMap(at.lon, at.lat);
      place = { key, x, y, name: item.municipality?.name ?? '', region: item.region, items: [] };
      places.set(key, place);
    }
    place.items.push(item);
  }
  // In no order: spotsOf draws them.
  return [...places.values()];
}

/**
 * What the map draws for places that lie close together on screen: one target for them, at the biggest place.
 * One place with one initiative is a point, one place with several a cluster, several places a cluster that a
 * click zooms into.
 */
export interface Spot {
  /** The biggest place's key. */
  key: string;
  x: number;
  y: number;
  /** The places, biggest first. */
  places: Place[];
  count: number;
}

/**
 * The places merged into spots wherever two spots' square targets would overlap or lie closer than `gap` (map
 * units): a spot of `count` initiatives reaches `half(count)` from its middle on either axis. Biggest places first:
 * they stay where they are, smaller ones join them; a spot grown by a join takes in any spot it then reaches.
 * `kept` are points whose target (of `half(0)`) stays free: a spot that would reach one is not drawn.
 */
export function spotsOf(places: readonly Place[], half: (count: number) => number, gap = 0, kept: readonly (readonly [number, number])[] = []): Spot[] {
  const spots: Spot[] = [];
  const clash = (a: Spot, b: Spot): boolean => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < half(a.count) + half(b.count) + gap;
  const free = kept.map(([x, y]): Spot => ({ key: '', x, y, places: [], count: 0 }));
  // Bigger places first (so that single points lie on top of them and stay clickable), then by key.
  const sorted = [...places].sort(biggestFirst);
  for (const place of sorted) {
    let grown: Spot = { key: place.key, x: place.x, y: place.y, places: [place], count: place.items.length };
    if (free.some((spot) => clash(spot, grown))) continue;
    for (let other = spots.find((spot) => clash(spot, grown)); other; other = spots.find((spot) => spot !== grown && clash(spot, grown))) {
      // The spot whose first place is bigger keeps its place on the map (the one made first, as places come biggest first).
      const [keep, join] = spots.indexOf(grown) === -1 || spots.indexOf(other) < spots.indexOf(grown) ? [other, grown] : [grown, other];
      keep.places.push(...join.places);
      keep.count += join.count;
      const index = spots.indexOf(join);
      if (index !== -1) spots.splice(index, 1);
      grown = keep;
    }
    if (!spots.includes(grown)) spots.push(grown);
    // Grown into a space kept free: it goes, and what it took in with it.
    if (free.some((spot) => clash(spot, grown))) spots.splice(spots.indexOf(grown), 1);
  }
  return spots;
}

/**
 * The spots in the order a keyboard meets them: from the top down, and from the left where two lie level. They are
 * made biggest first, but their targets never overlap, so the order they are drawn in shows nowhere else.
 */
export function inReadingOrder(spots: readonly Spot[]): Spot[] {
  return [...spots].sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The shading steps: 0 is none, then up to STEPS of equal ranges, the largest count always in the top step. */
export const STEPS = 4;

/** How counts map to steps: ranges of `size` initiatives, the first range at step `offset + 1`. */
export interface StepScale {
  size: number;
  offset: number;
}

export function stepScale(max: number): StepScale {
  const size = Math.max(1, Math.ceil(max / STEPS));
  // Fewer ranges than steps (a largest count under 4, or 5 in ranges of 2): they take the darker steps.
  return { size, offset: STEPS - Math.ceil(max / size) };
}

export function stepOf(count: number, scale: StepScale): number {
  return count === 0 ? 0 : Math.min(STEPS, Math.ceil(count / scale.size) + scale.offset);
}

/** The counts a step stands for. */
export function rangeOf(step: number, scale: StepScale): [from: number, to: number] {
  const index = step - scale.offset;
  return [(index - 1) * scale.size + 1, index * scale.size];
}

