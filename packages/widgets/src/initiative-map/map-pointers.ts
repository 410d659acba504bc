import type { View } from './map-view.js';
import type { MapGestures, Pointer } from './map-gestures.js';

// Dragging and pinching need their code only once someone presses on the map: it is fetched at the first press
// (map-gestures.ts, a chunk of its own), not with the first paint. What the pointers do until it has come is kept
// and handed to it in order, so that the first drag pans (all the way) and the first pinch zooms; a click that
// does not move still chooses its district meanwhile, as it needs none of this code. The browser keeps its own
// pinch off the map meanwhile too (touch-action in the styles).

type Kind = 'down' | 'move' | 'up';

export class MapPointers {
  #gestures: MapGestures | undefined;
  #coming: Promise<void> | undefined;
  /** The pointer events that came before the code, as far as the gestures read them. */
  readonly #kept: [Kind, Pointer][] = [];

  constructor(
    private readonly view: () => View,
    private readonly show: (view: View) => void,
    private readonly failed: (error: unknown) => void,
  ) {}

  /** Resolves once the gestures' code is here (and what came before it is handled): for tests and the curious. */
  get ready(): Promise<void> | undefined {
    return this.#coming;
  }

  readonly down = (event: PointerEvent): void => {
    this.#coming ??= import('./map-gestures.js').then(
      ({ MapGestures }) => {
        this.#gestures = new MapGestures(this.view, this.show);
        for (const [kind, kept] of this.#kept.splice(0)) this.#gestures[kind](kept);
      },
      (error: unknown) => {
        // The next press asks again.
        this.#coming = undefined;
        this.#kept.length = 0;
        this.failed(error);
      },
    );
    this.#handle('down', event);
  };

  readonly move = (event: PointerEvent): void => this.#handle('move', event);
  readonly up = (event: PointerEvent): void => this.#handle('up', event);

  /** A click that ends a drag or pinch does not choose the district or open the point it ends on. */
  readonly click = {
    capture: true,
    handleEvent: (event: Event): void => this.#gestures?.click(event),
  };

  #handle(kind: Kind, event: PointerEvent): void {
    if (this.#gestures) return this.#gestures[kind](event);
    // Moves before any press (a mouse passing over) mean nothing to the gestures.
    if (!this.#coming) return;
    const { pointerId, pointerType, button, clientX, clientY, currentTarget } = event;
    this.#kept.push([kind, { pointerId, pointerType, button, clientX, clientY, currentTarget }]);
  }
}
