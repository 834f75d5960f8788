/** Types for generate-word-forms.mjs, which tests import. */
export const TAXONOMY: string;
export const WORDS_KEY: string;
export function taxonomyWords(text: string): string[];
export function wordsHash(words: readonly string[]): string;
