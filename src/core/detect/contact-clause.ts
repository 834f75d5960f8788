import { SKIPPED_WORDS } from '../model/note';
import { CLAUSE_STARTERS } from './clauses';
import type { MentionsFrom } from './mentions';
import { POSSESSIVES } from './subject-position';

/** The most words of a clause hanging on a noun with no "who" or "that" ("I meet with monthly"). */
const CONTACT_CLAUSE_WORDS = 4;

/**
 * Whether "I" or "we" at `pronounAt` opens a clause hanging on the subject before it, someone
 * outside who opens the sentence, with no "who" (or with "whom" or "that"): "A counsellor I mentor
 * [messages me after every session]", "A trainee I line-manage [left out of her notes...]", "A
 * colleague whom I supervise [keeps messaging me]". The cue after its few words is that person's.
 * Not after a comma ("Jaycee, the student I took to supervision, ran..." is Jaycee's) nor after a
 * verb ("I told my colleague I [had...]" is mine).
 */
export function contactClause(words: readonly string[], starts: readonly boolean[], pronounAt: number, mentions: MentionsFrom): boolean {
  const who = words[pronounAt];
  if ((who !== 'i' && who !== 'we') || words.length - pronounAt > CONTACT_CLAUSE_WORDS + 1) return false;
  for (let k = pronounAt + 1; k < words.length; k++) if (starts[k] || words[k] === SKIPPED_WORDS || CLAUSE_STARTERS.has(words[k])) return false;
  const nounEnd = pronounAt > 1 && (words[pronounAt - 1] === 'whom' || words[pronounAt - 1] === 'that') ? pronounAt - 1 : pronounAt;
  const longest = mentions(Math.max(0, nounEnd - 4));
  let at = longest.findIndex((m) => m?.end === nounEnd);
  if (at < 0 || longest[at]!.value !== 'other') return false;
  while (at > 0 && POSSESSIVES.has(words[at - 1])) at--;
  return at === 0;
}
