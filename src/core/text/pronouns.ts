/** Subject pronouns as the tokenizer gives them (lower case; contractions are one word: "she's"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Object pronouns: "asked her what", "told him he". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'them', 'us']);

/** Pronouns only ever objects: "her" may be a possessive too ("her chord"). */
export const OBJECT_ONLY_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'them', 'us']);

/** A pronoun without its contraction, as the tokenizer keeps it whole: "she'd" is "she", "i'm" is "i". */
export function withoutContraction(word: string): string {
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 ? word.slice(0, apostrophe) : word;
}
