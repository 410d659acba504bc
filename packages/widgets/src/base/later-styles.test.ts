import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { adoptLaterStyles } from './later-styles.js';
import { describe, it } from '../../test/mocha.js';

class LaterStylesTest extends LitElement {
  static override styles = css`:host { display: block; }`;
}
customElements.define('sinn-later-styles-test', LaterStylesTest);

describe('adoptLaterStyles', () => {
  it('adds a later part\'s sheet after the element\'s own, keeps an earlier part\'s, and leaves a sheet others put first where it was', async () => {
    const element = await fixture<LaterStylesTest>(html`<sinn-later-styles-test></sinn-later-styles-test>`);
    const root = element.shadowRoot!;
    const own = LaterStylesTest.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet));
    const dialog = css`.dialog { color: red; }`;
    const detail = css`.detail { color: blue; }`;
    adoptLaterStyles(element, [dialog]);
    // Leaflet's way: its sheet first in the root, beside the element's.
    const foreign = new CSSStyleSheet();
    foreign.replaceSync('.leaflet-pane { position: absolute; }');
    root.adoptedStyleSheets = [foreign, ...root.adoptedStyleSheets];
    adoptLaterStyles(element, [detail]);
    expect(root.adoptedStyleSheets).to.deep.equal([foreign, ...own, dialog.styleSheet, detail.styleSheet]);
    adoptLaterStyles(element, [dialog]);
    expect(root.adoptedStyleSheets).to.deep.equal([foreign, ...own, dialog.styleSheet, detail.styleSheet]);
  });

  it('adopts no second copy of a sheet the element has of its own (the card\'s pieces: the cards\' own, the map\'s later)', async () => {
    const element = await fixture<LaterStylesTest>(html`<sinn-later-styles-test></sinn-later-styles-test>`);
    const [own] = LaterStylesTest.elementStyles;
    const detail = css`.detail { color: blue; }`;
    adoptLaterStyles(element, [own!, detail]);
    const sheetOf = (style: typeof own) => (style instanceof CSSStyleSheet ? style : style!.styleSheet);
    expect(element.shadowRoot!.adoptedStyleSheets).to.deep.equal([sheetOf(own), detail.styleSheet]);
  });
});
