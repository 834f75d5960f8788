import { isSectionLabel } from '../text/section-labels';

/** The gender a possessive or a subject pronoun gives, contracted or not ("she'd"). */
const GENDER = new Map<string, 'f' | 'm'>([
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
  const first = opening(words, starts);
  const possessive = GENDER.get(words[first]);
  const pronoun = GENDER.get(words[pronounAt]);
  if (possessive === undefined || pronoun === undefined || possessive === pronoun || pronounAt < first + 2) return undefined;
  return first + 1;
}

/**
 * Where the sentence's first he, she, his or her stands, when it differs in gender from the he or
 * she at `pronounAt` ("Fenella said that when she mentioned the termination to her GP, he asked…"):
 * in a session note that first one is the client's when no one outside comes before it, so the
 * pronoun is someone else's. Undefined when the genders agree or either is missing.
 */
export function firstOtherGender(words: readonly string[], starts: readonly boolean[], pronounAt: number): number | undefined {
  const pronoun = GENDER.get(words[pronounAt]);
  if (pronoun === undefined) return undefined;
  for (let i = opening(words, starts); i < pronounAt - 1; i++) {
    const gender = GENDER.get(words[i]);
    if (gender !== undefined) return gender === pronoun ? undefined : i;
  }
  return undefined;
}

/** Where the sentence's own words start: past a section label ("S: His…"). */
function opening(words: readonly string[], starts: readonly boolean[]): number {
  return words.length > 1 && starts[1] && isSectionLabel(words[0]) ? 1 : 0;
}
