// Mistakes in a partner's HTML that the browser does not say: each said once on the console, naming the element.
import { expect, fixture, html } from '@open-wc/testing';
import '../initiative-cards/define.js';
import '../event-calendar/define.js';
import { describe, it } from '../../test/mocha.js';
import { shadowOf, textOf, until } from '../../test/sinn-test.js';
import { catchWarnings } from '../../test/warnings.js';

describe('mistakes in the page\'s HTML', () => {
  const caught = catchWarnings();
  const said = () => caught.warnings.map(([message]) => String(message));

  it('names a theme word that is none (a misspelled preset, words separated by commas)', async () => {
    await fixture(html`<sinn-initiative-cards slug="x" theme="diakonie,dark"></sinn-initiative-cards>`);
    await fixture(html`<sinn-initiative-cards slug="x" theme="Diakoni"></sinn-initiative-cards>`);
    expect(said().filter((message) => message.includes('theme='))).to.deep.equal([
      '<sinn-initiative-cards>: ignoring theme="diakonie,dark": expected words of caritas diakonie drk paritaet impact-hub dark auto, space-separated.',
      '<sinn-initiative-cards>: ignoring theme="Diakoni": expected words of caritas diakonie drk paritaet impact-hub dark auto, space-separated.',
    ]);
    await fixture(html`<sinn-initiative-cards slug="x" theme="diakonie dark"></sinn-initiative-cards>`);
    expect(said().filter((message) => message.includes('theme='))).to.have.length(2);
  });

  it('names a language it does not speak, and none it does', async () => {
    await fixture(html`<sinn-initiative-cards slug="x" lang="fr"></sinn-initiative-cards>`);
    await fixture(html`<sinn-initiative-cards slug="x" lang="en-GB"></sinn-initiative-cards>`);
    await fixture(html`<sinn-initiative-cards slug="x" lang="de"></sinn-initiative-cards>`);
    expect(said().filter((message) => message.includes('lang='))).to.deep.equal(['<sinn-initiative-cards>: ignoring lang="fr": expected de or en.']);
  });

  it('says when an element written as self-closing took the next one inside it', async () => {
    // What the HTML parser makes of `<sinn-initiative-cards /> <p>…</p> <sinn-event-calendar></sinn-event-calendar>`.
    const container = document.createElement('div');
    container.innerHTML = '<sinn-initiative-cards slug="x" /><p>Termine</p><sinn-event-calendar view="upcoming"></sinn-event-calendar>';
    const cards = container.querySelector('sinn-initiative-cards')!;
    expect(cards.querySelector('sinn-event-calendar'), 'the parser put the calendar inside the cards').to.not.equal(null);
    document.body.append(container);
    try {
      expect(said().filter((message) => message.includes(' hides '))).to.deep.equal([
        '<sinn-initiative-cards> hides <sinn-event-calendar>: HTML does not close <sinn-initiative-cards />; write <sinn-initiative-cards></sinn-initiative-cards>.',
      ]);
    } finally {
      container.remove();
    }
  });

  it('says a slug the server does not know: the visitor reads that it is not there, with no retry, the console what was asked', async () => {
    const element = await fixture(html`<sinn-initiative-cards slug="gibts-nicht"></sinn-initiative-cards>`);
    await until(() => shadowOf(element).querySelector('[part~="error"]'), 'the error state');
    const error = shadowOf(element).querySelector('[part~="error"]')!;
    expect(textOf(error)).to.equal('Die Daten konnten nicht geladen werden. Diesen Inhalt gibt es auf dem SINN-Server nicht (mehr).');
    expect(error.querySelector('button'), 'no retry').to.equal(null);
    const refused = said().filter((message) => message.includes('gibts-nicht'));
    expect(refused, refused.join('\n')).to.have.length(1);
    expect(refused[0]).to.match(/^<sinn-initiative-cards>: 404 .*\/v1\/initiatives\/gibts-nicht\)$/);
  });

  it('says an API address that a browser cannot reach (no scheme)', async () => {
    await fixture(html`<sinn-initiative-cards slug="x" api="localhost:8920"></sinn-initiative-cards>`);
    expect(said().filter((message) => message.includes('localhost:8920'))).to.deep.equal([
      'SINN widgets: the API address "localhost:8920" is none: expected https://…',
    ]);
  });
});
