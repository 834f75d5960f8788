import { findDates } from './dates';
import type { Span } from './kinds';

// "DOB", "D.O.B.", "d.o.b", "date of birth", "birth date", "birthday", "born".
const BIRTH_WORD = /\b(?:d\.?\s?o\.?\s?b\b\.?|date of birth|birth ?date|birthday|born\b)/gi;
const BIRTH_AFTER = /^\s{0,2}\(?(?:d\.?o\.?b\b\.?|born|date of birth)/i;
// Between the birth word and the date: a few words at most, and no sentence or clause break.
const MAX_GAP_CHARS = 24;
const MAX_GAP_WORDS = 3;
const BREAK = /[;!?]|\.\s/;

/**
 * Dates of birth: a date next to a birth word ("DOB 14/07/1986", "born on 3 March 1991", "her date
 * of birth, 02/03/1951", "12/04/1988 (DOB)"). Any other date in a clinical note is a session date,
 * a due date or an appointment, and is left alone.
 */
export function findBirthDates(line: string): Span[] {
  const spans: Span[] = [];
  for (const date of findDates(line)) {
    if (birthWordBefore(line, date.start) || BIRTH_AFTER.test(line.slice(date.end, date.end + 24))) {
      spans.push({ start: date.start, end: date.end, kind: 'date-of-birth' });
    }
  }
  return spans;
}

function birthWordBefore(line: string, dateStart: number): boolean {
  const from = Math.max(0, dateStart - MAX_GAP_CHARS - 16);
  const before = line.slice(from, dateStart);
  let lastEnd = -1;
  BIRTH_WORD.lastIndex = 0;
  for (let m = BIRTH_WORD.exec(before); m; m = BIRTH_WORD.exec(before)) lastEnd = m.index + m[0].length;
  if (lastEnd < 0) return false;
  const gap = before.slice(lastEnd);
  if (gap.length > MAX_GAP_CHARS || BREAK.test(gap)) return false;
  return (gap.match(/[A-Za-z]+/g) ?? []).length <= MAX_GAP_WORDS;
}
