import { DAY_NAMES } from './calendar-words';

// Words that open a sentence before its subject with no comma ("As usual Jo...", "In group
// supervision a colleague..."): the subject reader (detect/subject-position.ts) reads past them.

/** Words that open a sentence with a phrase of place or time before its subject: "At peer supervision a colleague...". */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...['at', 'in', 'on', 'during', 'after', 'before', 'over', 'through', 'within', 'throughout'],
  ...['since', 'for', 'by', 'from', 'near', 'towards', 'toward'],
]);

/** How far into a sentence such an opening phrase may run before the subject. */
export const OPENING_REACH = 5;

/** Words of time that stand before a sentence's subject with no comma: "Tonight the new data clerk rewrote...". */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set([
  ...['today', 'tonight', 'yesterday', 'later', 'earlier', 'afterwards', 'afterward', 'recently', 'lately', 'meanwhile'],
  ...['then', 'now', 'again', 'also', 'suddenly', 'finally', 'eventually', 'initially'],
]);

/** Whether `word` and the `next` word are "each time" or "every time", which open a clause of time as "whenever" does. */
export function isEachTime(word: string, next: string | undefined): boolean {
  return (word === 'each' || word === 'every') && next === 'time';
}

/** Words that make a phrase of time of the word after them: "This week Jo...", "All week her brother...". */
export const OPENING_TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'all', 'every', 'each', 'most', 'that', 'one', 'some']);

/**
 * Times such a phrase names: "Last night my sister...", "Every session Jo...", "Most weeks Jo...".
 * Not "time": "every time the consultant overrules..." opens a clause of its own.
 */
export const OPENING_TIME_NOUNS: ReadonlySet<string> = new Set([
  ...['week', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'day', 'month', 'year', 'fortnight', 'term', 'semester'],
  ...['summer', 'winter', 'spring', 'autumn', 'session', 'visit', 'meeting', 'call', 'supervision'],
  ...['weeks', 'weekends', 'mornings', 'evenings', 'nights', 'days', 'months', 'sessions', 'visits', 'meetings', 'calls'],
  ...DAY_NAMES,
]);

/**
 * Words of an adverbial that may open a sentence before its subject with no comma: "As usual Jo...",
 * "Once again her sister...", "Straight away Jo...". Not "once" alone, which opens a clause as "when"
 * does ("Once Jo went quiet her mum [rescued her]"): the reader takes "once again" and "once more"
 * as a pair. Words of time (OPENING_TIME_DETERMINERS, OPENING_TIME_NOUNS) and words ending in "ly"
 * are read as such words too ("Predictably Jo...", "Almost immediately Jo...").
 */
export const OPENING_ADVERBIAL_WORDS: ReadonlySet<string> = new Set([
  ...OPENING_ADVERBS,
  ...['as', 'usual', 'ever', 'always', 'more', 'yet', 'straight', 'right', 'away', 'soon', 'early', 'first', 'still'],
  ...['instead', 'sometimes', 'often', 'twice', 'same', 'halfway', 'midway', 'just', 'almost'],
]);
