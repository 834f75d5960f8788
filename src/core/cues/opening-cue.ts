import type { CueHit } from '../model/note';
import { OPENING_PREPOSITIONS } from '../text/opening-phrases';
import { SUBJECT_PRONOUNS, withoutContraction } from '../text/pronouns';
import { labelLength } from '../text/section-labels';
import { gapHolds } from '../text/token-gap';
import type { Token } from '../text/tokens';

/** The most words after a cue that opens its sentence among which its subject is looked for: "[for the fifth] week running Dimitrios went". */
const SUBJECT_AFTER_WORDS = 5;

/**
 * Words a phrase set before the subject opens with: of time or number ("For the fifth week
 * running", "Every month", "Third session in a row", "Same old story"). A cue that opens with a verb
 * ("Criticised Jo in front of the group") has its object after it, not its subject.
 */
const ADVERBIAL_OPENERS = new Set([
  ...OPENING_PREPOSITIONS,
  ...['for', 'every', 'each', 'another', 'same', 'again', 'once', 'still', 'yet', 'this', 'all'],
  ...['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'twelfth', 'two', 'three', 'four', 'five', 'six', 'several', 'many'],
]);

/**
 * Words that open a clause or phrase of their own: past one, the words are no longer the subject of
 * the main clause. (The cue reader's own set: the detector's CLAUSE_STARTERS and prepositions are a
 * layer above it.)
 */
const PHRASE_OPENERS = new Set([
  ...['and', 'but', 'or', 'so', 'then', 'when', 'whenever', 'while', 'as', 'because', 'if', 'after', 'before', 'until', 'since', 'though', 'although', 'that', 'unless'],
  ...['with', 'about', 'to', 'from', 'for', 'of', 'on', 'at', 'in', 'over', 'by', 'like'],
]);

/** Punctuation that ends the words read after the cue ("Same old story, Sam says, and..."). */
const PUNCTUATION = /[,;:.!?()—–]/;

/**
 * The words after a cue that opens its sentence (after any label) as a phrase set before the
 * subject: "For the fifth week running Dimitrios went through the same three reasons", "Every month
 * my supervisor takes me through the same flowchart". Nothing before such a cue can be its subject;
 * the few words right after it, up to the next clause or phrase, are read in its place
 * (SubjectReader takes the first person among them: CueHit.subjectAfter). Undefined when something
 * stands before the cue, when it opens with a verb or its own subject, or when a clause or phrase
 * of its own follows it ("Same old row with her mum" is not her mum's). A cue that is a clause of
 * its own ("Each time we came near the letter, Wei asked about my holiday") is read past: its main
 * clause's subject comes after the comma that closes it.
 */
export function subjectAfterOpening(tokens: readonly Token[], text: string, cueStart: number, cueEnd: number): Pick<CueHit, 'words' | 'starts'> | undefined {
  // A cue that opens with its own subject ("I found myself...", "She's gone quiet") has it already;
  // one that opens with a verb has its object after it. (Checked first: it rules out most cues, and
  // this runs for every cue read.)
  const first = tokens[cueStart].word;
  if (!ADVERBIAL_OPENERS.has(first) || SUBJECT_PRONOUNS.has(withoutContraction(first))) return undefined;
  if (cueEnd >= tokens.length || PHRASE_OPENERS.has(tokens[cueEnd].word) || cueStart !== labelLength(tokens, text)) return undefined;
  // Where no comma closes a clause of its own, its main clause may still follow unmarked ("each time we came near it she laughed").
  const from = (ownClause(tokens, cueStart, cueEnd) ? afterComma(tokens, text, cueEnd) : undefined) ?? pastTimeTail(tokens, cueEnd);
  const words: string[] = [];
  for (let k = from; k < tokens.length && k < from + SUBJECT_AFTER_WORDS; k++) {
    if (k > from && (PHRASE_OPENERS.has(tokens[k].word) || PUNCTUATION.test(text.slice(tokens[k - 1].end, tokens[k].start)))) break;
    words.push(tokens[k].word);
  }
  return { words, starts: words.map(() => true) };
}

/** The most words between a cue that is a clause of its own and the comma that closes it: "each time we came near [the CAS letter], Wei asked". */
const CLAUSE_TAIL_WORDS = 8;

/** Whether an opening cue holds its own subject ("each time we came near"): a whole clause of time, whose main clause comes after it. */
function ownClause(tokens: readonly Token[], cueStart: number, cueEnd: number): boolean {
  for (let k = cueStart + 1; k < cueEnd; k++) if (SUBJECT_PRONOUNS.has(withoutContraction(tokens[k].word))) return true;
  return false;
}

/** The first word after the comma that closes an opening clause, within CLAUSE_TAIL_WORDS of its cue; undefined where none does. */
function afterComma(tokens: readonly Token[], text: string, cueEnd: number): number | undefined {
  for (let k = cueEnd; k < tokens.length && k <= cueEnd + CLAUSE_TAIL_WORDS; k++) {
    if (gapHolds(text, tokens[k - 1].end, tokens[k].start, ',')) return k;
    if (PUNCTUATION.test(text.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
  }
  return undefined;
}

/** Nouns of time that finish an opening count the cue began: "[for the fourth] month in a row I laid out...". */
const TIME_NOUNS = new Set(['week', 'weeks', 'month', 'months', 'session', 'sessions', 'time', 'times', 'year', 'years', 'day', 'days', 'meeting', 'meetings']);

/**
 * The first word past the rest of an opening count after the cue ("month in a row", "week
 * running"), where the subject is read; `at` itself where no such words follow.
 */
function pastTimeTail(tokens: readonly Token[], at: number): number {
  if (!TIME_NOUNS.has(tokens[at]?.word ?? '')) return at;
  const next = at + 1;
  if (tokens[next]?.word === 'running' || tokens[next]?.word === 'straight') return next + 1;
  return tokens[next]?.word === 'in' && tokens[next + 1]?.word === 'a' && tokens[next + 2]?.word === 'row' ? next + 3 : at;
}
