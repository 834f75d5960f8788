import { SKIPPED_WORDS } from '../model/note';
import { PERSON_RELATIVES } from '../text/relative-pronouns';
import { REPORTING } from '../text/saying-verbs';
import type { MentionsFrom, Who } from './mentions';
import { isSubjectPosition, NOMINATIVE } from './subject-position';

/** Words that open a relative clause set off by a comma after the person it hangs on. */
const RELATIVES: ReadonlySet<string> = new Set(PERSON_RELATIVES);
/** Words that open a description set off by a comma right after someone named: "Jo, the student I took to supervision, ...". */
export const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Heads of a phrase after such a comma that name a topic, not the person: "Jo, the part I find hardest, frankly, is feeling helpless". */
const TOPIC_HEADS: ReadonlySet<string> = new Set(['part', 'thing', 'things', 'issue', 'problem', 'point', 'question', 'bit', 'pattern']);
/** Words after a relative clause's closing comma that join a verb to the sentence's subject: "I rang Jo, whom ..., and took over". */
const JOINS_A_VERB: ReadonlySet<string> = new Set(['and', 'but', 'then', 'or', 'so', 'yet']);

/**
 * The one a relative clause set off by commas hangs on, once the clause has closed before the cue
 * and no subject stands after it: "Pt, who says her mother treated her like a maid, [spent the
 * visit tidying...]" is the patient's doing, not her mother's. So too a description set off by
 * commas right after someone who opens the sentence or a clause ("Jo, the student I took to
 * supervision, [emails me...]"). The clause may close right before the cue, which `starts` then
 * says with its entry past the words (CueHit.starts): "Jo, whom I took to supervision, [emails me]";
 * without that comma the cue is the clause's own ("Jo, who I keep [rescuing]"). Undefined when
 * there is no such clause, or when a pronoun, words left out, a verb of saying or a mention in
 * subject position follows it: the words are then read as usual.
 */
export function relativeClauseAntecedent(words: readonly string[], starts: readonly boolean[], mentionsFrom: MentionsFrom): Who | undefined {
  // Who is named is asked only where a clause may hang on someone: most cues' words hold none.
  let found: Mentions | undefined;
  const mentions = (): Mentions => (found ??= mentionsFrom(0));
  const opener = lastOpener(words, starts, mentions);
  if (opener < 1) return undefined;
  let closed = opener + 2;
  while (closed < words.length && !starts[closed]) closed++;
  if (closed === words.length && starts[words.length] !== true) return undefined;
  for (let i = closed; i < words.length; i++) if (NOMINATIVE.has(words[i]) || words[i] === SKIPPED_WORDS || REPORTING.has(words[i])) return undefined;
  for (let i = closed; i < words.length; i++) {
    const mention = mentions()[i];
    if (mention && isSubjectPosition(words, starts, i, mention.value)) return undefined;
  }
  const antecedent = named(mentions(), opener);
  // "I rang Jo, whom I hadn't heard from, and [took over the call]": after a clause hanging on an
  // object, a verb joined with "and" goes on with the sentence's subject.
  if (antecedent && closed < words.length && JOINS_A_VERB.has(words[closed]) && !isSubjectPosition(words, starts, antecedent.start, antecedent.value)) return undefined;
  return antecedent?.value;
}

type Mentions = readonly ({ end: number; value: Who } | undefined)[];

/** The mention ending right before `at`, with where it starts. */
function named(mentions: Mentions, at: number): { start: number; value: Who } | undefined {
  for (let start = Math.max(0, at - 4); start < at; start++) {
    const mention = mentions[start];
    if (mention?.end === at) return { start, value: mention.value };
  }
  return undefined;
}

/**
 * The last word after a comma that opens a relative clause, or a description right after someone
 * named who opens the sentence or a clause: "I rang Jo, the day I heard, ..." describes no one (Jo
 * opens nothing), and "Jo, who I saw on Tuesday, the day after her birthday, ..." passes "the day"
 * by for the relative clause before it. -1 for none.
 */
function lastOpener(words: readonly string[], starts: readonly boolean[], mentions: () => Mentions): number {
  for (let i = words.length - 2; i >= 1; i--) {
    if (!starts[i]) continue;
    if (RELATIVES.has(words[i])) return i;
    if (!APPOSITION_OPENERS.has(words[i]) || TOPIC_HEADS.has(words[i + 1])) continue;
    const before = named(mentions(), i);
    if (before && starts[before.start]) return i;
  }
  return -1;
}
