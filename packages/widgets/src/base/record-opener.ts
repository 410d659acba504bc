import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { DetailDialog } from './detail-dialog.js';
import { onIntent } from './intent.js';
import type { SinnElement } from './sinn-element.js';
import { errorState } from './states.js';

/** An item of a list that could not be opened, and what went wrong. */
export interface OpenFailure<L> {
  failed: L;
  error: unknown;
}

/** The dialog an opener shows its items in (detail-dialog.ts), made by code loaded on demand. */
export type OpeningDialog<T> = Pick<DetailDialog<T>, 'open' | 'close'>;

/** What is being opened (an item, or a day), from where, and the dialog's code on its way (it settles either way). */
interface Pending {
  key: unknown;
  abort: AbortController;
  opener: HTMLElement | undefined;
  code: Promise<unknown>;
}

/**
 * Opens an item of a list that holds only what the list draws (its `fields`). Its whole record is fetched first
 * (`load`; where the list had it whole, the item itself), and only then is the page told (`select`, the element's
 * `sinn-…-select` event, false when the page cancelled it) and the dialog shown, so that such an event always
 * carries the whole record the contract defines. Meanwhile the thing clicked shows that it is loading, in place
 * (`data-opening`, styled in states.styles.ts: nothing moves), and a live region says so. A failure opens the
 * dialog with what went wrong and a retry. A record that came is kept with its item: opened again, it is there.
 *
 * The dialog and what it shows are code a page where nobody opens anything does without: `code` loads it, once,
 * at the first sign that a person is about to open an item (a pointer over or the focus on what `intent`
 * matches), at the latest with the click, and then in parallel with the record. Where it cannot come (the
 * connection dropped), what went wrong stands over the bottom of the window with a retry, focused as the dialog's
 * first control would be, and a close (Escape too) back to the thing clicked: where the person is, not at the end
 * of a long list, which the focus would scroll to. `X`: what else the dialog shows, with no record to fetch (a
 * day of the calendar).
 */
export class RecordOpener<L extends object, W, X = never> implements ReactiveController {
  #pending: Pending | undefined;
  readonly #wholes = new WeakMap<L, W>();
  #code: Promise<unknown> | undefined;
  /** The dialog, once its code has come. */
  #dialog: OpeningDialog<W | OpenFailure<L> | X> | undefined;
  /** The retry of what could not be opened for want of the dialog's code, and the thing clicked. */
  #unreached: { retry: () => void; opener: HTMLElement | undefined } | undefined;

  constructor(
    private readonly host: SinnElement,
    private readonly code: () => Promise<OpeningDialog<W | OpenFailure<L> | X>>,
    private readonly load: (listed: L, signal: AbortSignal) => Promise<W>,
    private readonly select: (whole: W) => boolean,
    intent: string,
  ) {
    host.addController(this);
    onIntent(host, intent, () => void this.#loadCode());
  }

  /** The dialog's code, asked for once (and again after a failure); settles either way. */
  #loadCode(): Promise<unknown> {
    return (this.#code ??= this.code().then(
      (dialog) => (this.#dialog = dialog),
      (error: unknown) => {
        this.#code = undefined;
        console.error('SINN widgets: the code that opens an item could not be loaded.', error);
      },
    ));
  }

  async open(listed: L, opener: HTMLElement | undefined): Promise<void> {
    // A second click on the item waits for the same record.
    if (this.#pending?.key === listed) return;
    const pending = this.#begin(listed, opener);
    let whole = this.#wholes.get(listed);
    let error: unknown;
    try {
      whole ??= await this.load(listed, pending.abort.signal);
      this.#wholes.set(listed, whole);
    } catch (caught) {
      error = caught ?? new Error('not loaded');
    }
    const dialog = await this.#end(pending, () => void this.open(listed, opener));
    if (!dialog) return;
    if (error !== undefined) dialog.open({ failed: listed, error }, opener);
    else if (this.select(whole!)) dialog.open(whole!, opener);
    else dialog.close();
  }

  /** Shows an item that has no record to fetch: at once where the dialog's code is here. */
  async show(item: X, opener: HTMLElement | undefined): Promise<void> {
    const dialog = this.#dialog ?? (await this.#end(this.#begin(item, opener), () => void this.show(item, opener)));
    dialog?.open(item, opener);
  }

  #begin(key: unknown, opener: HTMLElement | undefined): Pending {
    this.#stop();
    // The dialog's code comes meanwhile, where a sign of intent has not brought it already.
    const pending = (this.#pending = { key, abort: new AbortController(), opener, code: this.#loadCode() });
    opener?.setAttribute('data-opening', '');
    this.host.requestUpdate();
    return pending;
  }

  /**
   * The dialog for what `pending` opened, once its code is here; none where another item was opened meanwhile or
   * the element left the page, nor where the code could not come: then that is said, with `retry`.
   */
  async #end(pending: Pending, retry: () => void): Promise<OpeningDialog<W | OpenFailure<L> | X> | undefined> {
    await pending.code;
    if (this.#pending !== pending) return undefined;
    this.#stop();
    this.#unreached = this.#dialog ? undefined : { retry, opener: pending.opener };
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.unreached [part~="retry"]')?.focus());
    return this.#dialog;
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
    this.#unreached = undefined;
  }

  /** The dialog's content for an item that could not be opened: its heading (as the list had it), the error, a retry. */
  failure(failure: OpenFailure<L>, heading: TemplateResult): TemplateResult {
    return html`${heading}
      ${errorState(this.host, failure.error, () => void this.open(failure.failed, this.host.renderRoot.querySelector<HTMLElement>('dialog [part~="retry"]') ?? undefined))}`;
  }

  /**
   * The live region that says a record is coming, always in the page so that what it says is heard; after it,
   * where the dialog's code could not come, what went wrong.
   */
  render(): TemplateResult {
    const unreached = this.#unreached;
    return html`<p class="visually-hidden opening" role="status">${this.#pending ? this.host.t('state.loading') : ''}</p>
      ${unreached
        ? html`<div class="unreached" @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.#dismiss()}>
            ${errorState(this.host, { kind: 'network' }, unreached.retry)}
            <button class="button secondary" part="button close" @click=${this.#dismiss}>${this.host.t('dialog.close')}</button>
          </div>`
        : nothing}`;
  }

  #dismiss = (): void => {
    const opener = this.#unreached?.opener;
    this.#unreached = undefined;
    this.host.requestUpdate();
    opener?.focus();
  };
}
