// Saxon public holidays. A real organiser plans no workshop on Karfreitag or on the Reformationstag, and a
// weekly series skips them, so the demo calendar does too.
import { addDays } from '../time/berlin.js';
import { weekdayOf } from './series.js';

export interface Holiday {
  day: string;
  name: string;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Buß- und Bettag: the last Wednesday before 23 November, a public holiday only in Saxony. */
export function bussUndBettag(year: number): string {
  let day = `${year}-11-22`;
  while (weekdayOf(day) !== 'WE') day = addDays(day, -1);
  return day;
}

/** The public holidays of the Free State of Saxony in a year, in calendar order. */
export function saxonHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fixed = (monthDay: string, name: string): Holiday => ({ day: `${year}-${monthDay}`, name });
  return [
    fixed('01-01', 'Neujahr'),
    { day: addDays(easter, -2), name: 'Karfreitag' },
    { day: addDays(easter, 1), name: 'Ostermontag' },
    fixed('05-01', 'Tag der Arbeit'),
    { day: addDays(easter, 39), name: 'Christi Himmelfahrt' },
    { day: addDays(easter, 50), name: 'Pfingstmontag' },
    fixed('10-03', 'Tag der Deutschen Einheit'),
    fixed('10-31', 'Reformationstag'),
    { day: bussUndBettag(year), name: 'Buß- und Bettag' },
    fixed('12-25', '1. Weihnachtsfeiertag'),
    fixed('12-26', '2. Weihnachtsfeiertag'),
  ].sort((x, y) => (x.day < y.day ? -1 : 1));
}

const byYear = new Map<number, Set<string>>();

/**
 * Days the demo data plans nothing on: the public holidays, Heiligabend and Silvester (offices close early,
 * nobody comes), and Easter and Whit Sunday, which are holidays in all but law.
 */
function eventFreeDays(year: number): Set<string> {
  let days = byYear.get(year);
  if (!days) {
    const easter = easterSunday(year);
    days = new Set([
      ...saxonHolidays(year).map((holiday) => holiday.day),
      `${year}-12-24`,
      `${year}-12-31`,
      easter,
      addDays(easter, 49),
    ]);
    byYear.set(year, days);
  }
  return days;
}

export function isEventFree(day: string): boolean {
  return eventFreeDays(Number(day.slice(0, 4))).has(day);
}
