import { DAY_NAMES, SHORT_DAY_NAMES } from '../text/calendar-words';
import { isNumber } from '../text/numbers';
import { isPastForm } from '../text/past-forms';
import { SUBJECT_PRONOUNS, withoutContraction } from '../text/pronouns';
import { SAYING } from '../text/saying-verbs';
import { gapHolds, gapHoldsAny } from '../text/token-gap';
import type { Token } from '../text/tokens';

// Words that place what is near them in the past without a phrase of the context cues' historical
// list: a year, an age, a school year. Notes speak of a client's present without naming the year,
// giving their age or their class at school, so a sentence that names one tells of earlier life.

/**
 * Each year, age and school year in a sentence's tokens (its own words from `first`, after any
 * section label), handed to `mark` as [start, end), with
 * whether it places only what follows it (`forward`) or what stands near it on either side. The
 * text, when given, shows the punctuation around them.
 *
 * - A year after "in", "around" or "during", in brackets or set off by commas ("in 2012", "(2005)",
 *   "in my first year, 2015, I..."), or a plain year opening the sentence ("2012: first episode"):
 *   either side.
 * - An age after "at" opening a clause: "At 16, with her first boyfriend", "says at 19 a fella
 *   packed his bag". An age to twelve is also an hour ("At 9 I rang her"), so it counts only after
 *   a verb of saying or "that", and before a comma or the clause's subject ("says that at twelve
 *   she flew home"). Not a time of day ("at 9:30", "at 9 a.m.", "at 10 on Mondays", "at ten to the
 *   hour"). Forward only.
 * - An age after "was" or "were": "I was fourteen when my dad died", "...when she was 19". Either side.
 * - A year after a season's or month's "of": "the winter of 1998". Either side.
 * - A school year, not one the client is in now: "in Year 9" but not "is in Year 9". Forward only.
 * - School or university after a verb of saying or "that", told in the past: "says at school he
 *   disputed every mark", "said that at uni she cancelled". Not in the present: a young client's
 *   "says at school she keeps getting detentions" is now. Forward only.
 */
export function pastMarkers(tokens: readonly Token[], text: string | undefined, first: number, mark: (start: number, end: number, forward: boolean) => void): void {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const word = tokens[i].word;
    // A span of years opening a sentence may head a list: only a plain year there.
    const opens = i === 0 ? word.length === 4 : YEAR_OPENERS.has(tokens[i - 1].word) || seasonOf(tokens, i) || (text !== undefined && setOff(text, tokens, i));
    // "In 1987" is one marker: read from its preposition, it reaches as far after a cue as a phrase of the list does.
    if (opens && isYear(word)) mark(i > 0 && YEAR_OPENERS.has(tokens[i - 1].word) ? i - 1 : i, i + 1, false);
    if ((word === 'was' || word === 'were') && i + 1 < n && isAgeWas(tokens, i)) mark(i, i + 2, false);
    if (i + 2 >= n) continue;
    if (word === 'at' && (isAgeAt(tokens, text, i, first) || isSchoolDays(tokens, i))) mark(i, i + 2, true);
    if (word === 'in' && SCHOOL_YEARS.has(tokens[i + 1].word) && isSchoolYear(tokens[i + 2].word) && !(i > 0 && NOW.has(tokens[i - 1].word))) mark(i, i + 3, true);
  }
}

const YEAR_OPENERS = new Set(['in', 'around', 'during', 'circa', 'c', 'back', 'from', 'late', 'early', 'mid']);

/** Seasons and months that may stand before "of" and a year: "the winter of 1998". */
const SEASONS = new Set(['winter', 'spring', 'summer', 'autumn', 'fall', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Whether word `i` follows a season's or month's "of": "the winter of 1998", "in May of 2003". Not any "of" ("a bill of 2000"). */
function seasonOf(tokens: readonly Token[], i: number): boolean {
  return i >= 2 && tokens[i - 1].word === 'of' && SEASONS.has(tokens[i - 2].word);
}

/** Words after a number that make it an amount, not an age: "was 20 minutes late", "was 16 weeks pregnant". */
const AMOUNTS = new Set(['minutes', 'mins', 'min', 'hours', 'hrs', 'hour', 'hr', 'weeks', 'wks', 'week', 'days', 'day', 'months', 'month', 'percent', 'per', 'kg', 'kilos', 'pounds', 'lbs', 'stone', 'points', 'miles', 'km', 'times', 'of', 'out', 'on', 'in', 'and', 'or', 'to',
  // A score or a count of sessions, told of today: "she was 19 today" (a PHQ-9), "we were 6 sessions in", "was 8/10".
  'sessions', 'session', 'appts', 'appointments', 'today', 'tonight', 'this', 'now']);

/**
 * Whether "was" or "were" at token `i`, after a pronoun, gives an age of childhood or youth: "I was fourteen when my
 * dad passed away", "she was 12 years old". The age of someone now is told with "is"; "was" with
 * an age tells of the past, on either side ("...when she was 19"). Not an amount ("was 20
 * minutes late", "was 16 weeks pregnant"), nor after "since", which runs on to now ("has handled
 * everything alone since he was twelve": pastMarkers).
 */
function isAgeWas(tokens: readonly Token[], i: number): boolean {
  // A person's age, after a pronoun: "scores were 12, 2015 and 9" are no ages.
  // Not "it": "it was 11 by the time I..." is an hour.
  if (i === 0 || !SUBJECT_PRONOUNS.has(tokens[i - 1].word) || tokens[i - 1].word === 'it' || (i >= 2 && tokens[i - 2].word === 'since')) return false;
  const age = ageOf(tokens[i + 1].word);
  if (age === undefined) return false;
  const after = tokens[i + 2]?.word ?? '';
  if (after === 'years' || after === 'yrs' || after === 'year') return tokens[i + 3]?.word === 'old';
  // Another number after it makes it a score: "was 8/10".
  return !AMOUNTS.has(after) && !digitsOnly(after, 3);
}

/** Whether word `i` (not the first) stands in brackets, or after a comma and before a comma or colon: "(2005)", ", 2015,", "first year at the centre, 2013: ...". */
function setOff(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (text[token.start - 1] === '(') return true;
  // After the sentence's last word, only the character that follows it: the text may go on into other sentences.
  const after = i + 1 < tokens.length ? tokens[i + 1].start : Math.min(text.length, token.end + 1);
  return gapHolds(text, tokens[i - 1].end, token.start, ',') && gapHoldsAny(text, token.end, after, ',:');
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

/** Ages of childhood and youth in words, by their number: "at twelve", "at fifteen". */
const AGE_WORDS = new Map(['three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((w, k) => [w, k + 3]));

/** An age of childhood or youth, 3 to 25, in digits or words; undefined for any other word. */
function ageOf(word: string): number | undefined {
  const spelled = AGE_WORDS.get(word);
  if (spelled !== undefined) return spelled;
  if (!digitsOnly(word, 2)) return undefined;
  const age = Number(word);
  return age >= 3 && age <= 25 ? age : undefined;
}

/** Ages to this are hours too: "at 9", "at ten". */
const HOURS = 12;

/** Words before "at" an age opens a clause after: "says that at twelve", "said at 8 she'd". */
const AGE_OPENERS = new Set(['that', 'says', 'said', 'say', 'recalls', 'recalled', 'remembers', 'remembered']);

/** Whether "at" at token `i` and the number after it are an age opening a clause (pastMarkers). */
function isAgeAt(tokens: readonly Token[], text: string | undefined, i: number, first: number): boolean {
  const age = ageOf(tokens[i + 1].word);
  if (age === undefined || timeOfDay(tokens, text, i + 1)) return false;
  const afterSaying = i > 0 && AGE_OPENERS.has(tokens[i - 1].word);
  if (age > HOURS) return afterSaying || i === first || (i > 0 && text !== undefined && gapHoldsAny(text, tokens[i - 1].end, tokens[i].start, ',:;–—-'));
  // An hour as well as an age: after a verb of saying, and before a comma or the clause's subject
  // ("says that at twelve she", "said at 8 she'd", "recalls that at nine, in care, she").
  const commaAfter = text !== undefined && gapHolds(text, tokens[i + 1].end, tokens[i + 2].start, ',');
  return afterSaying && (commaAfter || SUBJECT_PRONOUNS.has(withoutContraction(tokens[i + 2].word)));
}

/** Words after a number that make it a time of day: "at 9 am", "at ten o'clock", "at ten to the hour", "at 3 each week", "at 10 on Mondays". */
const TIME_WORDS = new Set(['to', 'past', 'am', 'pm', "o'clock", 'oclock', 'tonight', 'tomorrow', 'today', 'sharp', 'hours', 'hrs', 'mins', 'minutes', 'this', 'each', 'every', 'on', ...DAY_NAMES, ...SHORT_DAY_NAMES]);

/** Parts of the day after "in the": "at eleven in the morning". */
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/** "a.m.", "pm", "p. m." after a number, whatever its spacing. */
const MERIDIEM = /^\s*[ap]\.?\s?m\b/i;

/**
 * Whether the number at token `at` is a time of day: a word of time after it ("at ten to the
 * hour", "at eleven in the morning"), or its punctuation ("9:30", "9.30", "9 a.m.").
 */
function timeOfDay(tokens: readonly Token[], text: string | undefined, at: number): boolean {
  const after = tokens[at + 1]?.word ?? '';
  if (TIME_WORDS.has(after) || (after === 'in' && tokens[at + 2]?.word === 'the' && PARTS_OF_DAY.has(tokens[at + 3]?.word ?? ''))) return true;
  if (text === undefined) return false;
  const end = tokens[at].end;
  return text[end] === ':' || (text[end] === '.' && /\d/.test(text[end + 1] ?? '')) || MERIDIEM.test(text.slice(end, end + 6));
}

/** Words before a school year that place the client in it now: "is in Year 9", "now in grade 3". */
const NOW = new Set(['is', 'are', 'am', "'m", "she's", "he's", "they're", "i'm", 'now', 'currently', 'still']);

/** Places of study that, after a verb of saying, set the time of a past told: "says at school he...". */
const SCHOOLS = new Set(['school', 'uni', 'university', 'college']);

/** How far after "at school" a verb in the past may stand: "says at school in Derry he'd get...", "at uni she cancelled". */
const SCHOOL_VERB_REACH = 6;

/**
 * Whether "at" at token `i` opens "at school" (or university, college) after a verb of saying or
 * "that", with a verb in the past or a habit of the past ("would", "used", "'d") close after it.
 */
function isSchoolDays(tokens: readonly Token[], i: number): boolean {
  if (i === 0 || !AGE_OPENERS.has(tokens[i - 1].word) || !SCHOOLS.has(tokens[i + 1].word)) return false;
  const end = Math.min(tokens.length, i + 2 + SCHOOL_VERB_REACH);
  for (let k = i + 2; k < end; k++) {
    const word = tokens[k].word;
    // Told in the present, it is now: "says at school she is bullied", "feels left out", "gets picked on".
    if (NOW.has(word) || PRESENT_LINKS.has(word)) return false;
    // "'d rather" and "'d like" wish, now.
    if (word.endsWith("'d")) return !WISHES.has(tokens[k + 1]?.word ?? '');
    if (isPastForm(word) || word === 'would' || word === 'used') return true;
  }
  return false;
}

/** Verbs that take a past participle in the present: "gets picked on", "feels excluded". */
const PRESENT_LINKS = new Set(['gets', 'get', 'feels', 'feel', 'seems', 'keeps', 'has', 'have', 'does', 'do']);
/** Words after "'d" that make it a wish, not a habit of the past. */
const WISHES = new Set(['rather', 'like', 'love', 'prefer', 'sooner']);

/** Words of a class at school before its number: "in Year 9", "in grade 3", "in Form 5". */
const SCHOOL_YEARS = new Set(['year', 'yr', 'grade', 'form']);

/** A school year's number, 1 to 13, in digits. */
function isSchoolYear(word: string): boolean {
  return digitsOnly(word, 2) && Number(word) >= 1 && Number(word) <= 13;
}

/** How many words before a year or an age its clause may reach back: most clauses are shorter. */
const DATED_REACH = 12;
/** Words that open a clause of their own: what stands before them is not placed by a date after them ("spoke to the trainee exactly as my old head spoke to me in 2015"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'whenever', 'while', 'because', 'since', 'like', 'than', 'until', 'till', 'after', 'before', 'though', 'although', 'whereas', 'but', 'so', 'if', 'unless', 'that', 'who', 'which', 'where', 'now', 'today', 'yet',
  // What is due is dated, not the act before it: "wrote her appeal, due in 2027".
  'due']);
/** Words that join a clause of its own when a subject follows: "I rang the council for her and she said her dad left in 2015". */
const JOINS = new Set(['and', 'then']);

/**
 * Where the clause holding the date at `at` starts: back from it, at most DATED_REACH words and
 * not before `first`, to clause punctuation or a word that opens a clause.
 */
export function datedClauseStart(tokens: readonly Token[], text: string, first: number, at: number): number {
  let k = at;
  while (k > first && at - k < DATED_REACH && !CLAUSE_OPENERS.has(tokens[k - 1].word) && !gapHoldsAny(text, tokens[k - 1].end, tokens[k].start, ',;:()\u2014\u2013')) {
    const before = tokens[k - 1].word;
    // A clause told in the present goes on now, whatever year it names: "has kept away from her sister from 2015".
    if (PRESENT.has(before)) return at;
    // What is said is its own clause ("she said her dad left in 2015"), and so is one with a subject of its own after "and".
    if (SAYING.has(before) || (JOINS.has(before) && SUBJECT_PRONOUNS.has(withoutContraction(tokens[k].word)))) break;
    k--;
  }
  return k;
}

/** Words of a clause told in the present or the present perfect. */
const PRESENT: ReadonlySet<string> = new Set(['is', 'are', 'am', 'has', 'have', "'s", "she's", "he's", "i'm", "i've", "they're", "we're", "hasn't", "haven't", 'still', 'keeps', 'keep', 'currently']);

/** Words right after a phrase of the past that tell it of now: "her first husband still has the kids", "is". */
export const NOW_AFTER: ReadonlySet<string> = new Set(['still', 'is', 'are', 'now', 'currently']);

/**
 * Whether a phrase of the past is told of now: a word of now right after it, or "is her first
 * marriage" (a possessive after "is" or "are" right before it). Not a contraction, which is "has" as
 * often ("she's always been the peacemaker").
 */
export function toldNow(tokens: readonly Token[], start: number, end: number): boolean {
  if (end < tokens.length && NOW_AFTER.has(tokens[end].word)) return true;
  if (passingWhen(tokens, start, end)) return true;
  return start >= 2 && POSSESSIVES.has(tokens[start - 1].word) && (tokens[start - 2].word === 'is' || tokens[start - 2].word === 'are');
}

/**
 * Words after "when he was" that tell a passing state, not a time of life: "rang him six times when
 * he was late", "when she was off sick". "When he was twelve", "when she was at school" stay the past.
 */
export const PASSING_STATES: ReadonlySet<string> = new Set(['late', 'delayed', 'away', 'ill', 'sick', 'unwell', 'asleep', 'busy', 'upset', 'angry', 'overdue']);

/** Words that may stand before a passing state: an amount of time ("when he was an hour late", "half an hour late"), "running late", "off sick". */
export const BEFORE_PASSING: ReadonlySet<string> = new Set(['a', 'an', 'half', 'hour', 'hours', 'minute', 'minutes', 'min', 'mins', 'few', 'couple', 'of', 'ten', 'five', 'fifteen', 'twenty', 'thirty', 'forty', 'two', 'three', 'bit', 'little', 'very', 'so', 'really', 'running', 'off']);

/**
 * Whether a phrase of the past "when he was" (or "when they were") goes on into a passing state,
 * after at most three words of BEFORE_PASSING: an episode of now, no time of life.
 */
function passingWhen(tokens: readonly Token[], start: number, end: number): boolean {
  const last = tokens[end - 1]?.word;
  if (tokens[start].word !== 'when' || (last !== 'was' && last !== 'were')) return false;
  for (let k = end; k < tokens.length && k <= end + 3; k++) {
    const word = tokens[k].word;
    if (PASSING_STATES.has(word)) return true;
    if (!BEFORE_PASSING.has(word) && !isNumber(word)) return false;
  }
  return false;
}

const POSSESSIVES: ReadonlySet<string> = new Set(['her', 'his', 'their', 'my', 'our', 'your']);
