import { askedAbout } from './asked-about';
import type { Token } from '../text/tokens';
import { opensClause } from '../text/token-gap';
import { SUBJECT_PRONOUNS } from '../text/pronouns';
import { NOUN_OPENERS } from '../text/noun-openers';
import type { DescribedHit } from './pattern-matcher';

/**
 * Words after which a clause of time opens a clause of its own with no comma before it: "and each
 * time I raised it he switched to...", "I noticed that whenever...", "I named how every time...".
 */
const OPENS_OWN_CLAUSE: ReadonlySet<string> = new Set(['and', 'but', 'then', 'so', 'yet', 'or', 'that', 'because', 'how', 'whether', 'if', 'where', 'like', 'though']);

/**
 * Connectives that open a clause of time in which a subject is raised, with the word that must
 * follow when one is not enough alone ("every time", not "every month"; "the moment", not "the
 * best therapist she has ever had").
 */
const TIME_OPENERS: ReadonlyMap<string, ReadonlySet<string> | undefined> = new Map([
  ['when', undefined],
  ['whenever', undefined],
  ['every', new Set(['time'])],
  ['each', new Set(['time'])],
  ['as', new Set(['soon'])],
  ['the', new Set(['moment'])],
]);

/**
 * The first words of a later slot that may be the raising itself rather than the turning away
 * ("brought up", "asked about", "bring us back", "I started on the"): the patterns that hold them
 * read them as the turn ("when the date came up she brought up her holiday"), which only holds
 * where the clause of time opens the sentence.
 */
const RAISING: ReadonlySet<string> = new Set(['bring', 'brings', 'brought', 'bringing', 'ask', 'asks', 'asked', 'asking', 'i']);

/**
 * The fewest words of a main clause under way before the connective ("Jo froze when..."): any two
 * words count, as the later slot being a raising is what says the clause of time is not the turn.
 */
const MAIN_CLAUSE_WORDS = 2;

/** The most words of a raiser between a clause of time's connective and its raising: "when I asked", "when the client asked", "each time my supervisor asked". */
const RAISER_WORDS = 2;

/** Whether the words at `at` open a clause of time. */
function opensTimeClause(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at].word;
  if (!TIME_OPENERS.has(word)) return false;
  const next = TIME_OPENERS.get(word);
  return next === undefined || (at + 1 < tokens.length && next.has(tokens[at + 1].word));
}

/**
 * The token whose subject is a pattern's agent. A pattern that opens with a clause of time ("every
 * time it came near, he switched to...") has its agent in the clause after it (PatternMatcher). But
 * where that clause trails a main clause already under way, with no comma or joining word between,
 * and the later slot is a raising ("Jo talks about her cat whenever I try to bring up the letter",
 * "Jo goes quiet whenever I ask about her dad") or joins the main clause with "and" ("T froze when
 * Cl. mentioned the knife and moved on to the safety plan"), the agent is the main clause's
 * subject, read before the connective: Jo, not I; and "Jo says his son-in-law talks about it
 * whenever he brings it up" is the son-in-law's, someone else's. Where the clause opens the
 * sentence and is only the raising ("When I asked about Maria, he went quiet"), the agent is the
 * main clause's after it (mainClauseAfterRaising). Where the later slot is the turn itself ("I was
 * asking about her dad when she switched to work"), its own subject stays the agent. Indices are
 * the sentence's (`first` is where its tokens start in the block's).
 */
export function agentAt(hit: DescribedHit, tokens: readonly Token[], text: string, first: number): number {
  const subjectAt = hit.subjectAt - first;
  const asked = askedAbout(tokens, subjectAt);
  if (asked !== undefined) return asked;
  const connective = hit.slots[0] - first;
  if (subjectAt === connective || !opensTimeClause(tokens, connective)) return subjectAt;
  const later = hit.slots[2] - first;
  if (!RAISING.has(tokens[later].word) && tokens[later - 1]?.word !== 'and') return subjectAt;
  if (mainClauseBefore(tokens, text, connective)) return connective;
  return mainClauseAfterRaising(tokens, text, later, later - (hit.slots[1] - first)) ?? subjectAt;
}

/**
 * A clause of time that opens its sentence with only the raiser (`raiser` words) between its
 * connective and the raising at `later` ("When I asked about Maria, he went quiet", "Today,
 * whenever the client asks about her dad, ...") turns no one away: the turn is the main clause's
 * after the comma ("he"), not the raiser's ("I"). The token the main clause's subject is read at:
 * its pronoun, else the word after a one-word subject ("Jo went") or a determiner and its noun
 * ("the client went"), the subject being read from the words before it. Undefined where the clause
 * of time holds more than the raiser, or no comma ends it.
 */
function mainClauseAfterRaising(tokens: readonly Token[], text: string, later: number, raiser: number): number | undefined {
  // RAISING holds "i" for a later slot that opens with it ("I started on the"): no raising.
  if (raiser < 1 || raiser > RAISER_WORDS || tokens[later].word === 'i') return undefined;
  for (let i = later + 1; i < tokens.length; i++) {
    if (!opensClause(text, tokens[i - 1].end, tokens[i].start)) continue;
    const after = SUBJECT_PRONOUNS.has(tokens[i].word) ? i : NOUN_OPENERS.has(tokens[i].word) ? i + 2 : i + 1;
    return after < tokens.length ? after : undefined;
  }
  return undefined;
}

/** Whether a main clause of MAIN_CLAUSE_WORDS or more is under way before the connective, with no comma or joining word between ("Jo froze when..."). */
function mainClauseBefore(tokens: readonly Token[], text: string, connective: number): boolean {
  let clauseWords = 0;
  for (let i = connective; i > 0; i--) {
    const before = tokens[i - 1];
    if (opensClause(text, before.end, tokens[i].start) || OPENS_OWN_CLAUSE.has(before.word)) break;
    clauseWords++;
  }
  return clauseWords >= MAIN_CLAUSE_WORDS;
}
