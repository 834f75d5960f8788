import type { GraphReader } from '../graph/relationship-graph';
import type { IsoDay } from '../model/note';
import { countHours, type MonthHours, type PeriodHours } from '../practice/hours';

/** What the view's hours section shows: this month so far, this year so far, and each month's supervision. */
export interface HoursSummary {
  /** `YYYY-MM` and `YYYY` of today. */
  month: string;
  year: string;
  thisMonth: MonthHours;
  thisYear: PeriodHours;
  /** The months of the year up to this one, oldest first, from the first with a note (a practice new to the vault has no months before it). */
  months: MonthHours[];
  /** Months before this one that fell below the minimum: this month is not over yet. */
  belowMinimum: MonthHours[];
  defaultMinutes: number;
  minimumHours: number;
  /** Durations this year that could not be read, counted at the default. */
  unreadable: number;
  /** Session and supervision notes whose properties could not be read, and so are not counted (whatever their date). */
  unreadNotes: number;
  /** Whether supervision was given this year (a supervisor's vault): then it is shown apart. */
  gave: boolean;
}

/** The hours of the year to today, from the same count as the hours report. */
export function hoursSummary(graph: GraphReader, today: IsoDay, options: { defaultMinutes?: number; minimumHours?: number } = {}): HoursSummary {
  const year = today.slice(0, 4);
  const month = today.slice(0, 7);
  const doc = countHours(graph, { ...options, from: `${year}-01-01`, to: today, today });
  const thisMonth = doc.months[doc.months.length - 1];
  // Months before the first note of the year are months before the notes were kept here, not months without supervision.
  const first = doc.months.findIndex((m) => m.sessions + m.supervisions + m.supervisionsGiven > 0);
  const months = first < 0 ? [thisMonth] : doc.months.slice(first);
  return {
    month,
    year,
    thisMonth,
    thisYear: doc.totals,
    months,
    belowMinimum: months.filter((m) => m.belowMinimum),
    defaultMinutes: doc.defaultMinutes,
    minimumHours: doc.minimumHours,
    unreadable: doc.unreadable.length,
    unreadNotes: doc.unreadNotes.length,
    gave: doc.totals.supervisionsGiven > 0,
  };
}
