/**
 * The features the learnt sentence reader reads (cues/learnt/sentence-model.ts): each word, its
 * stem (stemKey), each pair of neighbouring words, and whether a negation stands anywhere in the
 * sentence. One function for the trainer (scripts/sentence-model-training.ts) and the reader, so
 * that what was learnt is read from the same words it was learnt from. Words are the tokenizer's
 * (lower case, apostrophes straightened, contractions whole).
 */

/** The feature's key as the trainer writes it: a word, a stem key ("=phon"), or a pair joined by a space. */
export type FeatureKey = string;

/** The feature standing for a negation anywhere in the sentence. */
export const NEGATION_FEATURE = '<not>';

/**
 * Each feature of the words [first, last), as many times as it occurs, with the token where it
 * starts: `visit(word)` for a word, `visit(word, next)` for a pair. Returns whether `negation` holds
 * for any word: the caller counts the negation feature once then.
 */
export function visitFeatures(
  words: readonly string[],
  first: number,
  last: number,
  negation: (word: string) => boolean,
  visit: (at: number, word: string, next?: string) => void,
): boolean {
  let negated = false;
  for (let i = first; i < last; i++) {
    const word = words[i];
    visit(i, word);
    const stem = stemKey(word);
    if (stem !== undefined) visit(i, stem);
    if (i + 1 < last) visit(i, word, words[i + 1]);
    negated ||= negation(word);
  }
  return negated;
}

/** The trainer's keys of the features of some words (with the negation feature when one stands there). */
export function featureKeys(words: readonly string[], negation: (word: string) => boolean): FeatureKey[] {
  const keys: FeatureKey[] = [];
  const negated = visitFeatures(words, 0, words.length, negation, (_, word, next) => keys.push(next === undefined ? word : `${word} ${next}`));
  if (negated) keys.push(NEGATION_FEATURE);
  return keys;
}

/** Stem keys start with this, which no word does: "=phon" for "phoned", "phoning", "phones". */
export const STEM_PREFIX = '=';

/** The key the trainer gives a word's stem ("=phon" for "phoned"), or undefined where it has none (stemOf). */
export function stemKey(word: string): string | undefined {
  const stem = stemOf(word);
  return stem === undefined ? undefined : STEM_PREFIX + stem;
}

/**
 * A word's stem, shared by its regular forms ("phone", "phoned", "phoning" and "phones" are all
 * "phon"): a regular inflection and a final "e" stripped and a doubled last letter undone, crude but
 * the same for each form, so the trainer learns a weight for the family and a form the training
 * sentences never wrote weighs as its family does. Undefined for a word of fewer than four letters,
 * or with anything but a to z. The reader works it out for every word it reads: a new string only
 * where something is stripped, dropped at once.
 */
export function stemOf(word: string): string | undefined {
  const n = word.length;
  if (n < 4) return undefined;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return undefined;
  }
  if (word.endsWith('ied') || word.endsWith('ies')) return n - 3 >= 2 ? `${word.slice(0, n - 3)}y` : undefined;
  let end = n;
  if (word.endsWith('ing')) end -= 3;
  else if (word.endsWith('ed') || word.endsWith('es')) end -= 2;
  else if (word.endsWith('s') && !word.endsWith('ss')) end -= 1;
  if (word.charCodeAt(end - 1) === E) end--;
  const last = word.charCodeAt(end - 1);
  if (end >= 2 && last === word.charCodeAt(end - 2) && last !== L && last !== S && last !== Z) end--;
  if (end < 3) return undefined;
  return end === n ? word : word.slice(0, end);
}

const E = 'e'.charCodeAt(0);
const L = 'l'.charCodeAt(0);
const S = 's'.charCodeAt(0);
const Z = 'z'.charCodeAt(0);
