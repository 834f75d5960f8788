/** Common past forms that do not end in -ed (and are not also present forms, as put, set and let are). */
const IRREGULAR_PAST = new Set(['went', 'said', 'told', 'took', 'gave', 'made', 'kept', 'left', 'sat', 'came', 'got', 'brought', 'sent', 'spent', 'stood', 'held', 'felt', 'found', 'ran', 'rang', 'began', 'wrote', 'drove', 'threw', 'fell', 'broke', 'chose', 'spoke', 'thought', 'knew', 'saw', 'paid', 'met']);

/** Whether a word is a verb's past form: one ending in -ed past four letters ("need" is none), or a common irregular one. */
export function isPastForm(word: string): boolean {
  return (word.length > 4 && word.endsWith('ed')) || IRREGULAR_PAST.has(word);
}
