import { MAP_VIEW_BOX } from '@sinn/sdk/geo';

// The part of the map that is shown: an SVG viewBox in map units (EPSG:3857, scaled; see @sinn/sdk/geo), always of
// the whole map's aspect ratio, never larger than the map nor outside it. Pure functions, no DOM: the element keeps
// one View and draws it; a street layer under the map can follow the same View.

/** A viewBox in map units: its top left corner, width and height. */
export interface View {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A box in map units, `[minX, minY, maxX, maxY]`, as a district's `box`. */
export type Box = readonly [minX: number, minY: number, maxX: number, maxY: number];

/** A point in map units. */
export type At = readonly [x: number, y: number];

const [MIN_X, MIN_Y, WIDTH, HEIGHT] = MAP_VIEW_BOX;

/** The whole map: the view at the least zoom, and the extent no view leaves. */
export const WHOLE_MAP: View = Object.freeze({ x: MIN_X, y: MIN_Y, w: WIDTH, h: HEIGHT });

/** The most the map zooms in: 12 times, a view about 20 km wide, in which a town's neighbours lie apart. */
export const MAX_ZOOM = 12;

/** One step of the zoom buttons and keys, and of a notch of the wheel with Ctrl. */
export const ZOOM_STEP = 1.5;

/** How many times the map is enlarged in this view: 1 for the whole map. */
export function zoomOf(view: View): number {
  return WIDTH / view.w;
}

const within = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** The view made whole: the map's aspect ratio, between the whole map and the most zoom, and inside the map. */
export function clamp(view: View): View {
  const w = within(view.w, WIDTH / MAX_ZOOM, WIDTH);
  const h = (w * HEIGHT) / WIDTH;
  // A view of another aspect keeps its centre.
  const x = view.x + (view.w - w) / 2;
  const y = view.y + (view.h - h) / 2;
  return { x: within(x, MIN_X, MIN_X + WIDTH - w), y: within(y, MIN_Y, MIN_Y + HEIGHT - h), w, h };
}

/** Zoomed by `factor` (above 1: in) around `at`, which stays where it is on screen (as far as the map's edges let it). */
export function zoomAt(view: View, factor: number, at: At = centreOf(view)): View {
  const w = within(view.w / factor, WIDTH / MAX_ZOOM, WIDTH);
  const scale = w / view.w;
  return clamp({ x: at[0] - (at[0] - view.x) * scale, y: at[1] - (at[1] - view.y) * scale, w, h: view.h * scale });
}

/** Moved by `dx`, `dy` map units (the view, not the map: positive `dx` shows what lies east). */
export function pan(view: View, dx: number, dy: number): View {
  return clamp({ ...view, x: view.x + dx, y: view.y + dy });
}

/** The smallest view that shows `box` whole with a `margin` (a share of its size) around it. */
export function fitTo(box: Box, margin = 0.08): View {
  const [minX, minY, maxX, maxY] = box;
  const boxW = (maxX - minX) * (1 + 2 * margin);
  const boxH = (maxY - minY) * (1 + 2 * margin);
  const w = Math.max(boxW, (boxH * WIDTH) / HEIGHT);
  const h = (w * HEIGHT) / WIDTH;
  return clamp({ x: (minX + maxX - w) / 2, y: (minY + maxY - h) / 2, w, h });
}

/** The box around several boxes. */
export function union(boxes: readonly Box[]): Box {
  return [Math.min(...boxes.map((box) => box[0])), Math.min(...boxes.map((box) => box[1])), Math.max(...boxes.map((box) => box[2])), Math.max(...boxes.map((box) => box[3]))];
}

export function centreOf(view: View): At {
  return [view.x + view.w / 2, view.y + view.h / 2];
}

/** Whether two views show the same (to a hundredth of a unit, below what a screen shows). */
export function sameView(a: View, b: View): boolean {
  return Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && Math.abs(a.w - b.w) < 0.01;
}
