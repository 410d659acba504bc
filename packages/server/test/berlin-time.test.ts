import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, berlinDate, berlinIso, fromBerlin, toBerlin } from '../src/time/berlin.js';

const reference = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

describe('Berlin time', () => {
  it('reads the same wall clock as Intl for every quarter hour around both switches of two years', () => {
    for (const start of ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z', '2027-03-27T20:00:00Z', '2027-10-30T20:00:00Z']) {
      for (let step = 0; step < 4 * 12; step += 1) {
        const instant = new Date(Date.parse(start) + step * 15 * 60_000 + 7_000);
        const wall = toBerlin(instant);
        const text = `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')} ${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}:${String(wall.second).padStart(2, '0')}`;
        assert.equal(text, reference.format(instant), instant.toISOString());
      }
    }
  });

  it('writes instants with the offset in force: +01:00 in winter, +02:00 in summer', () => {
    assert.equal(berlinIso(new Date('2026-03-29T00:59:59Z')), '2026-03-29T01:59:59+01:00');
    assert.equal(berlinIso(new Date('2026-03-29T01:00:00Z')), '2026-03-29T03:00:00+02:00');
    assert.equal(berlinIso(new Date('2026-10-25T00:30:00Z')), '2026-10-25T02:30:00+02:00');
    assert.equal(berlinIso(new Date('2026-10-25T01:30:00Z')), '2026-10-25T02:30:00+01:00');
  });

  it('places a wall-clock time skipped in spring an hour later, and a doubled autumn time at its first occurrence', () => {
    assert.equal(berlinIso(fromBerlin(2026, 3, 29, 2, 30)), '2026-03-29T03:30:00+02:00');
    assert.equal(berlinIso(fromBerlin(2026, 10, 25, 2, 30)), '2026-10-25T02:30:00+02:00');
    assert.equal(berlinIso(fromBerlin(2026, 7, 1, 12, 0)), '2026-07-01T12:00:00+02:00');
  });

  it('counts days by the calendar, not by 24 hours', () => {
    assert.equal(addDays('2026-03-28', 1), '2026-03-29');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(berlinDate(new Date('2026-06-30T22:30:00Z')), '2026-07-01');
  });
});
