/**
 * Words that may name a client: capitalised or holding a digit (`Sam`, `C-014`, `2026-02-03`), the
 * way codes, names and aliases are written. Lower-cased, each once, space-joined: compact enough to
 * keep with every cue hit of a supervision note. A client written all in lower case is not found.
 * `supervisor` is kept however written: "my supervisor" names one of the supervision's people as a
 * name does, so that a paragraph about a client is known to speak of the supervisor too.
 */
export function caseWords(text: string): string {
  if (text === '') return '';
  const seen = new Set<string>();
  addCaseWords(text, seen);
  return seen.size > MAX_CASE_WORDS ? '' : [...seen].join(' ');
}

/**
 * More distinct names and codes than a sentence, a paragraph or a heading of notes holds: too many
 * to tell whose it is, so it names no one (its sentences count for every client discussed, with
 * less weight). Unbounded, a pasted wall of text kept every name before each of its cues, a cost
 * that grew with the square of its length (650 KB of one paragraph ran out of memory).
 */
export const MAX_CASE_WORDS = 200;

/** Adds the case words of `text` to `seen` (caseWords, without joining them). */
export function addCaseWords(text: string, seen: Set<string>): void {
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(POSSESSIVE_END, '');
    if (word.length < 2 && !/\d/.test(word)) continue; // `I`, `A`
    const lower = word.toLowerCase();
    if (!/[\p{Lu}\d]/u.test(word[0]) && !/\d/.test(word) && lower !== SUPERVISOR_WORD) continue;
    seen.add(lower);
  }
}

/** The role word kept among the case words (its plural or possessive is not). */
export const SUPERVISOR_WORD = 'supervisor';
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** `Sam's` names Sam; a trailing hyphen or apostrophe is punctuation. */
const POSSESSIVE_END = /(?:['’]s|['’-]+)$/u;

/** Whether every word of a name is among a text's case words (a name of several words may be split). */
export function namesIn(words: ReadonlySet<string>, name: string): boolean {
  const parts = name.toLowerCase().split(/\s+/).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => words.has(p));
}
