// The first answers of an element, asked of the server from its attributes before the element's code has come (as
// the loader asks, loader/first-answers.ts), and taken by the element's client when it asks for the same URL. This
// page defines no element before its test imports it.
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { freshPageEachTest, paramsOf, PROXY, seenGets, settle, shadowOf, until } from '../../test/sinn-test.js';
import { fetchesOf } from '../../test/fetch-spy.js';
import { askFirst, firstAnswersAsked } from '../../test/first-answers.js';
import { catchWarnings } from '../../test/warnings.js';
import { listEventsEndpoint, taxonomiesEndpoint } from '@sinn/sdk';
import { askedFirst, takeEarly, underApi } from './early-answers.js';
import { PageClient } from './page-client.js';

describe('the first answers of an element whose code has not come', () => {
  freshPageEachTest();
  const caught = catchWarnings();

  it('of calendars: asked with their attributes as written, before their code has come, and what they draw; a wrong value is said once, by the calendar', async () => {
    const drawn = (calendar: Element) => shadowOf(calendar).querySelectorAll('.bar, button.row').length > 0;
    const first = await fixture<HTMLElement>(
      html`<sinn-event-calendar region="leipzig" month="2026-12" time-zone="Mars/Olympus" structured-data></sinn-event-calendar>`,
    );
    const second = await fixture<HTMLElement>(html`<sinn-event-calendar region="chemnitz nowhere" month="2026-12"></sinn-event-calendar>`);
    askFirst('sinn-event-calendar', first, second);
    expect(firstAnswersAsked('sinn-event-calendar')).to.deep.equal([
      'region=leipzig&month=2026-12&time-zone=Mars%2FOlympus&structured-data=',
      'region=chemnitz+nowhere&month=2026-12',
    ]);
    expect(customElements.get('sinn-event-calendar')).to.equal(undefined);
    await until(async () => (await seenGets('/v1/first-answers')).length === 2, 'both questions reach the server');

    await import('../event-calendar/define.js');
    await until(() => drawn(first) && drawn(second), 'both calendars draw their events');
    // The server read the region as written (it has no say over a page's mistakes): the first calendar took its
    // answers, the second one, which leaves the unknown "nowhere" out, asked for its own month. The vocabulary came
    // with the answers.
    // (Each may then fetch the months around its own, when idle.)
    const months = () => fetchesOf('/v1/events').filter((query) => query.get('from') === '2026-11-29');
    expect(months().map((query) => query.get('region'))).to.deep.equal(['chemnitz']);
    expect(fetchesOf('/v1/taxonomies')).to.have.length(0);
    // The first calendar's month, with what its JSON-LD writes, came from the server's answers, not a request of its own.
    expect((await seenGets('/v1/events')).filter((get) => paramsOf(get).get('from') === '2026-11-29')).to.have.length(1);
    expect(shadowOf(first).querySelector('.state.error')).to.equal(null);
    // The zone is said once, by the calendar; "nowhere" once too.
    const said = caught.warnings.map((args) => String(args[0]));
    expect(said.filter((text) => text.includes('time-zone="Mars/Olympus"'))).to.have.length(1);
    expect(said.filter((text) => text.includes('region="nowhere"'))).to.have.length(1);
  });

  it('of a map: its outlines, its points and the vocabulary come with its first answers, which are what it draws', async () => {
    const element = await fixture<HTMLElement>(html`<sinn-initiative-map topic="arbeit gesundheit"></sinn-initiative-map>`);
    askFirst('sinn-initiative-map', element);
    expect(firstAnswersAsked('sinn-initiative-map')).to.deep.equal(['topic=arbeit+gesundheit']);
    await import('../initiative-map/define.js');
    await until(() => shadowOf(element).querySelectorAll('[part~="region"]').length === 13, 'the districts are drawn');
    await until(() => shadowOf(element).querySelectorAll('[part="point"], [part="cluster"]').length > 0, 'the points are drawn');
    expect(fetchesOf('/v1/regions/geometry')).to.have.length(0);
    expect(fetchesOf('/v1/initiatives')).to.have.length(0);
    expect(fetchesOf('/v1/taxonomies')).to.have.length(0);
  });

  it('of the cards: their first answers could not come; they ask for them themselves at once and draw them', async () => {
    const lists = () => fetchesOf('/v1/initiatives').filter((query) => query.get('fields') === 'title,region,organisation');
    await executeServerCommand('sinn-unreachable', { urls: [`${PROXY}/v1/first-answers*`] });
    const element = await fixture<HTMLElement>(html`<sinn-initiative-cards limit="3" view="compact" region="leipzig"></sinn-initiative-cards>`);
    try {
      askFirst('sinn-initiative-cards', element);
      expect(firstAnswersAsked('sinn-initiative-cards')).to.have.length(1);
      // Blocked when it started, it fails whenever the browser gets to it.
      await settle(200);
    } finally {
      await executeServerCommand('sinn-unreachable', { urls: [] });
    }
    await import('../initiative-cards/define.js');
    await until(() => shadowOf(element).querySelectorAll('.card').length === 3, 'the cards are drawn');
    expect(lists()).to.have.length(1);
    expect(await seenGets('/v1/initiatives')).to.have.length(1);
    expect(await seenGets('/v1/first-answers')).to.have.length(0);
    expect(shadowOf(element).querySelector('.state.error')).to.equal(null);
  });

  it('finds an answer under the URL the client writes, also under an API address with a query of its own', () => {
    for (const api of ['https://example.org/wp-json/sinn', 'https://example.org/?rest_route=/sinn']) {
      const client = new PageClient(api);
      expect(underApi(api, '/v1/events?from=2026-12-01&limit=20')).to.equal(client.url(listEventsEndpoint, {}, { from: '2026-12-01', limit: 20 }));
      expect(underApi(api, '/v1/taxonomies')).to.equal(client.url(taxonomiesEndpoint));
    }
  });

  it('takes an answer from whichever first answers hold it as they come: one element\'s slow answers hold up no other\'s', async () => {
    const api = 'https://slow.example';
    const never = new Promise<undefined>(() => undefined);
    askedFirst().push({ api, answers: never }, { api, answers: Promise.resolve({ answers: [{ url: '/v1/taxonomies', body: { topics: [] } }] }) });
    const taken = await Promise.race([takeEarly(`${api}/v1/taxonomies`), settle(1000).then(() => 'waited')]);
    expect(taken).to.deep.equal({ body: { topics: [] } });
  });

  it('takes nothing from first answers that are no list of answers, and does not fail on them: the element asks itself', async () => {
    const api = 'https://broken.example';
    askedFirst().push(
      { api, answers: Promise.resolve({ answers: {} } as never) },
      { api, answers: Promise.resolve({ answers: [null, { url: 7 }, { url: '/v1/events', body: { items: [] } }] } as never) },
      { api, answers: Promise.reject(new SyntaxError('not JSON')) },
    );
    expect(await takeEarly(`${api}/v1/taxonomies`)).to.equal(undefined);
    expect(await takeEarly(`${api}/v1/events`)).to.deep.equal({ body: { items: [] } });
    expect(await takeEarly(`${api}/v1/events`)).to.equal(undefined);
  });
});
