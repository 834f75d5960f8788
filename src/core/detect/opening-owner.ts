import { PhraseIndex } from '../cues/phrases';
import { ROLE_PHRASES, type Mention, type Who } from './mentions';

/**
 * The practitioner's role with no article, opening a sentence, as clinical notes name their writer:
 * "Clinician gave pt her personal cell number", "Therapist reflected back". Anywhere else it may be
 * someone else ("a fellow clinician", "her last therapist"), as mentions.ts's ROLE_PHRASES say.
 */
const BARE_ROLES = new Set(['clinician', 'therapist', 'counsellor', 'counselor']);

let shorthand: PhraseIndex<Who> | undefined;

/** The possessives of people's phrases: "Jo's", "Sam Reed's". */
export function ownersIndex(phrases: Iterable<readonly [string, Who]>): PhraseIndex<Who> {
  const index = new PhraseIndex<Who>(0);
  for (const [phrase, who] of phrases) index.add(`${phrase}'s`, who);
  return index;
}

/** The possessives of the people named by their roles ("T's", "the clinician's", "my supervisor's", "Therapist's"), made once. */
export function shorthandOwners(): PhraseIndex<Who> {
  return (shorthand ??= ownersIndex([...ROLE_PHRASES, ...[...BARE_ROLES].map((role) => [role, 'practitioner'] as const)]));
}

/** The most words an owner's possessive takes: a name of three words. */
const OWNER_WORDS = 4;

/**
 * Puts in `longest[0]` the practitioner's bare role (BARE_ROLES) or the possessive of one of the
 * note's people that opens the words, where no longer mention starts there: "T's challenge to Cl.
 * came out cold and clipped", "Jo's voice went flat", "The clinician's reply was curt". What the
 * owner's voice, challenge or heart does is the owner's, as after "my"; the tokenizer keeps "Jo's"
 * as one word, which the note's names do not match. Not when what is owned is someone outside ("Jo's dad lists everything she gets wrong" is
 * the dad's: `longest` already holds the mentions after), nor past the opening ("I presented
 * Mereana's plan" is no act of hers). `longest` is the longest mention at each word; `owners`, the
 * indexes of possessives, asked for only when a possessive opens the words.
 */
export function openingOwner(words: readonly string[], owners: () => readonly PhraseIndex<Who>[], longest: (Mention | undefined)[]): void {
  if (longest[0] === undefined && BARE_ROLES.has(words[0])) longest[0] = { end: 1, value: 'practitioner' };
  let possessive = false;
  for (let i = 0; i < OWNER_WORDS - 1 && i < words.length; i++) possessive ||= words[i].endsWith("'s");
  if (!possessive) return;
  const opening = words.slice(0, OWNER_WORDS);
  const found = new Array<Mention | undefined>(opening.length);
  for (const index of owners()) index.longestInto(opening, 0, found);
  const owner = found[0];
  if (owner === undefined || (longest[0] !== undefined && longest[0].end >= owner.end) || longest[owner.end]?.value === 'other') return;
  longest[0] = owner;
}
