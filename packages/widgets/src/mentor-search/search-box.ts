import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { adoptLaterStyles } from '../base/later-styles.js';
import { onDemand } from '../base/on-demand.js';
import type { MentorMessageKey } from './messages/messages.js';
import type { OptionContext } from './suggestion-list.js';
import type { Suggestion, Suggestions } from './suggestions.js';

// The search box as the WAI-ARIA APG combobox with a list popup: the focus stays in the input, arrows move the
// active suggestion (aria-activedescendant), Enter takes it or searches, Escape closes the list and then clears
// the box. Suggestions complete; they never replace what is typed until one is chosen.

export interface SearchBoxActions {
  t(key: MentorMessageKey): string;
  /** An area of expertise's label in the element's language (the server suggests the German one). */
  expertise(id: string): string;
  /** What a suggestion is: "Person", "Fachgebiet", or a neutral word for a kind newer than the widget. */
  kind(kind: string): string;
  /** The text in the box changed (each keystroke). */
  typed(text: string): void;
  /** Search now for what is in the box (Enter, the button). */
  search(): void;
  /** A suggestion was chosen. */
  choose(suggestion: Suggestion): void;
}

export class SearchBox implements ReactiveController {
  open = false;
  /** The index of the active suggestion, or -1. */
  active = -1;

  /** How suggestions are drawn (suggestion-list.ts): its code comes when a person is about to type. */
  #list: typeof import('./suggestion-list.js') | undefined;
  readonly #listCode = onDemand(() => import('./suggestion-list.js'));
  #unloadedSaid = false;

  constructor(
    private readonly host: LitElement,
    private readonly suggestions: Suggestions,
    private readonly actions: SearchBoxActions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // New suggestions for what is typed open the list; none close it.
    if (!this.suggestions.items.length) {
      this.open = false;
      this.active = -1;
    } else if (this.active >= this.suggestions.items.length) {
      this.active = -1;
    }
  }

  /** New suggestions arrived for the text in the box: show them, none active yet. */
  show(): void {
    this.open = this.suggestions.items.length > 0;
    this.active = -1;
    this.host.requestUpdate();
  }

  close(): void {
    if (!this.open && this.active === -1) return;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  #move(step: number): void {
    const count = this.suggestions.items.length;
    if (!count) return;
    if (!this.open) {
      this.open = true;
      this.active = step > 0 ? 0 : count - 1;
    } else {
      this.active = this.active === -1 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
    }
    this.host.requestUpdate();
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const input = event.currentTarget as HTMLInputElement;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) {
          this.open = this.suggestions.items.length > 0;
          this.host.requestUpdate();
        } else this.#move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.close();
        else this.#move(-1);
        break;
      case 'Enter': {
        event.preventDefault();
        const chosen = this.open ? this.suggestions.items[this.active] : undefined;
        this.close();
        if (chosen) this.actions.choose(chosen);
        else this.actions.search();
        break;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          this.actions.typed('');
        }
        break;
      default:
    }
  };

  #onInput = (event: Event): void => {
    this.#drawSuggestions();
    this.active = -1;
    this.actions.typed((event.currentTarget as HTMLInputElement).value);
  };

  #clear = (event: Event): void => {
    const input = (event.currentTarget as HTMLElement).parentElement!.querySelector('input')!;
    input.value = '';
    this.close();
    this.actions.typed('');
    input.focus();
  };

  /** Fetches what draws the suggestions, once; without it the box still searches, and says why on the console. */
  #drawSuggestions = (): void => {
    if (this.#list) return;
    this.#listCode().then(
      (code) => {
        adoptLaterStyles(this.host, [code.suggestionStyles]);
        this.#list = code;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // Each keystroke tries again; the console hears of it once.
        if (!this.#unloadedSaid) console.warn(`<${this.host.localName}>: the suggestions could not be loaded.`, error);
        this.#unloadedSaid = true;
      },
    );
  };

  #optionContext(suggestion: Suggestion, index: number): OptionContext {
    return {
      active: index === this.active,
      expertise: this.actions.expertise,
      kind: this.actions.kind,
      choose: () => (this.close(), this.actions.choose(suggestion)),
    };
  }

  render(text: string): TemplateResult {
    const items = this.suggestions.items;
    // Suggestions are shown once the code that draws them has come too.
    const expanded = this.open && items.length > 0 && this.#list !== undefined;
    return html`<div class="search" role="search" part="search">
      <label for="search-input" part="label">${this.actions.t('search.field')}</label>
      <p class="hint" id="search-hint">${this.actions.t('search.hint')} <span class="keys">${this.actions.t('search.keys')}</span></p>
      <div class="box">
        <input
          id="search-input"
          type="text"
          enterkeyhint="search"
          part="input"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          maxlength="200"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="suggestions"
          aria-describedby="search-hint"
          aria-activedescendant=${expanded && this.active >= 0 ? `suggestion-${this.active}` : nothing}
          .value=${text}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @focus=${this.#drawSuggestions}
          @blur=${() => this.close()}
        />
        ${text
          ? html`<button type="button" class="clear" part="button clear" aria-label=${this.actions.t('search.clear')} @click=${this.#clear}>
              <span aria-hidden="true">×</span>
            </button>`
          : nothing}
        <ul id="suggestions" role="listbox" part="suggestions" aria-label=${this.actions.t('suggest.label')} ?hidden=${!expanded}>
          ${expanded ? items.map((item, index) => this.#list!.suggestionOption(item, index, this.#optionContext(item, index))) : nothing}
        </ul>
        <button type="button" class="button" part="button submit" @click=${() => (this.close(), this.actions.search())}>
          ${this.actions.t('search.submit')}
        </button>
      </div>
    </div>`;
  }
}
