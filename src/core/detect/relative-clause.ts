import { SKIPPED_WORDS } from '../model/note';
import { REPORTING } from './clauses';
import type { MentionsFrom, Who } from './mentions';
import { isSubjectPosition, NOMINATIVE } from './subject-position';

/**
 * The one a relative clause set off by commas hangs on, once the clause has closed before the cue
 * and no subject stands after it: "Pt, who says her mother treated her like a maid, [spent the
 * visit tidying...]" is the patient's doing, not her mother's. Undefined when there is no such
 * clause, or when a pronoun, words left out, a verb of saying or a mention in subject position
 * follows it: the words are then read as usual.
 */
export function relativeClauseAntecedent(words: readonly string[], starts: readonly boolean[], mentionsFrom: MentionsFrom): Who | undefined {
  const who = words.lastIndexOf('who', words.length - 3);
  if (who < 1 || !starts[who]) return undefined;
  let closed = who + 2;
  while (closed < words.length && !starts[closed]) closed++;
  if (closed >= words.length) return undefined;
  for (let i = closed; i < words.length; i++) if (NOMINATIVE.has(words[i]) || words[i] === SKIPPED_WORDS || REPORTING.has(words[i])) return undefined;
  const mentions = mentionsFrom(Math.max(0, who - 4));
  for (let i = closed; i < words.length; i++) {
    const mention = mentions[i];
    if (mention && isSubjectPosition(words, starts, i, mention.value)) return undefined;
  }
  return mentions.find((m) => m?.end === who)?.value;
}
