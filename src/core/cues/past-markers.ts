import { labelLength } from '../text/section-labels';
import { gapHolds } from '../text/token-gap';
import type { Token } from '../text/tokens';

// Words that place what is near them in the past without a phrase of the context cues' historical
// list: a year, an age, a school year. Notes speak of a client's present without naming the year,
// giving their age or their class at school, so a sentence that names one tells of earlier life.

/**
 * Each year, age and school year in a sentence's tokens, handed to `mark` as [start, end). The text,
 * when given, shows the punctuation around them.
 *
 * - A year after "in", "around" or "during", in brackets or set off by commas ("in 2012", "(2005)",
 *   "in my first year, 2015, I..."), or a plain year opening the sentence ("2012: first episode").
 * - An age after "at" opening a clause: "at 16, with her first boyfriend", "says that at twelve she
 *   flew home". Not a time of day ("at 9am", "at 9:30", "at 10 o'clock"), nor "at" after a verb
 *   ("arrived at 9").
 * - A school year: "in Year 9", "in grade 3", "in Form 5".
 */
export function pastMarkers(tokens: readonly Token[], text: string | undefined, mark: (start: number, end: number) => void): void {
  const n = tokens.length;
  const first = text === undefined || n === 0 ? 0 : labelLength(tokens, text);
  for (let i = 0; i < n; i++) {
    const word = tokens[i].word;
    // A span of years opening a sentence may head a list: only a plain year there.
    const opens = i === 0 ? word.length === 4 : YEAR_OPENERS.has(tokens[i - 1].word) || (text !== undefined && setOff(text, tokens, i));
    if (opens && isYear(word)) mark(i, i + 1);
    if (i + 1 >= n) continue;
    const next = tokens[i + 1].word;
    if (word === 'at' && isAge(next) && !timeOfDay(tokens, text, i + 1) && opensClause(tokens, text, i, first)) mark(i, i + 2);
    if (word === 'in' && i + 2 < n && SCHOOL_YEARS.has(next) && isSchoolYear(tokens[i + 2].word)) mark(i, i + 3);
  }
}

const YEAR_OPENERS = new Set(['in', 'around', 'during', 'circa', 'c', 'back', 'from', 'late', 'early', 'mid']);

/** Whether word `i` (not the first) stands in brackets, or between commas: "(2005)", ", 2015,". */
function setOff(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (text[token.start - 1] === '(') return true;
  const after = i + 1 < tokens.length ? tokens[i + 1].start : text.length;
  return gapHolds(text, tokens[i - 1].end, token.start, ',') && gapHolds(text, token.end, after, ',');
}

/** Whether a word is all digits, of at most `length`. */
function digitsOnly(word: string, length: number): boolean {
  if (word.length === 0 || word.length > length) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) < 48 || word.charCodeAt(i) > 57) return false;
  return true;
}

/**
 * A year from 1900 to 2099 as a word of its own, or a span of years ("2013-16", "2013-2016": the end
 * after the start, and a two-digit end above 12); not a date or a month ("2026-02-03", "2026-02":
 * a note's own name or link text names a time, not the past).
 */
function isYear(word: string): boolean {
  if (!((word.startsWith('19') || word.startsWith('20')) && digitsOnly(word.slice(0, 4), 4))) return false;
  if (word.length === 4) return true;
  if (word[4] !== '-' || !digitsOnly(word.slice(5), 4)) return false;
  const start = Number(word.slice(0, 4));
  if (word.length === 9) return Number(word.slice(5)) > start;
  if (word.length !== 7) return false;
  const end = Number(word.slice(5));
  return end > 12 && end > start % 100;
}

/** Ages of childhood and youth in words: "at twelve", "at fifteen". */
const AGE_WORDS = new Set(['three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']);

/** An age of childhood or youth, 3 to 25, in digits or words. */
function isAge(word: string): boolean {
  if (AGE_WORDS.has(word)) return true;
  if (!digitsOnly(word, 2)) return false;
  const age = Number(word);
  return age >= 3 && age <= 25;
}

/** Words after a number that make it a time of day: "at 9 am", "at ten o'clock", "at ten to the hour", "at 6 tonight". */
const TIME_WORDS = new Set(['to', 'past', 'am', 'pm', 'a.m', 'p.m', "o'clock", 'oclock', 'tonight', 'tomorrow', 'today', 'sharp', 'hours', 'hrs', 'mins', 'minutes']);

/** Parts of the day after "in the": "at eleven in the morning". */
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Whether the number at token `at` is a time of day: a word of time after it ("at ten to the
 * hour", "at eleven in the morning"), or its punctuation ("9:30", "9.30", "9am").
 */
function timeOfDay(tokens: readonly Token[], text: string | undefined, at: number): boolean {
  const after = tokens[at + 1]?.word ?? '';
  if (TIME_WORDS.has(after) || (after === 'in' && tokens[at + 2]?.word === 'the' && PARTS_OF_DAY.has(tokens[at + 3]?.word ?? ''))) return true;
  if (text === undefined) return false;
  const end = tokens[at].end;
  return text[end] === ':' || (text[end] === '.' && /\d/.test(text[end + 1] ?? '')) || /^[ap]\.?m\b/i.test(text.slice(end, end + 4));
}

/** Words before "at" an age opens a clause after: "says that at twelve", "said at 8 she'd". */
const AGE_OPENERS = new Set(['that', 'says', 'said', 'say', 'recalls', 'remembers', 'and', 'but', 'then']);

/** Whether "at" at token `i` opens its sentence (after any label), follows a comma, colon or dash, or one of AGE_OPENERS. */
function opensClause(tokens: readonly Token[], text: string | undefined, i: number, first: number): boolean {
  if (i === first) return true;
  if (i === 0) return false;
  if (AGE_OPENERS.has(tokens[i - 1].word)) return true;
  return text !== undefined && /[,:;–—-]/.test(text.slice(tokens[i - 1].end, tokens[i].start));
}

/** Words of a class at school before its number: "in Year 9", "in grade 3", "in Form 5". */
const SCHOOL_YEARS = new Set(['year', 'yr', 'grade', 'form']);

/** A school year's number, 1 to 13, in digits. */
function isSchoolYear(word: string): boolean {
  return digitsOnly(word, 2) && Number(word) >= 1 && Number(word) <= 13;
}
