import type { Token } from '../text/tokens';
import { opensClause } from '../text/token-gap';
import type { DescribedHit } from './pattern-matcher';

/**
 * Words after which a clause of time opens a clause of its own with no comma before it: "and each
 * time I raised it he switched to...", "I noticed that whenever...".
 */
const JOINING: ReadonlySet<string> = new Set(['and', 'but', 'then', 'so', 'yet', 'or', 'that', 'because', 'now', 'again', 'also', 'still']);

/**
 * Connectives that open a clause of time, with the word that must follow when one is not enough
 * alone: not "the" of "the best therapist she has ever had", nor "as" of "the same as last time".
 */
const TIME_OPENERS: ReadonlyMap<string, ReadonlySet<string> | undefined> = new Map([
  ['when', undefined],
  ['whenever', undefined],
  ['before', undefined],
  ['after', undefined],
  ['once', undefined],
  ['since', undefined],
  ['until', undefined],
  ['while', undefined],
  ['every', new Set(['time'])],
  ['each', new Set(['time'])],
  ['as', new Set(['soon'])],
  ['the', new Set(['moment', 'minute', 'second', 'instant', 'day'])],
]);

/** Whether the words at `at` open a clause of time. */
function opensTimeClause(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at].word;
  if (!TIME_OPENERS.has(word)) return false;
  const next = TIME_OPENERS.get(word);
  return next === undefined || (at + 1 < tokens.length && next.has(tokens[at + 1].word));
}

/** The fewest words of a main clause under way before the connective: a subject and its verb ("Jo froze when..."). */
const MAIN_CLAUSE_WORDS = 2;

/**
 * The token whose subject is a pattern's agent. A pattern that opens with a clause of time ("every
 * time it came near, he switched to...") has its agent in the clause after it (PatternMatcher). But
 * where that clause trails a main clause already under way, with no comma or joining word between
 * ("Jo talks about the allotment whenever I bring up the care home"), the words after the
 * connective are the raising, not the turning away, and the agent is the main clause's subject,
 * read before the connective: Jo, not I; and "Jo says his son-in-law talks about it whenever he
 * brings it up" is the son-in-law's, someone else's. Indices are the sentence's (`first` is where
 * its tokens start in the block's).
 */
export function agentAt(hit: DescribedHit, tokens: readonly Token[], text: string, first: number): number {
  const subjectAt = hit.subjectAt - first;
  const connective = hit.slots[0] - first;
  if (subjectAt === connective || !opensTimeClause(tokens, connective)) return subjectAt;
  let clauseWords = 0;
  for (let i = connective; i > 0; i--) {
    const before = tokens[i - 1];
    if (opensClause(text, before.end, tokens[i].start) || JOINING.has(before.word)) break;
    clauseWords++;
  }
  return clauseWords >= MAIN_CLAUSE_WORDS ? connective : subjectAt;
}
