import type { CueHit } from '../model/note';
import { labelLength } from '../text/section-labels';
import type { Token } from '../text/tokens';

/** The most words after a cue that opens its sentence among which its subject is looked for: "[for the fifth] week running Dimitrios went". */
const SUBJECT_AFTER_WORDS = 5;

/** Subject pronouns, which a cue may open with: with one, the cue has its subject (contractions read by their pronoun). */
const PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Words that open a clause or phrase of their own: past one, the words are no longer the subject of the main clause. */
const PHRASE_OPENERS = new Set([
  ...['and', 'but', 'or', 'so', 'then', 'when', 'whenever', 'while', 'as', 'because', 'if', 'after', 'before', 'until', 'since', 'though', 'although', 'that', 'unless'],
  ...['with', 'about', 'to', 'from', 'for', 'of', 'on', 'at', 'in', 'over', 'by', 'like'],
]);

/**
 * The subject words of a cue that opens its sentence (after any label) as a phrase set before the
 * subject: "For the fifth week running Dimitrios went through the same three reasons", "Every month
 * my supervisor takes me through the same flowchart". Nothing before such a cue can be its subject;
 * the few words right after it, up to the next clause or phrase, are read in its place, each as if
 * it opened a clause, so that SubjectReader takes the last person among them. Undefined when
 * something stands before the cue, or a clause or phrase of its own follows it ("Withdrew when T
 * asked about her mother" is not T's withdrawal; "Same old row with her mum" is not her mum's).
 */
export function subjectAfterOpening(tokens: readonly Token[], text: string, cueStart: number, cueEnd: number): Pick<CueHit, 'words' | 'starts' | 'subjectAfter'> | undefined {
  if (cueStart !== labelLength(tokens, text) || cueEnd >= tokens.length || PHRASE_OPENERS.has(tokens[cueEnd].word)) return undefined;
  // A cue that opens with its own subject ("I found myself...", "She's gone quiet") has it already.
  if (PRONOUNS.has(tokens[cueStart].word.split("'")[0])) return undefined;
  const words: string[] = [];
  for (let k = cueEnd; k < tokens.length && k < cueEnd + SUBJECT_AFTER_WORDS; k++) {
    if (k > cueEnd && (PHRASE_OPENERS.has(tokens[k].word) || punctuated(text, tokens[k - 1].end, tokens[k].start))) break;
    words.push(tokens[k].word);
  }
  return { words, starts: words.map(() => true), subjectAfter: true };
}

/** Whether punctuation stands between two words. */
function punctuated(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return true;
  return false;
}
