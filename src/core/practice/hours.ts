import type { GraphReader } from '../graph/relationship-graph';
import type { IsoDay, Note } from '../model/note';
import { writtenBySupervisor } from '../model/note-author';
import { PROPERTY } from '../model/property-names';
import { DEFAULT_SESSION_MINUTES, DEFAULT_SUPERVISION_MINUTES } from '../templates/built-in-templates';
import { readDuration } from './duration';
import { byPath, unreadNoteOf, type UnreadNote } from './unread-notes';

export const HOURS_SCHEMA = 'parallel-process/hours@1';

/** BACP's minimum for accredited counsellors; other professional bodies ask for other amounts. */
export const DEFAULT_MINIMUM_SUPERVISION_HOURS = 1.5;

export interface HoursOptions {
  /** Count notes dated on or after this day. */
  from?: IsoDay;
  /** Count notes dated on or before this day. */
  to?: IsoDay;
  /** Minutes a session without a readable `duration` counts for. */
  defaultMinutes?: number;
  /** Supervision hours a month should reach. */
  minimumHours?: number;
  /**
   * The day the count is made: a note dated after it is a session booked ahead, not yet contact, and
   * a month not over by then is not below the minimum yet (its supervision may still come).
   */
  today?: IsoDay;
}

interface Counts {
  clientHours: number;
  /** Supervision the vault's writer received: supervision notes the supervisee wrote (the default). */
  supervisionHours: number;
  sessions: number;
  supervisions: number;
  /** Sessions and supervisions counted at the default length: no `duration`, or one that could not be read. */
  defaulted: number;
  /** Of those, sessions. */
  defaultedSessions: number;
  /** Supervision a supervisor gave: notes they wrote (`author: supervisor`); not counted towards their own minimum. */
  supervisionGivenHours: number;
  supervisionsGiven: number;
}

export interface MonthHours extends Counts {
  /** `YYYY-MM`. */
  month: string;
  belowMinimum: boolean;
  /** The month the count is made in (HoursOptions.today): not over, so never below the minimum yet. */
  inProgress?: true;
  /** A month `from` or `to` cuts: only some of its days counted, so never said to be below the minimum. */
  partial?: true;
}

export interface PeriodHours extends Counts {
  monthsBelowMinimum: number;
}

export interface YearHours extends PeriodHours {
  year: string;
}

/** A `duration` that is not a length: counted at the default, and worth correcting. */
export interface UnreadableDuration {
  path: string;
  line: number;
  value: string;
}

export interface HoursDocument {
  schema: typeof HOURS_SCHEMA;
  defaultMinutes: number;
  minimumHours: number;
  /** Every month from the first to the last counted (or asked for), empty ones included: a month without supervision is below the minimum. */
  months: MonthHours[];
  years: YearHours[];
  totals: PeriodHours;
  unreadable: UnreadableDuration[];
  /** Sessions and supervisions without a date, which no month can hold. */
  undated: number;
  /** Notes whose properties say session or supervision but could not be read: not counted until they are fixed. */
  unreadNotes: UnreadNote[];
}


interface Minutes {
  client: number;
  supervision: number;
  sessions: number;
  supervisions: number;
  defaulted: number;
  defaultedSessions: number;
  given: number;
  supervisionsGiven: number;
}

const empty = (): Minutes => ({ client: 0, supervision: 0, sessions: 0, supervisions: 0, defaulted: 0, defaultedSessions: 0, given: 0, supervisionsGiven: 0 });

/**
 * Client contact and supervision hours per month and year, from session and supervision notes'
 * `duration`. A supervisor's notes are told apart by `author: supervisor`: a supervision note they
 * wrote is supervision given, and a session note they wrote is a case summary as a supervisee
 * presented it, not their own client contact. Their own supervision (of their supervision) is a
 * supervision note like a practitioner's, and counts towards the minimum.
 */
export function countHours(graph: GraphReader, options: HoursOptions = {}): HoursDocument {
  const defaultMinutes = options.defaultMinutes ?? DEFAULT_SESSION_MINUTES;
  const minimumHours = options.minimumHours ?? DEFAULT_MINIMUM_SUPERVISION_HOURS;
  const byMonth = new Map<string, Minutes>();
  const unreadable: UnreadableDuration[] = [];
  let undated = 0;
  // In the same pass as the count: the notes are read once.
  const unreadNotes: UnreadNote[] = [];
  for (const note of graph.allNotes()) {
    const kind = note.content.kind;
    const unread = unreadNoteOf(note);
    if (unread) unreadNotes.push(unread);
    // Templates are not sessions; reflections, private or not, are not contact or supervision time.
    if (note.isTemplate || (kind !== 'session' && kind !== 'supervision')) continue;
    const bySupervisor = writtenBySupervisor(note);
    if (kind === 'session' && bySupervisor) continue;
    if (!note.date) {
      undated++;
      continue;
    }
    if ((options.from && note.date < options.from) || (options.to && note.date > options.to) || (options.today && note.date > options.today)) continue;
    const { minutes, defaulted } = minutesOf(note, kind === 'session' ? defaultMinutes : DEFAULT_SUPERVISION_MINUTES, unreadable);
    const month = note.date.slice(0, 7);
    const m = byMonth.get(month) ?? empty();
    if (kind === 'session') {
      m.client += minutes;
      m.sessions++;
      if (defaulted) m.defaultedSessions++;
    } else if (bySupervisor) {
      m.given += minutes;
      m.supervisionsGiven++;
    } else {
      m.supervision += minutes;
      m.supervisions++;
    }
    if (defaulted) m.defaulted++;
    byMonth.set(month, m);
  }

  // Counted as of today: a month after today's has nothing counted yet, and is not shown in progress.
  const to = options.to?.slice(0, 7);
  const thisMonth = options.today?.slice(0, 7);
  const last = to !== undefined && thisMonth !== undefined && to > thisMonth ? thisMonth : to;
  const months = monthRange([...byMonth.keys()], options.from?.slice(0, 7), last).map((month): MonthHours => {
    const m = byMonth.get(month) ?? empty();
    const over = options.today === undefined || month < options.today.slice(0, 7);
    const partial = cutsMonth(month, options.from, options.to);
    return { month, ...rounded(m), belowMinimum: over && !partial && m.supervision / 60 < minimumHours, ...(over ? {} : { inProgress: true as const }), ...(partial ? { partial: true as const } : {}) };
  });
  const years = new Map<string, { minutes: Minutes; below: number }>();
  const all = { minutes: empty(), below: 0 };
  for (const month of months) {
    const year = month.month.slice(0, 4);
    const y = years.get(year) ?? { minutes: empty(), below: 0 };
    for (const target of [y, all]) {
      add(target.minutes, byMonth.get(month.month) ?? empty());
      if (month.belowMinimum) target.below++;
    }
    years.set(year, y);
  }
  unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    schema: HOURS_SCHEMA,
    defaultMinutes,
    minimumHours,
    months,
    years: [...years].map(([year, y]) => ({ year, ...rounded(y.minutes), monthsBelowMinimum: y.below })),
    totals: { ...rounded(all.minutes), monthsBelowMinimum: all.below },
    unreadable,
    undated,
    unreadNotes: byPath(unreadNotes),
  };
}

function minutesOf(note: Note, fallback: number, unreadable: UnreadableDuration[]): { minutes: number; defaulted: boolean } {
  const property = note.content.properties.get(PROPERTY.duration);
  const reading = readDuration(property?.value);
  if ('minutes' in reading) return { minutes: reading.minutes, defaulted: false };
  if ('unreadable' in reading) unreadable.push({ path: note.path, line: property?.line ?? 0, value: reading.unreadable });
  return { minutes: fallback, defaulted: true };
}

function add(into: Minutes, m: Minutes): void {
  into.client += m.client;
  into.supervision += m.supervision;
  into.sessions += m.sessions;
  into.supervisions += m.supervisions;
  into.defaulted += m.defaulted;
  into.defaultedSessions += m.defaultedSessions;
  into.given += m.given;
  into.supervisionsGiven += m.supervisionsGiven;
}

/** Hours to two decimals, as a practitioner's log shows them (160 minutes is 2.67 hours). */
function rounded(m: Minutes): Counts {
  const hours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;
  return {
    clientHours: hours(m.client),
    supervisionHours: hours(m.supervision),
    sessions: m.sessions,
    supervisions: m.supervisions,
    defaulted: m.defaulted,
    defaultedSessions: m.defaultedSessions,
    supervisionGivenHours: hours(m.given),
    supervisionsGiven: m.supervisionsGiven,
  };
}

/** Whether `from` or `to` falls inside `month` rather than at its first or last day. */
function cutsMonth(month: string, from: IsoDay | undefined, to: IsoDay | undefined): boolean {
  if (from?.slice(0, 7) === month && from.slice(8) !== '01') return true;
  return to?.slice(0, 7) === month && Number(to.slice(8)) < daysIn(month);
}

/** Days in a `YYYY-MM` month, by the Gregorian calendar (Date.UTC would read years before 100 as 19xx). */
function daysIn(month: string): number {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  if (m !== 2) return [4, 6, 9, 11].includes(m) ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Every `YYYY-MM` from the first to the last, gaps filled. */
function monthRange(found: string[], from?: string, to?: string): string[] {
  const sorted = found.sort();
  const first = from ?? sorted[0];
  const last = to ?? sorted[sorted.length - 1];
  if (first === undefined || last === undefined || first > last) return [];
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  for (let current = first; current <= last; ) {
    months.push(current);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
    current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return months;
}
