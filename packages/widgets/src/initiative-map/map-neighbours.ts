import type { DistrictShape, RegionId } from '@sinn/sdk';
import { pan, type At, type View } from './map-view.js';

// Which district an arrow key on a district leads to, and the view that shows a district focused out of view.
// Fetched when a person first points at or focuses the map (its keyboard use begins there), not with the map's
// first paint.

const MOST_COS = Math.cos((70 * Math.PI) / 180);

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The neighbour an arrow key leads to: of the districts sharing a border, the one whose label point lies
 * closest to the arrow's direction (within 70° of it), nearer ones preferred; none where no neighbour lies that way.
 * At 80°, ArrowDown led from Görlitz west to Bautzen; 70° still leads from every district to every other.
 */
export function neighbourTowards(
  districts: Record<string, Pick<DistrictShape, 'label' | 'neighbors'>>,
  from: string,
  key: string,
): RegionId | undefined {
  const direction = DIRECTIONS[key];
  const here = districts[from];
  if (!direction || !here) return undefined;
  let best: { id: RegionId; score: number } | undefined;
  for (const id of here.neighbors) {
    const there = districts[id];
    if (!there) continue;
    const dx = there.label[0] - here.label[0];
    const dy = there.label[1] - here.label[1];
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cos = (dx * direction[0] + dy * direction[1]) / distance;
    if (cos < MOST_COS) continue;
    // The angle counts most; the distance breaks near-ties.
    const score = Math.acos(Math.min(1, cos)) + distance / 10000;
    if (!best || score < best.score) best = { id, score };
  }
  return best?.id;
}

/** The view moved to centre `at` (a focused district's label point) where it lies outside; else the same view. */
export function intoView(view: View, at: At): View {
  const outside = at[0] < view.x || at[0] > view.x + view.w || at[1] < view.y || at[1] > view.y + view.h;
  return outside ? pan(view, at[0] - view.x - view.w / 2, at[1] - view.y - view.h / 2) : view;
}

/** Moves the focus from district `from` to its neighbour towards the arrow `key`, where there is one: that makes it the map's tab stop. */
export function focusNeighbour(root: ParentNode, districts: Record<string, Pick<DistrictShape, 'label' | 'neighbors'>>, from: string, key: string): void {
  const next = neighbourTowards(districts, from, key);
  if (next) root.querySelector<SVGElement>(`[data-region="${next}"]`)?.focus();
}
