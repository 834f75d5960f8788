import { NOUN_OPENERS } from '../text/noun-openers';
import { DAY_NAMES } from '../text/calendar-words';
import { OBJECT_PRONOUNS } from '../text/pronouns';
import { VERB_LIKE } from './clauses';
import type { Mention, Who } from './mentions';

// Someone else of one of the relationships' roles: "another client", "the cover supervisor",
// "Ann's other supervisee", "the client before her". Read beside the note's own names, which a
// role word alone would otherwise stand for (mentions.ts, SubjectReader.longestMentions).

/** Words that make a role someone else of that role: "another client", "previous supervisee", "prev. Cl.", "former supervisor". */
const ANOTHER_OF = new Set(['another', 'previous', 'prev', 'former']);
/**
 * Words that do the same only after a determiner or a possessive ("the other client", "my next
 * client", "a different supervisee"): alone they also open a clause ("Next, client refused...", "on
 * the other, client...").
 */
const ANOTHER_AFTER_DETERMINER = new Set(['other', 'next', 'last', 'earlier', 'different', 'cover', 'locum', 'stand-in', 'interim', 'temporary', 'relief', 'substitute']);
/** Roles of supervision that "a" or "an" makes someone else ("Ann described a supervisee who..."): the note's own are "I", "my supervisor" or named. Not a client, whom a supervision note may bring unnamed ("I brought a client who..."). */
const SUPERVISION_ROLES = new Set(['supervisee', 'supervisees', 'supervisor', 'supervisors']);
/**
 * The roles of the relationships a note is about: a session's client, a supervision's supervisee
 * and supervisor (a supervision note names the clients it discusses). Not a therapist or a coach,
 * whom no reading takes for the note's people: "her previous therapist was useless" stays a
 * judgement the client makes.
 */
const ROLE_NOUNS = new Set(['client', 'clients', 'cl', 'clt', 'pt', 'patient', 'patients', 'supervisee', 'supervisees', 'supervisor', 'supervisors']);
/** Verbs that say what the role is, not who acts: "Bex is another client who pushes back" is Bex. */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'becomes', 'became', 'seems', 'seemed']);
/** Words before "a" that say what someone's role is, as copulas do: "I'm a supervisee who jumps in", "works as a relief supervisor". */
const SAYS_WHO = new Set([...COPULAS, 'am', "i'm", "he's", "she's", "they're", "we're", 'as']);

/** Whether one of the note's people is named right before `at`: "Ann, a supervisor who always jumps in" is Ann. */
function namedBefore(longest: readonly (Mention | undefined)[], at: number): boolean {
  for (let j = Math.max(0, at - 4); j < at; j++) {
    const mention = longest[j];
    if (mention?.end === at && mention.value !== 'other') return true;
  }
  return false;
}

/** Words of time whose possessive owns no one: "Friday's last client" is the client seen last on Friday. */
const TIME_OWNERS = new Set([...DAY_NAMES, 'today', 'yesterday', 'tomorrow', 'tonight', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'day', 'session']);

/** Whether a word is someone's possessive ("Ann's"), not a time's ("today's"). */
function ownersPossessive(word: string): boolean {
  return word.endsWith("'s") && !TIME_OWNERS.has(word.slice(0, -2));
}

/**
 * "Another client rang late", "the previous supervisee overran", "my former supervisor": someone
 * else of a role, not the note's person of it. Marked at the word before the role, ending after it,
 * and the mention of the role word itself taken away, so that no reading finds the note's person
 * there. Not where a clause opens on the role (`starts`: "Next, client refused"), nor where a copula
 * just before says who the role is ("Bex is yet another client who...").
 */
export function othersOfRole(words: readonly string[], from: number, longest: (Mention | undefined)[], starts?: readonly boolean[]): void {
  for (let i = from; i + 1 < words.length; i++) {
    if (!ROLE_NOUNS.has(words[i + 1]) || longest[i] || starts?.[i + 1]) continue;
    const word = words[i];
    const indefinite = (word === 'a' || word === 'an') && SUPERVISION_ROLES.has(words[i + 1]) && !namedBefore(longest, i);
    if (!indefinite && !ANOTHER_OF.has(word) && !(ANOTHER_AFTER_DETERMINER.has(word) && i > 0 && (NOUN_OPENERS.has(words[i - 1]) || ownersPossessive(words[i - 1])))) continue;
    if ((i >= 1 && COPULAS.has(words[i - 1])) || (i >= 2 && COPULAS.has(words[i - 2]))) continue;
    // "I'm a supervisee who", "works as a relief supervisor": what someone is, said with "a".
    if ((indefinite && i >= 1 && SAYS_WHO.has(words[i - 1])) || (i >= 2 && (words[i - 1] === 'a' || words[i - 1] === 'an') && SAYS_WHO.has(words[i - 2]))) continue;
    longest[i] = { end: i + 2, value: 'other' };
    longest[i + 1] = undefined;
  }
  rolesPlacedInTime(words, from, longest);
}

/** Words that place "the client before him" in time: whoever came before or after the one named. */
const RELATIVE_IN_TIME = new Set(['before', 'after', 'ahead']);
const RELATIONSHIP_ROLES: ReadonlySet<Who> = new Set<Who>(['client', 'supervisee', 'supervisor']);

/**
 * "The client before her overran", "the client ahead of him", "the supervisee after me": a role
 * placed in time against someone is someone else of that role. "Her" only where nothing follows it
 * but a verb: in "the client before her session" it is the client's own.
 */
function rolesPlacedInTime(words: readonly string[], from: number, longest: (Mention | undefined)[]): void {
  for (let i = from + 1; i + 1 < words.length; i++) {
    if (!RELATIVE_IN_TIME.has(words[i])) continue;
    const at = words[i] === 'ahead' && words[i + 1] === 'of' ? i + 2 : i + 1;
    const pronoun = words[at];
    if (!OBJECT_PRONOUNS.has(pronoun)) continue;
    if (pronoun === 'her' && at + 1 < words.length && !VERB_LIKE.has(words[at + 1]) && !words[at + 1].endsWith('ed')) continue;
    for (let j = Math.max(from, i - 2); j < i; j++) {
      const role = longest[j];
      if (role?.end === i && RELATIONSHIP_ROLES.has(role.value)) longest[j] = { end: at + 1, value: 'other' };
    }
  }
}
