import { adoptStyles, type CSSResultOrNative, type LitElement } from 'lit';

/** The later styles each element has adopted so far: one part's must not take another's away. */
const adopted = new WeakMap<LitElement, CSSResultOrNative[]>();

const sheetOf = (style: CSSResultOrNative) => (style instanceof CSSStyleSheet ? style : style.styleSheet);

/**
 * Adds styles to an element's shadow root after it was made: the styles of a part whose code is loaded later (a
 * dialog, an event's detail, the filter bar), downloaded with that code rather than with the element. Called
 * again, with the same styles or another part's, it keeps every sheet once. A sheet that other code put first in
 * the root (Leaflet's, under the map's street layer) stays first: a dialog opened over the streets must not take
 * the tiles' layout away.
 */
export function adoptLaterStyles(host: LitElement, styles: CSSResultOrNative[]): void {
  const earlier = adopted.get(host) ?? [];
  const own = (host.constructor as typeof LitElement).elementStyles;
  // A part's styles the element has of its own (the card's pieces, which the cards draw and the map's dialog too).
  const all = [...earlier, ...styles.filter((style) => !earlier.includes(style) && !own.includes(style))];
  adopted.set(host, all);
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const ours = [...own, ...all];
  const known = new Set(ours.map(sheetOf));
  const others = root.adoptedStyleSheets.filter((sheet) => !known.has(sheet));
  adoptStyles(root, ours);
  if (others.length > 0) root.adoptedStyleSheets = [...others, ...root.adoptedStyleSheets];
}
