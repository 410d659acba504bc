import { zoomAt, type At, type View } from './map-view.js';

// The wheel on the map's SVG: Ctrl or ⌘ with the wheel zooms around the pointer (a touchpad's pinch arrives in
// Chromium as such a wheel too). A plain wheel scrolls the page as on any page, and the map says how to zoom
// instead: an embedded map that takes the wheel traps whoever scrolls past it (Google's "cooperative" maps).
// In the map's own chunk, unlike dragging and pinching (map-gestures.ts, fetched at the first press): keeping the
// page from scrolling must happen in the wheel event itself. The note saying how to zoom is not (map-hint.ts).

/** Where a client position lies in the view's map units, and how many map units a CSS pixel is. */
export function mapper(svg: SVGSVGElement, view: View): { at: (x: number, y: number) => At; unit: number } {
  const box = svg.getBoundingClientRect();
  const unit = view.w / (box.width || 1);
  return { at: (x, y) => [view.x + (x - box.left) * unit, view.y + (y - box.top) * unit], unit };
}

/** For Lit's `@wheel`: not passive, as it must keep the page from scrolling when it zooms. */
export function wheelZoom(view: () => View, show: (view: View) => void, hint: () => void): AddEventListenerOptions & EventListenerObject {
  return {
    passive: false,
    handleEvent: (event: Event): void => {
      const wheel = event as WheelEvent;
      if (!wheel.ctrlKey && !wheel.metaKey) {
        hint();
        return;
      }
      wheel.preventDefault();
      // Lines (Firefox) and pages as pixels; a mouse's notch (100 px) zooms by about 1.5, a touchpad's pinch finer.
      const pixels = wheel.deltaY * (wheel.deltaMode === 1 ? 16 : wheel.deltaMode === 2 ? 400 : 1);
      const now = view();
      const { at } = mapper(wheel.currentTarget as SVGSVGElement, now);
      show(zoomAt(now, Math.exp(-pixels / 250), at(wheel.clientX, wheel.clientY)));
    },
  };
}
