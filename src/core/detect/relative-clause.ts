import { SKIPPED_WORDS } from '../model/note';
import { REPORTING } from './clauses';
import type { MentionsFrom, Who } from './mentions';
import { isSubjectPosition, NOMINATIVE } from './subject-position';

/** Words that open a relative clause set off by a comma after the one it hangs on. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);
/** Words that open a description set off by a comma: "Jo, the student I took to supervision, ...". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Words that join the cue to the clause before it: the cue is then that clause's own ("whom I saw and rang"). */
const JOINING: ReadonlySet<string> = new Set(['and', 'or', 'then', 'but']);
/** The most words between a clause's opener and its own subject: "whose case I", "the signaller I". */
const TO_OWN_SUBJECT = 3;

/**
 * The one a relative clause set off by commas hangs on, once the clause has closed before the cue
 * and no subject stands after it: "Pt, who says her mother treated her like a maid, [spent the
 * visit tidying...]" is the patient's doing, not her mother's. Undefined when there is no such
 * clause, or when a pronoun, words left out, a verb of saying or a mention in subject position
 * follows it: the words are then read as usual.
 *
 * A clause still open at the cue with a subject and verb of its own ("Jo, whom I took to
 * supervision, [rang me...]", "Jo, whose case I brought..., ", "Jo, the student I discussed
 * in supervision, ") hangs on the one before it too: the cue words only show the comma that
 * closed it by the cue coming after, and its subject already has a verb.
 */
export function relativeClauseAntecedent(words: readonly string[], starts: readonly boolean[], mentionsFrom: MentionsFrom): Who | undefined {
  const opener = lastOpener(words, starts);
  if (opener < 1) return undefined;
  let closed = opener + 2;
  while (closed < words.length && !starts[closed]) closed++;
  if (closed >= words.length) return openClauseAntecedent(words, starts, opener, mentionsFrom);
  if (!RELATIVES.has(words[opener])) return undefined;
  for (let i = closed; i < words.length; i++) if (NOMINATIVE.has(words[i]) || words[i] === SKIPPED_WORDS || REPORTING.has(words[i])) return undefined;
  const mentions = mentionsFrom(Math.max(0, opener - 4));
  for (let i = closed; i < words.length; i++) {
    const mention = mentions[i];
    if (mention && isSubjectPosition(words, starts, i, mention.value)) return undefined;
  }
  return mentions.find((m) => m?.end === opener)?.value;
}

/** The last word after a comma that opens a relative clause, or a description after someone named; -1 for none. */
function lastOpener(words: readonly string[], starts: readonly boolean[]): number {
  for (let i = words.length - 3; i >= 1; i--) {
    if (starts[i] && (RELATIVES.has(words[i]) || APPOSITION_OPENERS.has(words[i]))) return i;
  }
  return -1;
}

/**
 * The one named before a clause still open at the cue whose own subject, a pronoun within a few
 * words of its opener, already has its verb: undefined when the clause has none, when the cue joins
 * it ("and"), when no one is named right before it, or when words were left out.
 */
function openClauseAntecedent(words: readonly string[], starts: readonly boolean[], opener: number, mentionsFrom: MentionsFrom): Who | undefined {
  const last = words.length - 1;
  if (JOINING.has(words[last])) return undefined;
  let own = -1;
  for (let i = opener + 1; i <= Math.min(last - 1, opener + TO_OWN_SUBJECT); i++) {
    if (NOMINATIVE.has(words[i])) {
      own = i;
      break;
    }
  }
  if (own < 0) return undefined;
  for (let i = own + 1; i <= last; i++) if (NOMINATIVE.has(words[i]) || words[i] === SKIPPED_WORDS || REPORTING.has(words[i])) return undefined;
  // The one named opens the sentence or its clause: "I rang Jo, the day I heard, ..." is mine.
  const mentions = mentionsFrom(Math.max(0, opener - 4));
  const at = mentions.findIndex((m) => m?.end === opener);
  return at >= 0 && starts[at] ? mentions[at]?.value : undefined;
}
