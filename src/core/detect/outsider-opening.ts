import type { Mention, MentionsIn, Who } from './mentions';
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
  // The words are looked at before anyone named in them is looked for: most such sentences name another he or she.
  const names = (word: string): boolean => NOMINATIVE.has(word) || THIRD_PERSON_OBJECTS.has(word);
  for (let i = 1; i < pronounAt; i++) if (names(words[i])) return false;
  const mayOwn = starts[pronounAt] === true;
  if (pronounAt > 0 && names(words[0]) && !(mayOwn && OPENING_OWNERS.has(words[0]))) return false;
  const longest = mentions(words.slice(0, pronounAt), 0);
  const from = mayOwn && ownerOfOpening(words, longest) ? 1 : 0;
  if (from === 0 && pronounAt > 0 && names(words[0])) return false;
  let opening: Who | undefined;
  for (let i = from; i < pronounAt; i++) {
    const mention = longest[i];
    if (!mention) continue;
    if (mention.value !== 'other') return false;
    if (opening === undefined && isSubjectPosition(words, starts, i, mention.value)) opening = mention.value;
  }
  return opening === 'other';
}

/**
 * Whether the sentence opens on a possessive whose noun is someone outside: "Her neighbour",
 * "Jo's sister". The owner is no subject, so it names no one before a pronoun that opens a clause
 * after punctuation, which goes on with the subject before it: "Her neighbour turned down the home
 * help again; she's done for herself since fifteen" is the neighbour's. Inside the clause the owner
 * may be meant: "His probation officer told him one more dirty screen and he'd be back in court".
 */
function ownerOfOpening(words: readonly string[], longest: readonly (Mention | undefined)[]): boolean {
  const owner = words[0];
  if (owner === undefined || !(OPENING_OWNERS.has(owner) || (owner.length > 2 && owner.endsWith("'s")))) return false;
  return longest[1]?.value === 'other' && (longest[0] === undefined || longest[0].end === 1);
}

/** Possessives of a third person that may open a sentence's subject. */
const OPENING_OWNERS = new Set(['her', 'his', 'their']);

/**
 * Whether the words before a "we" in a supervision note tell a scene with someone outside the
 * supervision: someone outside is the subject of a clause before it, and none of the note's people
 * (the supervisor, the supervisee, a client) is. "The service manager opens every team meeting with
 * the same three questions, and we reach the same answer each month": that "we" is the writer with
 * the manager, not the supervision's pair. Not "Priya spent the hour on her sister's wedding before
 * we agreed...": the supervisee is the subject there, and "we" is the pair. Nor where the words name
 * supervision after the outsider: "The safeguarding lead has asked for an update - in sup we rushed".
 * `longest`: the longest mention at each word (SubjectReader.longestMentions).
 */
export function sceneWithOutsider(words: readonly string[], starts: readonly boolean[], longest: readonly (Mention | undefined)[]): boolean {
  let outsiderAt = -1;
  for (let i = 0; i < words.length; i++) {
    const mention = longest[i];
    if (!mention || !isSubjectPosition(words, starts, i, mention.value, true, mention.end)) continue;
    if (mention.value === 'supervisor' || mention.value === 'supervisee' || mention.value === 'client' || mention.value === 'practitioner') return false;
    if (mention.value === 'other' && outsiderAt < 0) outsiderAt = i;
  }
  if (outsiderAt < 0) return false;
  for (let i = outsiderAt; i < words.length; i++) if (SUPERVISION.has(words[i])) return false;
  return true;
}

/** Words naming the supervision itself. */
const SUPERVISION = new Set(['supervision', 'supervisions', 'sup']);
