import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ResourceState = 'loading' | 'error' | 'ready';

/**
 * A request the page set up wrong, which no retry helps: a slug the server does not know (404, its message names
 * the address), a question it refuses (4xx). The visitor sees the error state; the webmaster learns on the console
 * what was asked.
 */
function sayIfRefused(host: ReactiveControllerHost, error: unknown): void {
  const { kind, status } = error as { kind?: string; status?: number };
  if (kind === 'problem' && status! < 500 && status !== 408 && status !== 429) {
    console.warn(`<${(host as unknown as Element).localName}>: ${(error as Error).message}`, host);
  }
}

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
  /** A next page is on its way (`extend`). */
  extending = false;
  /** Why the last next page asked for (`extend`) did not come, until it is asked for again or the data is new. */
  extendError: unknown;
  #controller: AbortController | undefined;
  #extendController: AbortController | undefined;
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
    // More of the old answer must not be appended to the new one.
    this.#extendController?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.extendError = undefined;
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
      sayIfRefused(this.host, error);
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

  /**
   * Adds to what is shown (the next page): `next` gets the data and returns it grown. A new `load` or leaving
   * the page aborts it; a failure keeps what is shown as it is, and says why in `extendError` (what is shown is
   * not older for it). Resolves whether the data grew.
   */
  async extend(next: (data: T, signal: AbortSignal) => Promise<T>): Promise<boolean> {
    const data = this.data;
    if (data === undefined || this.extending) return false;
    const controller = new AbortController();
    this.#extendController = controller;
    this.extending = true;
    this.extendError = undefined;
    this.host.requestUpdate();
    try {
      const grown = await next(data, controller.signal);
      if (controller.signal.aborted || this.data !== data) return false;
      this.data = grown;
      return true;
    } catch (error) {
      if (controller.signal.aborted) return false;
      this.extendError = error;
      return false;
    } finally {
      if (this.#extendController === controller) {
        this.#extendController = undefined;
        this.extending = false;
        this.host.requestUpdate();
      }
    }
  }

  /** The retry after an answer that could not be shown: asked anew, what is shown gone meanwhile (a skeleton). */
  hostReload(): void {
    // A resource never asked for (a dialog's, not yet opened) is not asked for now.
    if (this.data !== undefined || this.error !== undefined || this.pending) void this.load();
  }

  hostConnected(): void {
    // Moved on the page while loading: the move aborted the request, so ask again.
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.load({ keep: this.data !== undefined });
    }
  }

  hostDisconnected(): void {
    this.#extendController?.abort(new DOMException('The element left the page', 'AbortError'));
    if (this.pending) {
      this.#interrupted = true;
      this.#controller?.abort(new DOMException('The element left the page', 'AbortError'));
      this.pending = false;
    }
  }
}
