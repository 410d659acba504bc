// The first API requests an element's attributes ask for, started before the element's code has come (as the
// loader starts them, through each element's first-requests.ts), and taken by the element's client when it asks for
// the same URL. This page defines no element before its test imports it.
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { freshPageEachTest, paramsOf, PROXY, seenGets, settle, shadowOf, until } from '../../test/sinn-test.js';
import { fetchesOf } from '../../test/fetch-spy.js';
import { catchWarnings } from '../../test/warnings.js';


describe('the first requests of an element whose code has not come', () => {
  freshPageEachTest();
  const caught = catchWarnings();

  it('of a calendar: its month and the vocabulary go out before its code has come, once, and are what it draws; a wrong value is said once', async () => {
    const drawn = (calendar: Element) => shadowOf(calendar).querySelectorAll('.bar, button.row').length > 0;
    const first = await fixture<HTMLElement>(
      html`<sinn-event-calendar region="leipzig" month="2026-12" time-zone="Mars/Olympus" structured-data></sinn-event-calendar>`,
    );
    const second = await fixture<HTMLElement>(html`<sinn-event-calendar region="chemnitz nowhere" month="2026-12"></sinn-event-calendar>`);
    const { askFirst } = await import('../event-calendar/first-requests.js');
    askFirst([first, second]);
    expect(fetchesOf('/v1/events').map((query) => query.get('region'))).to.deep.equal(['leipzig', 'chemnitz,nowhere']);
    expect(fetchesOf('/v1/taxonomies')).to.have.length(1);
    expect(customElements.get('sinn-event-calendar')).to.equal(undefined);
    // They reach the server before the calendar's code is asked for.
    await until(async () => (await seenGets('/v1/events')).filter((get) => paramsOf(get).get('from') === '2026-11-29').length === 2, 'both months reach the server');

    await import('../event-calendar/define.js');
    await until(() => drawn(first) && drawn(second), 'both calendars draw their events');
    // Asked for early with the lists as written (there is no vocabulary yet): the first calendar took its answer, the
    // second one, which leaves the unknown "nowhere" out, asked for its own.
    const events = fetchesOf('/v1/events');
    expect(events.map((query) => query.get('region'))).to.deep.equal(['leipzig', 'chemnitz,nowhere', 'chemnitz']);
    expect(events[0]!.get('fields')).to.include('organiser');
    expect(fetchesOf('/v1/taxonomies')).to.have.length(1);
    // The zone, read before the calendar's code came and by the calendar, is said once; "nowhere" once too.
    const said = caught.warnings.map((args) => String(args[0]));
    expect(said.filter((text) => text.includes('time-zone="Mars/Olympus"'))).to.have.length(1);
    expect(said.filter((text) => text.includes('region="nowhere"'))).to.have.length(1);
  });

  it('of a map: its outlines and its points go out before its code has come, once, and are what it draws', async () => {
    const element = await fixture<HTMLElement>(html`<sinn-initiative-map topic="arbeit gesundheit"></sinn-initiative-map>`);
    const points = () => fetchesOf('/v1/initiatives').filter((query) => query.get('fields') === 'title,region,municipality,coordinates');
    const { askFirst } = await import('../initiative-map/first-requests.js');
    askFirst([element]);
    expect(fetchesOf('/v1/regions/geometry')).to.have.length(1);
    expect(points().map((query) => query.get('topic'))).to.deep.equal(['arbeit,gesundheit']);
    expect(customElements.get('sinn-initiative-map')).to.equal(undefined);
    await import('../initiative-map/define.js');
    await until(() => shadowOf(element).querySelectorAll('[part~="region"]').length === 13, 'the districts are drawn');
    await until(() => shadowOf(element).querySelectorAll('[part="point"], [part="cluster"]').length > 0, 'the points are drawn');
    expect(fetchesOf('/v1/regions/geometry')).to.have.length(1);
    expect(points()).to.have.length(1);
  });

  it('of the cards: their list, asked for before their code had come, failed to go out; they ask again at once and draw it', async () => {
    const lists = () => fetchesOf('/v1/initiatives').filter((query) => query.get('fields') === 'title,region,organisation');
    await executeServerCommand('sinn-unreachable', { urls: [`${PROXY}/v1/initiatives*`] });
    const element = await fixture<HTMLElement>(html`<sinn-initiative-cards limit="3" view="compact" region="leipzig"></sinn-initiative-cards>`);
    try {
      const { askFirst } = await import('../initiative-cards/first-requests.js');
      askFirst([element]);
      expect(lists()).to.have.length(1);
      // Blocked when it started, it fails whenever the browser gets to it.
      await settle(200);
    } finally {
      await executeServerCommand('sinn-unreachable', { urls: [] });
    }
    await import('../initiative-cards/define.js');
    await until(() => shadowOf(element).querySelectorAll('.card').length === 3, 'the cards are drawn');
    const [early, again] = lists();
    expect(lists()).to.have.length(2);
    expect(again!.toString()).to.equal(early!.toString());
    // Only the second reached the server.
    expect(await seenGets('/v1/initiatives')).to.have.length(1);
    expect(shadowOf(element).querySelector('.state.error')).to.equal(null);
  });
});
