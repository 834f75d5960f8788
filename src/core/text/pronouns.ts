/** Subject pronouns as the tokenizer gives them (lower case; contractions are one word: "she's"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
