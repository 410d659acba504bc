import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { SinnElement } from './sinn-element.js';

/** An item that could not be opened: the list's item, what went wrong, and how to try again. */
export interface OpenFailure<L> {
  failed: L;
  error: unknown;
  retry: (opener: HTMLElement) => void;
}

export interface RecordOpenerOptions<L, W> {
  /** What tells two items apart (an event's occurrence, an initiative's slug). */
  key: (listed: L) => string;
  /** The whole record of a listed item; where the list had it whole, the item itself. */
  load: (listed: L, signal: AbortSignal) => Promise<W>;
  /** The whole record came: tell the page (its `sinn-…-select` event) and show it. */
  opened: (whole: W, opener: HTMLElement | undefined) => void;
  /** It could not come: say so, with a retry. */
  failed: (failure: OpenFailure<L>, opener: HTMLElement | undefined) => void;
  /** What the live region says while a record comes. */
  loadingText: () => string;
}

/**
 * Opens an item of a list that holds only what the list draws (its `fields`). Its whole record is fetched first,
 * and only then is the page told and the detail shown, so that a `sinn-…-select` event always carries the whole
 * record the contract defines. Meanwhile the thing clicked shows that it is loading, in place (`data-opening`,
 * styled in states.styles.ts: nothing moves), and a live region says it; a second click on it waits for the same
 * record, a click on another item opens that one instead.
 */
export class RecordOpener<L, W> implements ReactiveController {
  #pending: { key: string; abort: AbortController; opener: HTMLElement | undefined } | undefined;

  constructor(
    private readonly host: SinnElement,
    private readonly options: RecordOpenerOptions<L, W>,
  ) {
    host.addController(this);
  }

  /** Whether a record is on its way. */
  get loading(): boolean {
    return this.#pending !== undefined;
  }

  async open(listed: L, opener: HTMLElement | undefined): Promise<void> {
    const key = this.options.key(listed);
    if (this.#pending?.key === key) return;
    this.#stop();
    const pending = { key, abort: new AbortController(), opener };
    this.#pending = pending;
    opener?.setAttribute('data-opening', '');
    this.host.requestUpdate();
    let whole: W;
    try {
      whole = await this.options.load(listed, pending.abort.signal);
    } catch (error) {
      if (this.#pending !== pending) return;
      this.#stop();
      const retry = (again: HTMLElement) => void this.open(listed, again);
      this.options.failed({ failed: listed, error, retry }, opener);
      return;
    }
    if (this.#pending !== pending) return;
    this.#stop();
    this.options.opened(whole, opener);
  }

  #stop(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    pending.abort.abort(new DOMException('Another item was opened', 'AbortError'));
    pending.opener?.removeAttribute('data-opening');
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  /** The live region that says a record is coming; always in the page, so that what it says is heard. */
  render(): TemplateResult {
    return html`<p class="visually-hidden opening" role="status">${this.#pending ? this.options.loadingText() : ''}</p>`;
  }
}
