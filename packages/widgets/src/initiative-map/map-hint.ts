import { css, html, nothing, type TemplateResult } from 'lit';
import { adoptLaterStyles } from '../base/later-styles.js';
import type { SinnElement } from '../base/sinn-element.js';
import { hintText } from './messages/hint/messages.js';

// The note that Ctrl (⌘) with the wheel zooms, shown over the map for a moment after a plain wheel (map-wheel.ts).
// Only someone who turns the wheel over the map sees it: its code, styles and strings are a chunk of their own,
// fetched when a pointer first comes over the map (or the focus), at the latest with such a wheel; not part of the
// map's first paint.

/** How long the hint stays after a plain wheel. */
const HINT_MS = 1500;

export class WheelHint {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly map: SinnElement) {}

  /** Shows the hint, or keeps it longer: scrolling on past the map draws it again only to show it, not at every turn. */
  show(): void {
    const shown = this.#timer !== undefined;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.stop(), HINT_MS);
    if (!shown) this.map.requestUpdate();
  }

  /** Takes the hint away (its time is up, or the map left the page). */
  stop(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.map.requestUpdate();
  }

  /** The hint over the map while it is shown; hidden from screen readers, whose users zoom with + and -. */
  render(): TemplateResult | typeof nothing {
    if (this.#timer === undefined) return nothing;
    const lang = this.map.language;
    const key = hintText(lang, /Mac|iP(hone|ad)/.test(navigator.platform) ? 'map.cmd' : 'map.ctrl');
    return html`<p class="hint" part="hint" aria-hidden="true">${hintText(lang, 'map.wheel', { key })}</p>`;
  }
}

export const hintStyles = css`
  .hint {
    position: absolute;
    inset: 40% 10% auto;
    margin: 0;
    padding: 0.5em 1em;
    text-align: center;
    pointer-events: none;
    background: color-mix(in srgb, var(--_ground, Canvas) 92%, transparent);
    border: 0.0625em solid var(--_border);
    border-radius: 0.25em;
  }
`;

/** The hint of `map`, once its styles are in the map and its strings here. */
export async function wheelHint(map: SinnElement): Promise<WheelHint> {
  adoptLaterStyles(map, [hintStyles]);
  // The hint's code comes at a mere focus on the map, whose keys must not wait for its strings.
  await map.speakFrom(hintText, false);
  return new WheelHint(map);
}
