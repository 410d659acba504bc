import { expect } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { berlinOffset, dayIn, dayOf, gridStart, isoDay, isoWeek, monthStart, parseDay, weekdayOf } from './days.js';

describe('calendar days', () => {
  it('reads and writes YYYY-MM-DD, and refuses dates that do not exist', () => {
    expect(isoDay(parseDay('2027-02-28')!)).to.equal('2027-02-28');
    expect(parseDay('2027-02-29')).to.equal(undefined);
    expect(parseDay('2026-13-01')).to.equal(undefined);
    expect(parseDay('1.12.2026')).to.equal(undefined);
  });

  it('knows Mondays, German week numbers and the six weeks of a month grid', () => {
    expect(weekdayOf(dayOf(2026, 11, 23))).to.equal(0); // a Monday
    expect(weekdayOf(dayOf(2026, 11, 29))).to.equal(6); // a Sunday
    expect(isoWeek(dayOf(2026, 11, 23))).to.equal(48);
    expect(isoWeek(dayOf(2027, 1, 1))).to.equal(53); // a Friday: still the last week of 2026
    expect(isoWeek(dayOf(2027, 1, 4))).to.equal(1);
    expect(isoDay(gridStart(dayOf(2026, 11, 1)))).to.equal('2026-10-26');
    expect(isoDay(monthStart(dayOf(2026, 12, 31), 1))).to.equal('2027-01-01');
    expect(isoDay(monthStart(dayOf(2027, 1, 15), -1))).to.equal('2026-12-01');
  });

  it('puts an instant on the day it falls on in the zone shown', () => {
    const instant = Date.parse('2026-10-24T22:30:00Z'); // 00:30 on the 25th in Berlin, 18:30 on the 24th in New York
    expect(isoDay(dayIn(instant, 'Europe/Berlin'))).to.equal('2026-10-25');
    expect(isoDay(dayIn(instant, 'America/New_York'))).to.equal('2026-10-24');
    expect(isoDay(dayIn(instant, 'Asia/Kathmandu'))).to.equal('2026-10-25'); // +05:45, a quarter-hour zone
    expect(isoDay(dayIn(Date.parse('2026-10-24T18:14:00Z'), 'Asia/Kathmandu'))).to.equal('2026-10-24');
    expect(isoDay(dayIn(Date.parse('2026-10-24T18:15:00Z'), 'Asia/Kathmandu'))).to.equal('2026-10-25');
  });

  it("reads Berlin's offset as Intl knows it, every hour of three years with their switches", () => {
    const berlin = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });
    const written = (instant: number, offset: string) =>
      `${new Date(instant + (offset === '+02:00' ? 2 : 1) * 3_600_000).toISOString().slice(0, 19)}${offset}`;
    let summer = 0;
    for (let instant = Date.UTC(2025, 0, 1); instant < Date.UTC(2028, 0, 1); instant += 3_600_000) {
      const offset = berlin.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value.slice(3);
      const other = offset === '+02:00' ? '+01:00' : '+02:00';
      if (offset === '+02:00') summer += 1;
      // Written with Berlin's offset, the text is Berlin's time; with the other, the writer erred and Intl decides.
      expect(berlinOffset(written(instant, offset)), written(instant, offset)).to.equal(offset === '+02:00' ? 7_200_000 : 3_600_000);
      expect(berlinOffset(written(instant, other)), written(instant, other)).to.equal(undefined);
    }
    expect(summer).to.be.above(3 * 200 * 24);
    expect(berlinOffset('2026-12-01T18:00:00Z')).to.equal(undefined);
  });
});
