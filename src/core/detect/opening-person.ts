import type { Mention, Who } from './mentions';
import { isSubjectPosition } from './subject-position';

/**
 * The one of a supervision's people (supervisor, supervisee, a client) who opens the sentence as its
 * subject, whom a he or she further on most likely is where the sentence names more than one: "My
 * supervisor insisted I discharge Callum this month, and when I gave my reasons she repeated the
 * instruction louder". Only the sentence's first words: one named after a clause opens ("When my
 * supervisor asked the school psychologist..., she answered") or after the writer's own "I" is no
 * surer than any other.
 */
export function openingPerson(words: readonly string[], starts: readonly boolean[], mentions: readonly (Mention | undefined)[]): Who | undefined {
  const opening = mentions[0];
  if (opening === undefined) return undefined;
  const who = opening.value;
  if (who !== 'supervisor' && who !== 'supervisee' && who !== 'client') return undefined;
  return isSubjectPosition(words, starts, 0, who, true, opening.end) ? who : undefined;
}
