import { SKIPPED_WORDS } from '../model/note';
import { NOUN_OPENERS } from '../text/noun-openers';
import { OBJECT_ONLY_PRONOUNS, OBJECT_PRONOUNS } from '../text/pronouns';
import { CLAUSE_SAYING, REPORTING } from '../text/saying-verbs';
import { PERCEIVING } from '../text/perceiving-verbs';

// Where clauses start and end in the words before a cue, for reading whose clause the cue is in (subjects.ts).

/**
 * Words after which a new clause (and so a new subject) starts; reporting verbs are added below.
 * "how" too: "I described how Tareq's line manager snapped at him" has the manager as its subject;
 * and "where": "There was a point where Jo [went quiet]".
 */
export const CLAUSE_STARTERS = new Set(['and', 'but', 'then', 'so', 'because', 'when', 'whenever', 'unless', 'while', 'although', 'though', 'that', 'as', 'after', 'before', 'until', 'if', 'since', 'yet', 'or', 'said', 'how', 'where']);

for (const verb of CLAUSE_SAYING) CLAUSE_STARTERS.add(verb);

/** Words that are no part of a noun phrase, and stand between a subject and its verb: auxiliaries, copulas, `to`, negations. */
export const VERB_LIKE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'would', 'could', 'should', 'will', 'can', 'did', 'does', 'do', 'to', 'not', 'never']);

/** Words that open a clause of time, reason or condition (each also opens a clause for CLAUSE_STARTERS), often put before the main clause with no comma. */
export const SUBORDINATORS = new Set(['when', 'whenever', 'unless', 'before', 'after', 'if', 'as', 'while', 'since', 'until', 'because', 'although', 'though']);

/** Words that open a noun phrase: a clause can hang on the noun after them ("every worksheet he does"). */
export const DETERMINERS: ReadonlySet<string> = new Set([...NOUN_OPENERS, 'every', 'each', 'any', 'all', 'some', 'this', 'that', 'these', 'those']);

/** Words that open a clause a pronoun can be the subject of inside a longer one: "what I asked", "whether she should accept it". */
const WH_WORDS = new Set(['what', 'whether']);

/** Nouns of time that open a clause as "when" does: "each time I mentioned her father she looked away". */
const TIME_NOUNS = new Set(['time', 'times', 'moment', 'minute', 'second', 'instant', 'day', 'week']);

/**
 * Prepositions before a person right after a clause's verb ("looked at me", "talked to him"): that
 * preposition has its object, where a clause hanging on a noun may end on one ("the chord she looked
 * at"). Not a person right after the verb: "every drill I gave him" still hangs on "drill".
 */
const OBJECT_PREPOSITIONS = new Set(['at', 'to', 'with', 'for']);

/** Nouns a clause of manner or reason hangs on with an object of its own: "the way she says it". */
const MANNER_NOUNS = new Set(['way', 'ways', 'reason', 'place', 'point', 'tone', 'voice']);

/**
 * Where the clause starts that a pronoun sits inside as the subject of a clause hanging on a noun
 * ("marks every worksheet he does in red and lists...", "fires questions at him the moment he
 * comes home, barely waiting...") or on "what" ("answered to most of what I asked and sat..."),
 * with a new clause begun after the pronoun before the cue; -1 when the pronoun is not so placed.
 * Not after a verb ("I noticed she was tearful and...", "my supervisor suggested I slow down and"),
 * nor after a leading clause of time or condition, whose end the pronoun's clause follows ("when
 * Oisin came in late once more I sighed", "each time I mentioned it she looked away and").
 */
export function embeddingClause(words: readonly string[], starts: readonly boolean[], at: number): number {
  const before = words[at - 1];
  // After an adverb ("when I named the affair directly they both looked away") no clause hangs on a noun.
  if (starts[at] || CLAUSE_STARTERS.has(before) || REPORTING.has(before) || before === SKIPPED_WORDS || before.endsWith('ly')) return -1;
  let clause = at - 1;
  while (clause > 0 && !starts[clause] && !CLAUSE_STARTERS.has(words[clause - 1]) && words[clause - 1] !== SKIPPED_WORDS) clause--;
  if (clause > 0 && SUBORDINATORS.has(words[clause - 1])) return -1;
  // "Each time I...", "the moment I...", "by the time I..." opening the clause lead it as "when" does.
  const opening = words[clause] === 'by' ? clause + 1 : clause;
  if (DETERMINERS.has(words[opening]) && TIME_NOUNS.has(words[opening + 1])) return -1;
  // The noun the pronoun's clause hangs on, opened by its determiner inside the clause.
  const determiner = nounPhraseOpener(words, at);
  if (!WH_WORDS.has(before) && (determiner < 0 || determiner <= clause)) return -1;
  // A clause that hangs on a noun lacks what that noun is to it: "the sentence I had it on my knee"
  // is a clause of its own, whose verb has "it" ("...before he had finished the sentence I had it
  // on my knee and was filling in..."). Not after a noun of manner or time: "the way she says it".
  // So too one whose verb has a person after a preposition: "each time I left a gap for her chord ~
  // she looked at me and [let it go by]" (its opening cut short) is a clause of its own.
  if (!WH_WORDS.has(before) && !MANNER_NOUNS.has(before) && !TIME_NOUNS.has(before) && (words[at + 2] === 'it' || (OBJECT_PREPOSITIONS.has(words[at + 2]) && OBJECT_ONLY_PRONOUNS.has(words[at + 3])))) return -1;
  // The cue itself follows the last word: a clause may open there too ("...in red and [lists]"); a
  // comma before the cue (the entry of `starts` past the words) is read only in the shape below
  // (read everywhere, it gave one of a blind vault's parallels to the client alone).
  for (let k = at + 2; k <= words.length; k++) if ((k < words.length && starts[k]) || CLAUSE_STARTERS.has(words[k - 1])) return clause;
  // The pronoun's clause is its verb alone, closed by the comma before the cue: "contradicts every idea he offers, [insists on...]".
  if (at + 2 === words.length && starts[words.length] === true) return clause;
  return -1;
}

/** How many words a noun a clause hangs on may have before it after its determiner: "the one risk question I missed". */
const NOUN_WORDS = 3;

/** Where the determiner stands of the noun right before the pronoun at `at`, with at most NOUN_WORDS words of the noun's own before the pronoun; -1 for none. */
function nounPhraseOpener(words: readonly string[], at: number): number {
  for (let k = at - 2; k >= 0 && k >= at - 1 - NOUN_WORDS; k--) {
    if (DETERMINERS.has(words[k])) return k;
    if (CLAUSE_STARTERS.has(words[k]) || words[k] === SKIPPED_WORDS) return -1;
  }
  return -1;
}

/** Words that make a noun of time open a clause as "when" does: "every time I played softer". */
const TIME_DETERMINERS = new Set(['every', 'each', 'any']);

/**
 * Where the clause opens, inside the sentence, that the pronoun at `at` is the subject of only,
 * closed before the cue, so that past it the subject before goes on; -1 when none does. A clause
 * of time or reason ("I pressed them before they left, told them... and kept"), one after words
 * left out where such an opener may have stood ("I wrote it ~ he watched, sent..."; not when the
 * sentence opens with one, whose clause they end: "When Sam started ~ I offered him..."), one
 * reported with "that" ("her brother tells him that he brought it on himself, and picks at...", not
 * after a verb of perceiving, whose "that" clause goes on with the one perceived) or by a verb
 * listed after a comma ("I pulled Jo up..., told him he was burning money and [picked apart...]"),
 * and "every time" or "each time" closed by a comma ("Jo took the beater off me, played louder every
 * time I played softer, and [held it out of reach]").
 */
export function innerClauseOpening(words: readonly string[], starts: readonly boolean[], at: number): number {
  if (at < 2) return -1;
  const before = words[at - 1];
  // "I noticed that she tugged at her sleeves, glanced at the door and [went quiet]": her acts.
  const reported = before === 'that' && !PERCEIVING.has(words[at - 2]);
  const opener = SUBORDINATORS.has(before) || (before === SKIPPED_WORDS && !SUBORDINATORS.has(words[0])) || reported || listedReport(words, starts, at);
  if (opener && clauseEndsAfter(words, starts, at)) return at - 1;
  const time = TIME_NOUNS.has(before) && TIME_DETERMINERS.has(words[at - 2]) ? at - 2 : -1;
  if (time <= 0 || starts[time] || starts[at]) return -1;
  return clauseEndsAfter(words, starts, at, false) ? time : -1;
}

/**
 * Whether the pronoun at `at` is reported by a verb of saying that opens a clause after a comma, with
 * its listener between: "..., told him he". Such a verb is one of a list whose subject goes on.
 */
function listedReport(words: readonly string[], starts: readonly boolean[], at: number): boolean {
  const verb = at - 2;
  return verb >= 1 && starts[verb] && REPORTING.has(words[verb]) && OBJECT_PRONOUNS.has(words[at - 1]);
}

/**
 * Whether a new clause (after a comma, or "and" unless `byAnd` is false) begins after the word
 * following `at`, the cue's own place included: "her manager checks his email while she speaks,
 * [just as...]" (the entry of `starts` past the words).
 */
function clauseEndsAfter(words: readonly string[], starts: readonly boolean[], at: number, byAnd = true): boolean {
  for (let k = at + 2; k <= words.length; k++) if (starts[k] || (byAnd && words[k] === 'and')) return true;
  return false;
}
