import { isSectionLabel } from '../text/section-labels';
import { VERB_LIKE } from './clauses';
import type { Mention } from './mentions';
import { owns } from './subject-position';

/** The gender a possessive or a subject pronoun gives, contracted or not ("she'd"). */
export const GENDER: ReadonlyMap<string, 'f' | 'm'> = new Map<string, 'f' | 'm'>([
  ['her', 'f'],
  ['his', 'm'],
  ...['she', "she's", "she'd", "she'll"].map((w): [string, 'f'] => [w, 'f']),
  ...['he', "he's", "he'd", "he'll"].map((w): [string, 'm'] => [w, 'm']),
]);

/**
 * Where the noun after a sentence's opening possessive starts, when that possessive and the he or
 * she at `pronounAt` differ in gender ("His probation officer told him … she'd have him back", "Her
 * da rang … saying he has tried everything"): in a session note the possessive is the client's, so
 * the pronoun is whoever that noun names. A section label before the sentence ("S: His…") is read
 * past. Undefined when the genders agree or either is missing.
 */
export function otherGenderNoun(words: readonly string[], starts: readonly boolean[], pronounAt: number): number | undefined {
  const first = words.length > 1 && starts[1] && isSectionLabel(words[0]) ? 1 : 0;
  const possessive = GENDER.get(words[first]);
  const pronoun = GENDER.get(words[pronounAt]);
  if (possessive === undefined || pronoun === undefined || possessive === pronoun || pronounAt < first + 2) return undefined;
  return first + 1;
}

/**
 * Where the client's possessive first stands after the client is named as the sentence's subject
 * (`nameEnd`: the word after the name), when the he or she at `pronounAt` is of the other gender:
 * "Bronwen spoke about her ex-husband, who spent years sighing that he [had tried everything]".
 * Named, the client is the one the first his or her after the name belongs to; so a pronoun of the
 * other gender later is someone else (otherGender asks for an outsider between). Not a he or she
 * first: "Pt states that when she leaves for her night shifts, he" may be about the client's partner
 * named in a sentence before. Undefined when the genders agree or no his or her follows the name
 * before any he or she.
 */
export function clientGenderAt(words: readonly string[], nameEnd: number, pronounAt: number): number | undefined {
  const pronoun = GENDER.get(words[pronounAt]);
  if (pronoun === undefined) return undefined;
  for (let i = nameEnd; i < pronounAt; i++) {
    const gender = GENDER.get(words[i]);
    if (gender === undefined) continue;
    return gender === pronoun || !POSSESSIVES.has(words[i]) ? undefined : i;
  }
  return undefined;
}

const POSSESSIVES = new Set(['his', 'her']);

/**
 * Whether the he or she at `pronounAt` is someone outside, in a session note that names the client
 * as its opening subject ("Bronwen spoke about her ex-husband, who ... he"), not as a possessive
 * ("Jo's brother said he"): the first his or her after the name is the client's (clientGenderAt),
 * and a he or she of the other gender after someone outside, right before the cue or its
 * auxiliaries ("he had [tried everything]"), is that outsider. Not one further back, whose clause
 * may end before the cue ("took the leave he offered, and came back"). The outsider is the client's
 * own ("her ex-husband"), one person, not a family or colleagues: in "Sam said that after she phoned
 * his manager, he", he is Sam.
 * `mentions`: the longest mention at each word before the pronoun, asked for only when needed.
 */
export function outsiderAfterClient(words: readonly string[], starts: readonly boolean[], pronounAt: number, mentions: () => readonly (Mention | undefined)[]): boolean {
  for (let i = pronounAt + 1; i < words.length; i++) if (!VERB_LIKE.has(words[i])) return false;
  const first = words.length > 1 && starts[1] && isSectionLabel(words[0]) ? 1 : 0;
  if (pronounAt < first + 3) return false;
  const before = mentions();
  const name = before[first];
  if (name?.value !== 'client' || owns(words, name.end - 1)) return false;
  const genderAt = clientGenderAt(words, name.end, pronounAt);
  if (genderAt === undefined) return false;
  for (let i = name.end; i < genderAt; i++) if (before[i] !== undefined) return false;
  for (let i = genderAt + 1; i < pronounAt; i++) {
    const mention = before[i];
    if (mention?.value !== 'other' || !clientsOwn(words, i, words[genderAt])) continue;
    if (!plural(words[mention.end - 1])) return true;
  }
  return false;
}

/**
 * Whether the outsider at `at` is introduced by the client's own possessive, right before it or one
 * word before ("her previous counsellor"): in "Jo texted her before the meeting with the boss and
 * he", her is someone Jo texted, and he is Jo.
 */
function clientsOwn(words: readonly string[], at: number, possessive: string): boolean {
  return words[at - 1] === possessive || (at >= 2 && words[at - 2] === possessive);
}

/** Nouns for more than one person: "Jo met her parents and he..." is about Jo's partner, not the parents. */
const COLLECTIVE = new Set(['family', 'team', 'children', 'people', 'staff', 'household', 'crew', 'group', 'class', 'folk', 'in-laws']);

/** Whether a noun names more than one person: a collective, or a plural in -s ("colleagues"), not "boss" or "Jo's". */
function plural(noun: string): boolean {
  return COLLECTIVE.has(noun) || (noun.endsWith('s') && !noun.endsWith('ss') && !noun.endsWith("'s"));
}

/**
 * In a session note, whether a he or she of the other gender from the client's possessive, with
 * someone outside named between, is that outsider: the possessive opening the sentence, or the
 * first after the client's name. `mentions(from)`: the longest mention at each word before the
 * pronoun, read from `from`.
 */
export function otherGender(words: readonly string[], starts: readonly boolean[], pronounAt: number, mentions: (from: number) => readonly (Mention | undefined)[]): boolean {
  const noun = otherGenderNoun(words, starts, pronounAt);
  if (noun !== undefined) return mentions(noun)[noun]?.value === 'other';
  return outsiderAfterClient(words, starts, pronounAt, () => mentions(0));
}
