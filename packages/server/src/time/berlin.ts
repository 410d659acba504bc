// Wall-clock time in Europe/Berlin, done with Intl alone. Every instant the API writes carries the offset that
// was in force in Berlin then (+01:00 in winter, +02:00 in summer).

export const TIME_ZONE = 'Europe/Berlin';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function readWallClock(instant: Date): WallClock {
  const out: Record<string, number> = {};
  for (const part of parts.formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour!,
    minute: out.minute!,
    second: out.second!,
  };
}

// Berlin's offset changes only on full UTC hours (01:00 UTC), so one Intl reading per hour serves every instant
// in it. Intl is slow next to arithmetic, and lists format many instants.
const HOUR = 3_600_000;
const offsets = new Map<number, number>();

/** Minutes Berlin is ahead of UTC at an instant (60 or 120). */
export function berlinOffsetMinutes(instant: Date): number {
  const hour = Math.floor(instant.getTime() / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const at = new Date(hour * HOUR);
    const wall = readWallClock(at);
    offset = Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - at.getTime()) / 60_000);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

/** The Berlin wall-clock reading of an instant. */
export function toBerlin(instant: Date): WallClock {
  const shifted = new Date(instant.getTime() + berlinOffsetMinutes(instant) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/**
 * The instant at which Berlin clocks show this wall-clock time. A time skipped by the spring switch (02:30 on
 * the last Sunday of March) moves forward by the hour that does not exist; a time that occurs twice in autumn
 * takes its first (summer-time) occurrence.
 */
export function fromBerlin(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Try the summer offset first so that an autumn time occurring twice resolves to its first occurrence.
  for (const offset of [120, 60]) {
    const candidate = new Date(asUtc - offset * 60_000);
    if (berlinOffsetMinutes(candidate) === offset) return candidate;
  }
  // Skipped in spring: read the wall clock with the winter offset, which lands an hour later in summer time.
  return new Date(asUtc - 60 * 60_000);
}

/**
 * Whether Berlin clocks show this wall-clock time at exactly one instant: not skipped by the spring switch and
 * not shown twice in the autumn hour that repeats. Only such a time names an instant without a UTC offset.
 */
export function occursOnce(wall: WallClock): boolean {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return [120, 60].filter((offset) => berlinOffsetMinutes(new Date(asUtc - offset * 60_000)) === offset).length === 1;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `2026-03-29T10:00:00+02:00`: the instant as Berlin wall-clock time with its offset. */
export function berlinIso(instant: Date): string {
  const offset = berlinOffsetMinutes(instant);
  const wall = toBerlin(instant);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** `2026-03-29`: the Berlin calendar day of an instant. */
export function berlinDate(instant: Date): string {
  const wall = toBerlin(instant);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** Midnight in Berlin at the start of a `YYYY-MM-DD` day. */
export function berlinMidnight(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return fromBerlin(year, month, day);
}

/** The `YYYY-MM-DD` day `days` after the given one (calendar arithmetic, DST-safe). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** An instant as people read it in mails and pages, in Berlin time: "4. Dezember 2026 um 18:00" / "4 December 2026 at 18:00". */
export function berlinDateTime(instant: Date | number, language: 'de' | 'en', withTime = true): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' as const } : {}),
    timeZone: TIME_ZONE,
  }).format(instant);
}
