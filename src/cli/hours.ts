import type { WriteStream } from 'node:tty';
import { localDay } from '../core/parse/dates';
import { countHours, type HoursDocument } from '../core/practice/hours';
import { hoursText } from '../core/practice/hours-markdown';
import type { HoursCommand } from './args';
import { loadVault, reportLeftOut, type LoadOptions } from './load-vault';
import { terminalText } from '../core/text/control-characters';
import { writeJson } from './write-json';

/** `hours VAULT`: client contact and supervision hours per month and year, as a table or JSON. */
export function hours(command: HoursCommand, options: LoadOptions, stdout: WriteStream, stderr: WriteStream): number {
  const loaded = loadVault(command.vault, options, stderr);
  const { engine } = loaded;
  reportLeftOut(loaded, stderr);
  // As of today: a session booked ahead has not happened, and this month's supervision may still come.
  const doc = countHours(engine.graph, { from: command.from, to: command.to, today: localDay(new Date()), defaultMinutes: command.defaultMinutes, minimumHours: command.minimumHours });
  if (command.json) writeJson(doc, (text) => stdout.write(text));
  else stdout.write(terminalText(formatHours(doc)));
  return 0;
}

const COLUMNS = ['', 'Client hours', 'Sessions', 'Supervision hours', 'Supervisions', 'Defaulted'];
/** In a supervisor's vault, the supervision they gave, after the supervision they received. */
const GIVEN_COLUMN = 'Given hours';

/** A table a terminal shows as it is: months below the supervision minimum end with a marker in words. */
export function formatHours(doc: HoursDocument): string {
  if (doc.months.length === 0) return 'No dated session or supervision notes to count.\n';
  const min = hoursText(doc.minimumHours);
  const gave = doc.totals.supervisionsGiven > 0;
  const columns = gave ? [...COLUMNS.slice(0, 5), GIVEN_COLUMN, COLUMNS[5]] : COLUMNS;
  const cells = (label: string, c: HoursDocument['totals']): string[] => {
    const row = [label, hoursText(c.clientHours), String(c.sessions), hoursText(c.supervisionHours), String(c.supervisions)];
    if (gave) row.push(hoursText(c.supervisionGivenHours));
    row.push(String(c.defaulted));
    return row;
  };
  const rows: string[][] = [columns];
  const notes: string[] = [];
  for (const m of doc.months) {
    rows.push(cells(m.month, { ...m, monthsBelowMinimum: 0 }));
    notes.push(m.belowMinimum ? `<- below the ${min} h minimum` : m.partial ? '<- only part of the month counted' : m.inProgress && m.supervisionHours < doc.minimumHours ? `<- in progress, below the ${min} h minimum so far` : '');
  }
  for (const y of doc.years) {
    rows.push(cells(y.year, y));
    notes.push(y.monthsBelowMinimum > 0 ? `${y.monthsBelowMinimum} month${y.monthsBelowMinimum === 1 ? '' : 's'} below the minimum` : '');
  }
  const widths = columns.map((_, i) => rows.reduce((width, r) => Math.max(width, r[i].length), 0));
  const line = (row: string[], note = ''): string => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ') + (note ? `  ${note}` : '');
  const out = [line(rows[0])];
  rows.slice(1, doc.months.length + 1).forEach((row, i) => out.push(line(row, notes[i])));
  out.push('');
  rows.slice(doc.months.length + 1).forEach((row, i) => out.push(line(row, notes[doc.months.length + i])));
  out.push(
    '',
    `Sessions without a duration count as ${doc.defaultMinutes} minutes, supervisions as 60 ("Defaulted").`,
    `The minimum of ${min} supervision hours a month is, by default, BACP's for accredited counsellors;`,
    'check what your own professional body asks (--minimum-hours).',
  );
  if (gave) out.push('', 'Supervision hours are the supervision you received (your own supervision of your supervision); "Given"', 'is the supervision you gave (author: supervisor), not counted towards your minimum.');
  if (doc.unreadable.length > 0) {
    out.push('', 'Durations that could not be read, counted at the default:');
    for (const u of doc.unreadable) out.push(`  ${u.path}:${u.line}  ${u.value}`);
  }
  if (doc.undated > 0) out.push('', `${doc.undated} session or supervision note${doc.undated === 1 ? '' : 's'} without a date, not counted.`);
  if (doc.unreadNotes.length > 0) {
    out.push('', 'Session and supervision notes whose properties could not be read, not counted until they are fixed:');
    for (const u of doc.unreadNotes) out.push(`  ${u.path}:${u.line}`);
  }
  return out.join('\n') + '\n';
}
