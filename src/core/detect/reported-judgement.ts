import { SKIPPED_WORDS } from '../model/note';
import { BELIEVING, REPORTING } from '../text/saying-verbs';
import { NOMINATIVE } from './subject-position';
import { isSuperlative, superlativeVerb } from './superlative';

/** The copulas a judgement's predicate follows: "her last therapist was [clueless]". */
const COPULAS = new Set(['is', 'was', 'are', 'were', "'s"]);
/** Articles a judgement may open with after its copula. */
const ARTICLES = new Set(['the', 'a', 'an']);
/** How many words the one judged may take between the verb of saying and the copula: "the therapist the district sent her to last fall". */
const JUDGED_REACH = 16;
/** Verbs of saying and words of a belief held, which a judgement follows: "came home certain the new head is the finest...". */
const TELLING: ReadonlySet<string> = new Set([...REPORTING, ...BELIEVING]);

/**
 * Where the verb of saying stands whose subject made the judgement the words lead to, or -1: after
 * a superlative ("Kai's tutor tells everyone Kai is the most insightful student she has [ever
 * had]", superlative.ts), or after a copula whose subject is someone or something outside the
 * note's people ("Tamika said her last therapist was [clueless]", "told me ... and that the
 * therapist the district sent her to last fall was [clueless]"). A judgement is its teller's, not
 * the subject's of the clause it is told in: without this, such a sentence was the therapist's,
 * someone outside the relationships, and no one's evidence. A pronoun or one of the note's people
 * judged ("she said he was...") is read by Subjects.speaker, which knows the note's names.
 */
export function judgingVerb(words: readonly string[], first = ''): number {
  const superlative = superlativeVerb(words);
  if (superlative >= 0) return superlative;
  // The cue may open on the copula itself: "told me that the spinal surgeon [is a joke]".
  const last = COPULAS.has(first) ? words.length : copulaAt(words);
  if (last < 2 || (last < words.length && !COPULAS.has(words[last]))) return -1;
  for (let at = last - 1; at >= 1 && at >= last - JUDGED_REACH; at--) {
    const word = words[at];
    if (NOMINATIVE.has(word)) return -1;
    if (TELLING.has(word)) return at;
    // "told me I'm the first who gets it, and that the therapist ... was": the report goes on past the words left out.
    if (word === SKIPPED_WORDS) return words[at + 1] === 'and' && words[at + 2] === 'that' ? reportingBefore(words, at) : -1;
  }
  return -1;
}

/**
 * Where the copula may stand that the judgement's words follow: before its article ("said my tape was
 * the [best work]"), or before a superlative and a word of its noun at most ("the trainer is the
 * finest farm-family [coach]"); else the words' last.
 */
function copulaAt(words: readonly string[]): number {
  const end = words.length - 1;
  if (ARTICLES.has(words[end])) return end - 1;
  for (let the = end - 1; the >= Math.max(1, end - 2); the--) if (words[the] === 'the' && isSuperlative(words[the + 1])) return the - 1;
  return end;
}

/** The verb of saying just before `at`, with a listener at most between ("told me", "said to me"), or -1. */
function reportingBefore(words: readonly string[], at: number): number {
  for (let verb = at - 1; verb >= 1 && verb >= at - 3; verb--) if (REPORTING.has(words[verb])) return verb;
  return -1;
}

/** Words the verb of saying may stand back from a report that goes on: "said the doctors and the group are wasters but". */
const REPORT_REACH = 24;

/**
 * Where the verb of saying stands whose report goes on, past "and" or "but", to the one judged at
 * `about`: "Jo said the doctors are wasters but I am the only one worth listening to", "told the ward
 * round that his last psychologist was a clown, and that I'm the only one" (Jo judges, not the
 * writer judged). A "but" or "and" after a comma without "that" opens the writer's own clause
 * ("Jo said she was fine, but I am..."). -1 where no such verb stands within REPORT_REACH words, or an
 * "I" or "we" stands between (the writer's own clause).
 */
export function reportGoesOn(words: readonly string[], starts: readonly boolean[], about: number): number {
  let joiner = about - 1;
  const that = words[joiner] === 'that';
  if (that) joiner--;
  if ((words[joiner] !== 'and' && words[joiner] !== 'but') || (!that && starts[joiner])) return -1;
  for (let at = joiner - 1; at >= 1 && at >= joiner - REPORT_REACH; at--) {
    const word = words[at];
    if (word === 'i' || word === 'we' || (word === SKIPPED_WORDS && !that)) return -1;
    if (REPORTING.has(word)) return at;
  }
  return -1;
}
