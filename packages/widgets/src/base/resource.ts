import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ResourceState = 'loading' | 'error' | 'ready';

/**
 * One piece of data an element shows, and where its loading stands. A failed first load is an error; a failed
 * refresh keeps the data already shown (stale, in memory only). Leaving the page aborts what is under way, so
 * the shared client can stop a request nobody waits for any more.
 */
export class Resource<T> implements ReactiveController {
  data: T | undefined;
  error: unknown;
  /** The data shown is older than a refresh that failed. */
  stale = false;
  pending = false;
  #controller: AbortController | undefined;
  #interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetch: (signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
  }

  get state(): ResourceState {
    if (this.data !== undefined) return 'ready';
    return this.error !== undefined && !this.pending ? 'error' : 'loading';
  }

  /**
   * Loads anew. `keep` keeps the current data on screen while loading; `keepOnError` (default: as `keep`) keeps
   * it, marked stale, when loading fails: right for a refresh of the same question, wrong for a new question.
   */
  async load({ keep = false, keepOnError = keep }: { keep?: boolean; keepOnError?: boolean } = {}): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    if (!keep) this.data = undefined;
    this.pending = true;
    this.host.requestUpdate();
    try {
      const data = await this.fetch(controller.signal);
      if (controller.signal.aborted) return;
      this.data = data;
      this.error = undefined;
      this.stale = false;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = error;
      if (!keepOnError) this.data = undefined;
      this.stale = this.data !== undefined;
    } finally {
      if (this.#controller === controller) {
        this.pending = false;
        this.host.requestUpdate();
      }
    }
  }

  hostConnected(): void {
    // Moved on the page while loading: the move aborted the request, so ask again.
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.load({ keep: this.data !== undefined });
    }
  }

  hostDisconnected(): void {
    if (this.pending) {
      this.#interrupted = true;
      this.#controller?.abort(new DOMException('The element left the page', 'AbortError'));
      this.pending = false;
    }
  }
}
