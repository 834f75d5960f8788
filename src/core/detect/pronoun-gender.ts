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
  const first = words.length > 1 && starts[1] && isSectionLabel(words[0]) ? 1 : 0;
  const possessive = GENDER.get(words[first]);
  const pronoun = GENDER.get(words[pronounAt]);
  if (possessive === undefined || pronoun === undefined || possessive === pronoun || pronounAt < first + 2) return undefined;
  return first + 1;
}
