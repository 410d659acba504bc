import { expect } from '@open-wc/testing';
import type { Event } from '@sinn/sdk';
import { describe, it } from '../../test/mocha.js';
import { dayOf } from './days.js';
import { eventsByDay, layoutWeek, place } from './layout.js';

function event(title: string, start: string, end: string, allDay = false): Event {
  return { title, start, end, allDay } as Event;
}

const monday = dayOf(2026, 12, 7);

describe('laying out a week', () => {
  it('ends an event at midnight on the day before, and keeps all-day dates in every zone', () => {
    const evening = place(event('Abend', '2026-12-07T20:00:00+01:00', '2026-12-08T00:00:00+01:00'), 'Europe/Berlin');
    expect([evening.first, evening.last]).to.deep.equal([monday, monday]);
    const twoDays = place(event('Zwei Tage', '2026-12-07T00:00:00+01:00', '2026-12-09T00:00:00+01:00', true), 'Pacific/Honolulu');
    expect([twoDays.first, twoDays.last]).to.deep.equal([monday, monday + 1]);
  });

  it("puts events written with Berlin's offset on the days Intl puts them, every hour of three years", function (this: { timeout(ms: number): void }) {
    // 26,000 hours, each asked of Intl: some 7 s of a busy machine, where a test has 10.
    this.timeout(40_000);
    const berlin = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });
    const written = (instant: number) => {
      const offset = berlin.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value.slice(3);
      return `${new Date(instant + (offset === '+02:00' ? 2 : 1) * 3_600_000).toISOString().slice(0, 19)}${offset}`;
    };
    const utc = (instant: number) => new Date(instant).toISOString();
    let checked = 0;
    for (let instant = Date.UTC(2025, 0, 1); instant < Date.UTC(2028, 0, 1); instant += 3_600_000) {
      // An hour and a half, a night into the next day, and until the next midnight (which ends the day before).
      const midnight = Date.parse(`${written(instant + 86_400_000).slice(0, 10)}T00:00:00${written(instant + 86_400_000).slice(19)}`);
      for (const until of [instant + 5_400_000, instant + 25 * 3_600_000, midnight]) {
        // Written in UTC, the text says nothing of Berlin: Intl decides.
        const fromText = place(event('Text', written(instant), written(until)), 'Europe/Berlin');
        const fromIntl = place(event('Intl', utc(instant), utc(until)), 'Europe/Berlin');
        expect([fromText.first, fromText.last], `${written(instant)} to ${written(until)}`).to.deep.equal([fromIntl.first, fromIntl.last]);
        checked += 1;
      }
    }
    expect(checked).to.equal(3 * 365 * 24 * 3);
  });

  it('gives a multi-day event one lane on every day it covers, and counts what does not fit', () => {
    const events = [
      event('Lang', '2026-12-08T00:00:00+01:00', '2026-12-11T00:00:00+01:00', true), // Tue–Thu
      ...['09', '10', '11', '12'].map((hour) => event(`Dienstag ${hour}`, `2026-12-08T${hour}:00:00+01:00`, `2026-12-08T${hour}:30:00+01:00`)),
      event('Mittwoch', '2026-12-09T09:00:00+01:00', '2026-12-09T10:00:00+01:00'),
    ];
    const week = layoutWeek(monday, eventsByDay(events.map((one) => place(one, 'Europe/Berlin')), monday, monday + 7), 3);
    const tuesday = week.lanes[1]!;
    const wednesday = week.lanes[2]!;
    expect(tuesday[0]!.placed.event.title).to.equal('Lang');
    expect(tuesday[0]!.span).to.equal(3);
    expect(wednesday[0]).to.equal(tuesday[0]); // the same bar goes on
    expect(tuesday.slice(1).map((segment) => segment!.placed.event.title)).to.deep.equal(['Dienstag 09', 'Dienstag 10']);
    expect(week.hidden).to.deep.equal([0, 2, 0, 0, 0, 0, 0]);
    expect(wednesday[1]!.placed.event.title).to.equal('Mittwoch');
  });

  it('starts a bar on the first day with room when its own first day is full', () => {
    const events = [
      ...['09', '10', '11'].map((hour) => event(`Zwei Tage ${hour}`, `2026-12-07T${hour}:00:00+01:00`, `2026-12-08T${hour}:00:00+01:00`)), // Mon–Tue
      event('Später', '2026-12-08T15:00:00+01:00', '2026-12-10T12:00:00+01:00'), // Tue–Thu
    ];
    const week = layoutWeek(monday, eventsByDay(events.map((one) => place(one, 'Europe/Berlin')), monday, monday + 7), 3);
    // Tuesday's three lanes are taken: it is hidden there, and a bar from Wednesday to Thursday.
    expect(week.hidden).to.deep.equal([0, 1, 0, 0, 0, 0, 0]);
    const wednesday = week.lanes[2]![0]!;
    expect([wednesday.placed.event.title, wednesday.from, wednesday.span]).to.deep.equal(['Später', monday + 2, 2]);
  });

  it('cuts a bar at the end of the week', () => {
    const events = [event('Wochenende', '2026-12-12T00:00:00+01:00', '2026-12-16T00:00:00+01:00', true)];
    const byDay = eventsByDay(events.map((one) => place(one, 'Europe/Berlin')), monday, monday + 14);
    expect(layoutWeek(monday, byDay, 3).lanes[5]![0]!.span).to.equal(2);
    expect(layoutWeek(monday + 7, byDay, 3).lanes[0]![0]!.span).to.equal(2);
  });
});
