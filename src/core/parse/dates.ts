import type { IsoDay } from '../model/note';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;
const FILE_NAME_DAY = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** What a `date` value gives: a day, or why it gives none. */
export type DateReading = { day: IsoDay } | { problem: 'not-a-date' | 'no-such-day' | 'no-such-time' | 'implausible-year' };

/** A `date` value: a YAML date, or an ISO string `2026-02-03` / `2026-02-03T10:00`. */
export function readDate(value: unknown): IsoDay | undefined {
  const reading = readDateValue(value);
  return 'day' in reading ? reading.day : undefined;
}

/**
 * The same, saying why a value is not read: `2026-02-30` and `2026-02-10T99:99` have the form of a
 * date but name no day or time, and taking the day from them would place a note on a guess.
 */
export function readDateValue(value: unknown): DateReading {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { problem: 'no-such-day' };
    const day = value.toISOString().slice(0, 10);
    return plausibleYear(day) ? { day } : { problem: 'implausible-year' };
  }
  if (typeof value !== 'string') return { problem: 'not-a-date' };
  const m = ISO.exec(value.trim());
  if (!m) return { problem: 'not-a-date' };
  const day = validDay(m[1], m[2], m[3]);
  if (day === undefined) return { problem: 'no-such-day' };
  if (!plausibleYear(day)) return { problem: 'implausible-year' };
  const [hours, minutes, seconds, offsetHours, offsetMinutes] = m.slice(4).map((part) => (part === undefined ? 0 : Number(part)));
  // Seconds may be 60: a leap second is a real time.
  if (hours > 23 || minutes > 59 || seconds > 60 || offsetHours > 23 || offsetMinutes > 59) return { problem: 'no-such-time' };
  return { day };
}

/** `YYYY-MM-DD` at the start of a file name. */
export function dateFromFileName(name: string): IsoDay | undefined {
  const m = FILE_NAME_DAY.exec(name);
  const day = m ? validDay(m[1], m[2], m[3]) : undefined;
  return day !== undefined && plausibleYear(day) ? day : undefined;
}

/**
 * Years a session, a supervision or a reflection can be dated in: `0206-02-03` for 2026 is a typo,
 * and placed on it a note stretched an hours table over eighteen centuries of empty months.
 */
const PLAUSIBLE_YEARS = { from: 1900, to: 2199 };

function plausibleYear(day: IsoDay): boolean {
  const year = Number(day.slice(0, 4));
  return year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to;
}

function validDay(y: string, m: string, d: string): IsoDay | undefined {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${y}-${m}-${d}`;
}

const dayNumbers = new Map<IsoDay, number>();

/** Days since 1970-01-01 for window arithmetic; memoized, as rules ask for the same few days often. */
export function dayNumber(day: IsoDay): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = Math.round(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000);
    dayNumbers.set(day, n);
  }
  return n;
}

/** A date's day as YYYY-MM-DD in the user's time zone. */
export function localDay(date: Date): IsoDay {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
