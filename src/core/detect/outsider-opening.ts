import type { MentionsIn, Who } from './mentions';
import { isSubjectPosition, NOMINATIVE } from './subject-position';

/** Words that mention a third person other than as a subject: a sentence holding one may speak of the client. */
const THIRD_PERSON_OBJECTS = new Set(['her', 'his', 'him', 'hers', 'their', 'them', 'theirs']);

/**
 * Whether the he or she at `pronounAt` is the one outside the relationships the sentence opens
 * with as its subject, naming no one else before the pronoun (none of the note's people, no other
 * he, she, her or his): "The course director told the cohort another trainee was the most gifted
 * she [had ever had]" is the director's, not the client's.
 */
export function openedByOutsider(words: readonly string[], starts: readonly boolean[], pronounAt: number, mentions: MentionsIn): boolean {
  for (let i = 0; i < pronounAt; i++) if (NOMINATIVE.has(words[i]) || THIRD_PERSON_OBJECTS.has(words[i])) return false;
  const longest = mentions(words.slice(0, pronounAt), 0);
  let opening: Who | undefined;
  for (let i = 0; i < pronounAt; i++) {
    const mention = longest[i];
    if (!mention) continue;
    if (mention.value !== 'other') return false;
    if (opening === undefined && isSubjectPosition(words, starts, i, mention.value)) opening = mention.value;
  }
  return opening === 'other';
}
