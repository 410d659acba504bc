import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { dialogStyles } from './dialog.styles.js';
import { adoptLaterStyles } from './later-styles.js';
import type { SinnElement } from './sinn-element.js';

let dialogs = 0;

/**
 * The modal detail of one item (an initiative, an event, a day): opened from a button, closed with Escape or
 * its close button, and focus back on the button that opened it; an item opened from inside it closes back to it. The native <dialog> traps focus and makes
 * the page behind it inert. Its code and styles come when an element first needs a dialog (record-opener.ts, the
 * mentor search's contact), not with the element's first paint.
 */
export class DetailDialog<T> implements ReactiveController {
  /** The item shown, while the dialog is open. */
  item: T | undefined;
  /** A unique id for the dialog's heading, which names it. */
  readonly headingId = `sinn-dialog-${(dialogs += 1)}`;
  #opener: HTMLElement | undefined;
  /**
   * What the dialog showed before an item opened from inside it (a day, before an event from its list), with the
   * place in it of the control that opened the item: closing the item goes back there, as from a dialog on top
   * of another, and a person reads a day's events one after the other.
   */
  #under: { item: T; control: number }[] = [];

  constructor(private readonly host: SinnElement) {
    host.addController(this);
    adoptLaterStyles(host, [dialogStyles]);
  }

  open(item: T, opener: HTMLElement | undefined): void {
    const dialog = this.#element();
    if (this.item === undefined) this.#opener = opener;
    // Not a retry in the dialog, which shows the same item anew.
    else if (opener && dialog?.contains(opener) && !opener.matches('[part~="retry"]')) {
      this.#under.push({ item: this.item, control: this.#controls(dialog).indexOf(opener) });
    }
    this.item = item;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const dialog = this.#element();
      if (!dialog) return;
      if (!dialog.open) dialog.showModal();
      // New content in an open dialog (a retry that worked, an event from a day) may have taken the focused
      // control with it: the first control of the dialog takes the focus, not the page behind it.
      else if (!dialog.contains(this.host.shadowRoot?.activeElement ?? null)) dialog.querySelector<HTMLElement>('button, a[href]')?.focus();
    });
  }

  /** Closes the dialog, if it is open; focus goes back as when a person closes it. */
  close(): void {
    this.#under = [];
    const dialog = this.#element();
    if (dialog?.open) dialog.close();
    else this.item = undefined;
  }

  #controls(dialog: HTMLDialogElement): HTMLElement[] {
    return [...dialog.querySelectorAll<HTMLElement>('button, a[href]')];
  }

  #element(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog[part="dialog"]');
  }

  #closed = (event: Event): void => {
    const under = this.#under.pop();
    if (under) {
      // Open again at once, before a frame shows the page without it; the content follows in this task's update.
      (event.currentTarget as HTMLDialogElement).showModal();
      this.item = under.item;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => {
        const dialog = this.#element();
        if (dialog) this.#controls(dialog)[under.control]?.focus();
      });
      return;
    }
    this.item = undefined;
    this.host.requestUpdate();
    const opener = this.#opener;
    this.#opener = undefined;
    // The opener may have been re-rendered meanwhile: focus what stands in its place, if it is still there.
    if (opener?.isConnected) opener.focus();
  };

  /** The retry after an answer that could not be shown: the dialog that showed it (it is gone already) stays closed. */
  hostReload(): void {
    this.hostDisconnected();
  }

  hostDisconnected(): void {
    this.item = undefined;
    this.#opener = undefined;
    this.#under = [];
  }

  /** The dialog with the item's content, or nothing while it is closed. */
  render(content: (item: T, headingId: string) => TemplateResult): TemplateResult | typeof nothing {
    const item = this.item;
    if (item === undefined) return nothing;
    return html`<dialog part="dialog" aria-labelledby=${this.headingId} @close=${this.#closed}>
      <form method="dialog" class="close">
        <button class="button secondary" part="button close">${this.host.t('dialog.close')}</button>
      </form>
      ${content(item, this.headingId)}
    </dialog>`;
  }
}
