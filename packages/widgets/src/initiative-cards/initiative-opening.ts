import { getInitiativeEndpoint, type Initiative } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { DetailDialog } from '../base/detail-dialog.js';
import { adoptLaterStyles } from '../base/later-styles.js';
import { RecordOpener, type OpenFailure } from '../base/record-opener.js';
import type { SinnElement } from '../base/sinn-element.js';
import { cardPiecesStyles } from './card-pieces.styles.js';
import type { CardContext } from './card.js';
import { cardsText } from './messages/messages.js';

/** What an element lists of an initiative before it is opened: at least its slug and title. */
export type ListedInitiative = Pick<Initiative, 'slug' | 'title'>;

/**
 * How an initiative listed by an element (a card, a point of the map, an entry of the map's list) opens: its
 * whole record and the detail's code come together (no round trip more than the record's), then the page hears
 * of it (`select`, the element's `sinn-initiative-select`) and the detail dialog shows it. One for the cards and
 * the map, so that both open the same dialog the same way. Neither the dialog's code nor the detail's is part of
 * the first paint: both come on the first sign that a person is about to open an initiative (a pointer over or
 * the focus on a card, a point, a cluster or an entry), at the latest with the click (base/record-opener.ts).
 */
export class InitiativeOpening<L extends ListedInitiative> {
  #dialog: DetailDialog<Initiative | OpenFailure<L>> | undefined;
  readonly #opener: RecordOpener<L, Initiative>;
  /** The detail's code, which comes with the first initiative opened (or shown alone). */
  code: typeof import('./initiative-detail.js') | undefined;

  constructor(
    private readonly host: SinnElement,
    private readonly context: () => Pick<CardContext, 'lang' | 'label'>,
    select: (initiative: Initiative) => boolean,
  ) {
    this.#opener = new RecordOpener<L, Initiative>(
      host,
      () => this.#dialogCode(),
      async (initiative, signal) => (await Promise.all([this.#whole(initiative, signal), this.detailCode()]))[0],
      select,
      '[data-slug], [data-place]',
    );
  }

  open(initiative: L, opener: HTMLElement | undefined): void {
    void this.#opener.open(initiative, opener);
  }

  /** The detail's code and strings; asked for twice at once (a sign of intent, then the click), they come once. */
  async detailCode(): Promise<void> {
    if (this.code) return;
    // The detail speaks the cards' strings, which an element other than the cards (the map) has not loaded; this
    // comes at a mere sign of intent, and the item's busy state must not wait for them. Its summary in Leichte
    // Sprache is in the dialog's chunk, asked for at the same time (no round trip more).
    const [code, easy] = await Promise.all([import('./initiative-detail.js'), import('../base/easy-language.js'), this.host.speakFrom(cardsText, false)]);
    adoptLaterStyles(this.host, [easy.easyLanguageStyles, cardPiecesStyles, code.initiativeDetailStyles]);
    this.code = code;
  }

  /** The dialog; the detail's code is on its way with it, and its failure is said in the dialog. */
  async #dialogCode(): Promise<DetailDialog<Initiative | OpenFailure<L>>> {
    this.detailCode().catch(() => undefined);
    const { DetailDialog } = await import('../base/detail-dialog.js');
    return (this.#dialog ??= new DetailDialog(this.host));
  }

  /** The whole record of a listed initiative, from `GET /v1/initiatives/{slug}`. */
  #whole(initiative: L, signal: AbortSignal): Promise<Initiative> {
    const client = this.host.clientOrFail();
    return client.get(getInitiativeEndpoint, { params: { slug: initiative.slug }, signal });
  }

  #content = (item: Initiative | OpenFailure<L>, headingId: string): TemplateResult =>
    'failed' in item
      ? // The title, as the list had it, names the dialog that says why the initiative could not be opened.
        this.#opener.failure(item, html`<h2 id=${headingId} part="detail-title">${item.failed.title}</h2>`)
      : this.code!.detail(item, this.context(), headingId);

  /** The dialog (while open) and the live region that says an initiative is coming. */
  render(): TemplateResult {
    return html`${this.#dialog?.render(this.#content) ?? nothing} ${this.#opener.render()}`;
  }
}
