import { pan, zoomAt, type At, type View } from './map-view.js';

// Pointer and wheel on the map's SVG, turned into views: dragging with one pointer pans, two pointers pinch (zoom
// around their midpoint, and pan with it), Ctrl or ⌘ with the wheel zooms around the pointer (a touchpad's pinch
// arrives in Chromium as such a wheel too). A plain wheel scrolls the page as on any page, and the map says how to
// zoom instead: an embedded map that takes the wheel traps whoever scrolls past it (Google's "cooperative" maps).
// One finger on a touch screen pans sideways only (touch-action: pan-y in the styles), so that it still scrolls
// the page up and down.

/** How far (CSS px) a pointer moves before a press is a drag, not a click. */
const DRAG_THRESHOLD = 4;

/** Where a client position lies in the view's map units, and how many map units a CSS pixel is. */
function mapper(svg: SVGSVGElement, view: View): { at: (x: number, y: number) => At; unit: number } {
  const box = svg.getBoundingClientRect();
  const unit = view.w / (box.width || 1);
  return { at: (x, y) => [view.x + (x - box.left) * unit, view.y + (y - box.top) * unit], unit };
}

export class MapGestures {
  readonly #pointers = new Map<number, { x: number; y: number }>();
  #start: { x: number; y: number } | undefined;
  #dragged = false;

  constructor(
    private readonly view: () => View,
    private readonly show: (view: View) => void,
    private readonly hint: () => void,
  ) {}

  /** For Lit's `@wheel`: not passive, as it must keep the page from scrolling when it zooms. */
  readonly wheel = {
    passive: false,
    handleEvent: (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) {
        this.hint();
        return;
      }
      event.preventDefault();
      // Lines (Firefox) and pages as pixels; a mouse's notch (100 px) zooms by about 1.5, a touchpad's pinch finer.
      const pixels = event.deltaY * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1);
      const view = this.view();
      const { at } = mapper(event.currentTarget as SVGSVGElement, view);
      this.show(zoomAt(view, Math.exp(-pixels / 250), at(event.clientX, event.clientY)));
    },
  };

  readonly down = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.#pointers.size === 1) {
      this.#start = { x: event.clientX, y: event.clientY };
      this.#dragged = false;
    }
  };

  readonly move = (event: PointerEvent): void => {
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

  readonly up = (event: PointerEvent): void => {
    this.#pointers.delete(event.pointerId);
    if (this.#pointers.size === 0) this.#start = undefined;
  };

  /** A click that ends a drag or pinch does not choose the district or open the point it ends on. */
  readonly click = {
    capture: true,
    handleEvent: (event: Event): void => {
      if (!this.#dragged) return;
      this.#dragged = false;
      event.stopPropagation();
      event.preventDefault();
    },
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
