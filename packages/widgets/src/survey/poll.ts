import type { ReactiveController, ReactiveElement } from 'lit';

// Asks again every so often, but only while someone can see the element: on the screen (IntersectionObserver)
// and in a tab in front (visibilitychange). Out of sight nothing is fetched; back in sight, a round is asked at
// once when one was missed. Each round is a conditional GET (ETag), answered 304 while nothing changed.

export class WhileVisible implements ReactiveController {
  #inView = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  /** A round came due while the element was out of sight. */
  #missed = false;
  #observer: IntersectionObserver | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly interval: () => number,
    private readonly round: () => void,
  ) {
    host.addController(this);
  }

  get #visible(): boolean {
    return this.#inView && document.visibilityState === 'visible';
  }

  hostConnected(): void {
    this.#observer = new IntersectionObserver((entries) => {
      this.#inView = entries.some((entry) => entry.isIntersecting);
      this.#seen();
    });
    this.#observer.observe(this.host);
    document.addEventListener('visibilitychange', this.#seen);
    this.restart();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    document.removeEventListener('visibilitychange', this.#seen);
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Starts the interval anew (its length changed). */
  restart(): void {
    clearInterval(this.#timer);
    this.#timer = setInterval(this.#tick, this.interval());
  }

  #tick = (): void => {
    if (this.#visible) this.round();
    else this.#missed = true;
  };

  #seen = (): void => {
    if (this.#missed && this.#visible) {
      this.#missed = false;
      this.round();
    }
  };
}
