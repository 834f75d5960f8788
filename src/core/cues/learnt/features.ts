/**
 * The features the learnt sentence reader reads (cues/learnt/sentence-model.ts): each word, each
 * pair of neighbouring words, and whether a negation stands anywhere in the sentence. One function
 * for the trainer (scripts/sentence-model-training.ts) and the reader, so that what was learnt is read
 * from the same words it was learnt from. Words are the tokenizer's (lower case, apostrophes
 * straightened, contractions whole).
 */

/** The feature's key as the trainer writes it: a word, or a pair joined by a space. */
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
