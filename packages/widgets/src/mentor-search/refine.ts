import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { MentorMessageKey } from './messages/messages.js';

// On a phone the facets would push the results below the fold: narrower than 44em (of the element, a container
// query in mentor-search.styles.ts) they wait behind a disclosure (the WAI-ARIA APG disclosure pattern: a button
// with aria-expanded that shows and hides them), which says how many filters are on. Wider, the button is not
// shown and the facets stand beside the results as before. The stylesheet alone decides which layout shows, from
// the first frame; this controller only keeps the focus where it was when the layout switches (a phone turned, a
// window resized, a column that changes), since a control the new layout hides would take the focus with it.

/** The id the button's aria-controls names: the facets, or their placeholder while the first answer loads. */
export const FACETS_ID = 'facets';

export interface RefineText {
  t: (key: MentorMessageKey, vars?: Record<string, string | number>) => string;
  formatCount: (count: number) => string;
}

export class RefineDisclosure implements ReactiveController {
  /** Whether the facets are shown in the narrow layout (the wide one always shows them). */
  open = false;
  // The button is what the layout switch shows or hides (its size turns to or from none); the facets opening
  // below it leave its size alone, so what this observer does never asks it again in the same frame. Read after
  // the browser laid out the new width, before it paints: the stylesheet has switched by then.
  readonly #resize = new ResizeObserver(() => this.#keepFocus());
  #observed: Element | null = null;

  /**
   * The facet that has the focus. When the narrow layout hides it, the browser may take its focus away (focus
   * fixup) before the observer below is read; then the disclosure opens around this one and gives it back.
   */
  #facet: HTMLElement | null = null;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
    host.addEventListener('focusin', (event) => {
      const target = event.composedPath()[0];
      const facets = host.shadowRoot?.getElementById(FACETS_ID);
      this.#facet = facets && target instanceof HTMLElement && facets.contains(target) ? target : null;
    });
    host.addEventListener('focusout', (event) => {
      // Moved on by the person (somewhere else takes it): nothing to give back.
      if (event.relatedTarget) this.#facet = null;
    });
  }

  hostUpdated(): void {
    // The button comes and goes with the facets (an error state has neither); observed anew only when it is
    // another, since a new observation is read in the same frame once more. It stays observed while the element
    // is off the page (its size is none then, and nothing has the focus), so that moving the element keeps it.
    const button = this.host.shadowRoot?.querySelector('.refine-toggle') ?? null;
    if (button === this.#observed) return;
    this.#resize.disconnect();
    if (button) this.#resize.observe(button);
    this.#observed = button;
  }

  /** The button that shows and hides the facets; `active`: how many filter values are ticked. */
  button(text: RefineText, active: number): TemplateResult {
    const count = active === 0 ? '' : ` (${active === 1 ? text.t('refine.one') : text.t('refine.other', { count: text.formatCount(active) })})`;
    return html`<button
      type="button"
      class="button secondary disclosure refine-toggle"
      part="button refine"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls=${FACETS_ID}
      @click=${this.#toggle}
    >
      ${text.t('refine')}${count}
    </button>`;
  }

  /**
   * Under the opened facets on a phone: what a tick changed stands below all of them, out of sight; this button
   * says how many were found, closes the facets and takes the focus to the first of them (or back to the toggle).
   */
  done(text: RefineText, found: number): TemplateResult | typeof nothing {
    return this.open
      ? html`<button type="button" class="button refine-done" part="button show-results" @click=${this.#done}>
          ${text.t('refine.show', { count: text.formatCount(found) })}
        </button>`
      : nothing;
  }

  #done = (): void => {
    this.open = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const root = this.host.shadowRoot;
      (root?.querySelector<HTMLElement>('.results > li > article') ?? root?.querySelector<HTMLElement>('.refine-toggle'))?.focus();
    });
  };

  /** The class the facets (or their placeholder) carry: hidden in the narrow layout while the disclosure is closed. */
  get facetsClass(): string {
    return this.open ? '' : 'refine-closed';
  }

  #toggle = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
  };

  #keepFocus(): void {
    const root = this.host.shadowRoot;
    const toggle = root?.querySelector<HTMLElement>('.refine-toggle');
    const facets = root?.getElementById(FACETS_ID);
    const active = root?.activeElement ?? null;
    if (!toggle || !facets) return;
    const wide = !toggle.checkVisibility();
    const lost = !active && document.activeElement === document.body && this.#facet && facets.contains(this.#facet) ? this.#facet : null;
    if (wide && active && active === toggle) {
      // The button is gone and the facets stand beside the results: the focus goes to the first of them.
      facets.querySelector<HTMLElement>('input, button')?.focus();
    } else if (!wide && !this.open && ((active && facets.contains(active)) || lost)) {
      // A facet had the focus in the wide layout: the disclosure opens around it instead of hiding it.
      this.open = true;
      this.host.requestUpdate();
      if (lost) void this.host.updateComplete.then(() => lost.focus());
    }
  }
}
