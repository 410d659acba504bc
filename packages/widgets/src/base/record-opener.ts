import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { DetailDialog } from './detail-dialog.js';
import type { SinnElement } from './sinn-element.js';
import { errorState } from './states.js';

/** An item of a list that could not be opened, and what went wrong. */
export interface OpenFailure<L> {
  failed: L;
  error: unknown;
}

/**
 * Opens an item of a list that holds only what the list draws (its `fields`). Its whole record is fetched first
 * (`load`; where the list had it whole, the item itself), and only then is the page told (`select`, the element's
 * `sinn-…-select` event, false when the page cancelled it) and the dialog shown, so that such an event always
 * carries the whole record the contract defines. Meanwhile the thing clicked shows that it is loading, in place
 * (`data-opening`, styled in states.styles.ts: nothing moves), and a live region says so. A failure opens the
 * dialog with what went wrong and a retry. A record that came is kept with its item: opened again, it is there.
 */
export class RecordOpener<L extends object, W> implements ReactiveController {
  #pending: { listed: L; abort: AbortController; opener: HTMLElement | undefined } | undefined;
  readonly #wholes = new WeakMap<L, W>();

  constructor(
    private readonly host: SinnElement,
    private readonly dialog: Pick<DetailDialog<W | OpenFailure<L>>, 'open' | 'close'>,
    private readonly load: (listed: L, signal: AbortSignal) => Promise<W>,
    private readonly select: (whole: W) => boolean,
  ) {
    host.addController(this);
  }

  async open(listed: L, opener: HTMLElement | undefined): Promise<void> {
    // A second click on the item waits for the same record.
    if (this.#pending?.listed === listed) return;
    this.#stop();
    const pending = (this.#pending = { listed, abort: new AbortController(), opener });
    opener?.setAttribute('data-opening', '');
    this.host.requestUpdate();
    let whole = this.#wholes.get(listed);
    let error: unknown;
    try {
      whole ??= await this.load(listed, pending.abort.signal);
      this.#wholes.set(listed, whole);
    } catch (caught) {
      error = caught ?? new Error('not loaded');
    }
    // Another item was opened meanwhile, or the element left the page.
    if (this.#pending !== pending) return;
    this.#stop();
    if (error !== undefined) this.dialog.open({ failed: listed, error }, opener);
    else if (this.select(whole!)) this.dialog.open(whole!, opener);
    else this.dialog.close();
  }

  #stop(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    pending.abort.abort();
    pending.opener?.removeAttribute('data-opening');
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  /** The retry after an answer that could not be shown: what was being opened is given up; the list comes anew. */
  hostReload(): void {
    this.#stop();
  }

  /** The dialog's content for an item that could not be opened: its heading (as the list had it), the error, a retry. */
  failure(failure: OpenFailure<L>, heading: TemplateResult): TemplateResult {
    return html`${heading}
      ${errorState(this.host, failure.error, () => void this.open(failure.failed, this.host.renderRoot.querySelector<HTMLElement>('dialog [part~="retry"]') ?? undefined))}`;
  }

  /** The live region that says a record is coming; always in the page, so that what it says is heard. */
  render(): TemplateResult {
    return html`<p class="visually-hidden opening" role="status">${this.#pending ? this.host.t('state.loading') : ''}</p>`;
  }
}
