import type { Mention, Who } from './mentions';
import { APPOSITION_OPENERS } from './relative-clause';

/**
 * Who a noun phrase of someone outside describes, when it stands in apposition to one of the note's
 * people opening the sentence: right after their name and a comma, opened by an article, with no
 * "and" or "or" after it to make it an item of a list. "Noeleen, the sergeant I took to supervision,
 * describes the stabbing like a notebook entry" is Noeleen's, not the sergeant's: they are one
 * person. Not "Noeleen, a sergeant and I met", a list of three. `longest`: the longest mention at
 * each word (SubjectReader.longestMentions); `at`: where the mention of the one outside starts.
 * A description whose closing comma the words still show is relativeClauseAntecedent's
 * (relative-clause.ts); this reads one whose close lies in words left out before the cue.
 */
export function appositiveOf(words: readonly string[], starts: readonly boolean[], at: number, longest: readonly (Mention | undefined)[]): Who | undefined {
  // The phrase opens with an article after the name: "the sergeant", "a nurse". Not a possessive,
  // which after a name set as a label is someone else's: "Priya: her manager [has been sharp]".
  let phrase = at;
  while (phrase > 0 && !starts[phrase]) phrase--;
  if (phrase < 1 || !APPOSITION_OPENERS.has(words[phrase])) return undefined;
  // The name opens the sentence and ends where the phrase starts.
  const named = longest[0];
  if (named?.end !== phrase || named.value === 'other') return undefined;
  for (let k = at + 1; k < words.length && !starts[k]; k++) if (words[k] === 'and' || words[k] === 'or') return undefined;
  return named.value;
}
