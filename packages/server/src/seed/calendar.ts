// Calendar-day helpers on `YYYY-MM-DD` strings. Days are Berlin calendar days; instants come only from
// fromBerlin, so every time in the demo data is a Berlin wall-clock time.
import { addDays, fromBerlin, toBerlin } from '../time/berlin.js';
import { isEventFree } from './holidays.js';
import type { Random } from './random.js';
import { nthWeekdayOfMonth, weekdayOf, type Weekday } from './series.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function assertDay(day: string): void {
  const match = DAY.exec(day);
  if (!match || addDays(day, 0) !== day) throw new Error(`Not a calendar day (YYYY-MM-DD): ${day}`);
}

export function parseDay(day: string): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The instant at which Berlin clocks show `hour:minute` on `day`. */
export function at(day: string, hour: number, minute = 0): Date {
  const [y, m, d] = parseDay(day);
  return fromBerlin(y, m, d, hour, minute);
}

/** The last Sunday of a month: in March and October the day Berlin switches between CET and CEST. */
export function lastSunday(year: number, month: number): string {
  return nthWeekdayOfMonth(year, month, 'SU', -1)!;
}

/** The DST switch days (last Sunday of March and of October) between two days, both included. */
export function dstSwitchDays(from: string, to: string): { spring: string[]; autumn: string[] } {
  const spring: string[] = [];
  const autumn: string[] = [];
  for (let year = parseDay(from)[0]; year <= parseDay(to)[0]; year++) {
    const march = lastSunday(year, 3);
    const october = lastSunday(year, 10);
    if (march >= from && march <= to) spring.push(march);
    if (october >= from && october <= to) autumn.push(october);
  }
  return { spring, autumn };
}

/** True when no day from `first` to `last` (both included) is a holiday or another day without events. */
export function clearOfHolidays(first: string, last: string): boolean {
  for (let day = first; day <= last; day = addDays(day, 1)) if (isEventFree(day)) return false;
  return true;
}

/** A random day in [from, to] on one of the given weekdays (any when none are given), never a holiday. */
export function randomDay(random: Random, from: string, to: string, weekdays?: readonly Weekday[]): string {
  const span = daysBetween(from, to);
  if (span < 0) throw new Error(`Empty range ${from}..${to}`);
  const fits = (day: string) => (!weekdays || weekdays.includes(weekdayOf(day))) && !isEventFree(day);
  for (let attempt = 0; attempt < 50; attempt++) {
    const day = addDays(from, random.int(0, span));
    if (fits(day)) return day;
  }
  // A short range may hold none of the weekdays by chance of the draw; walk it instead.
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (fits(day)) return day;
  }
  throw new Error(`No working day in ${from}..${to}`);
}

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Montag',
  TU: 'Dienstag',
  WE: 'Mittwoch',
  TH: 'Donnerstag',
  FR: 'Freitag',
  SA: 'Samstag',
  SU: 'Sonntag',
};

/** "9:00 Uhr", "18:30 Uhr": one clock format for every text, hours without a leading zero. */
export function clockText(hour: number, minute: number): string {
  return `${hour}:${String(minute).padStart(2, '0')} Uhr`;
}

/** The Berlin wall-clock time of an instant as in clockText. */
export function clockOf(instant: Date): string {
  const wall = toBerlin(instant);
  return clockText(wall.hour, wall.minute);
}

/** "3. Dezember 2026". */
export function germanDate(day: string): string {
  const [y, m, d] = parseDay(day);
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

export function germanWeekday(weekday: Weekday): string {
  return WEEKDAY_NAMES[weekday];
}
