import { pan, zoomAt, type View } from './map-view.js';
import { mapper } from './map-wheel.js';

// Pointers on the map's SVG, turned into views: dragging with one pointer pans, two pointers pinch (zoom around
// their midpoint, and pan with it). One finger on a touch screen pans sideways only (touch-action: pan-y in the
// styles), so that it still scrolls the page up and down. Its own chunk, fetched at the first press on the map
// (map-pointers.ts); the wheel is the map chunk's (map-wheel.ts).

/** How far (CSS px) a pointer moves before a press is a drag, not a click. */
const DRAG_THRESHOLD = 4;

/** What the gestures read of a pointer event: a PointerEvent, or one kept while this code was on its way. */
export type Pointer = Pick<PointerEvent, 'pointerId' | 'pointerType' | 'button' | 'clientX' | 'clientY' | 'currentTarget'>;

export class MapGestures {
  readonly #pointers = new Map<number, { x: number; y: number }>();
  #start: { x: number; y: number } | undefined;
  #dragged = false;

  constructor(
    private readonly view: () => View,
    private readonly show: (view: View) => void,
  ) {}

  readonly down = (event: Pointer): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.#pointers.size === 1) {
      this.#start = { x: event.clientX, y: event.clientY };
      this.#dragged = false;
    }
  };

  readonly move = (event: Pointer): void => {
    const before = this.#pointers.get(event.pointerId);
    if (!before) return;
    const svg = event.currentTarget as SVGSVGElement;
    const now = { x: event.clientX, y: event.clientY };
    const others = [...this.#pointers].filter(([id]) => id !== event.pointerId).map(([, at]) => at);
    this.#pointers.set(event.pointerId, now);
    const view = this.view();
    const { unit } = mapper(svg, view);
    if (others.length === 0) {
      const start = this.#start ?? before;
      if (!this.#dragged && Math.hypot(now.x - start.x, now.y - start.y) < DRAG_THRESHOLD) return;
      this.#capture(svg, event.pointerId);
      this.show(pan(view, (before.x - now.x) * unit, (before.y - now.y) * unit));
      return;
    }
    // Two pointers: the first other one is the pinch's other end.
    const other = others[0]!;
    const span = (a: { x: number; y: number }) => Math.hypot(a.x - other.x, a.y - other.y);
    if (span(before) === 0) return;
    this.#capture(svg, event.pointerId);
    const [midX, midY] = [(now.x + other.x) / 2, (now.y + other.y) / 2];
    const panned = pan(view, ((before.x - now.x) / 2) * unit, ((before.y - now.y) / 2) * unit);
    this.show(zoomAt(panned, span(now) / span(before), mapper(svg, panned).at(midX, midY)));
  };

  readonly up = (event: Pointer): void => {
    this.#pointers.delete(event.pointerId);
    if (this.#pointers.size === 0) this.#start = undefined;
  };

  /** A click that ends a drag or pinch does not choose the district or open the point it ends on. */
  readonly click = (event: Event): void => {
    if (!this.#dragged) return;
    this.#dragged = false;
    event.stopPropagation();
    event.preventDefault();
  };

  /** Once dragging, the pointer stays with the map beyond its edge; not before, so that a click hits its target. */
  #capture(svg: SVGSVGElement, id: number): void {
    this.#dragged = true;
    try {
      if (!svg.hasPointerCapture(id)) svg.setPointerCapture(id);
    } catch {
      // A pointer that is no longer active (or one a test made up) cannot be captured; the drag works without.
    }
  }
}
