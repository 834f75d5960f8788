import type { CueHit } from '../model/note';
import { subjectWordsAgain } from '../cues/sentence-reader';
import { tokenize, type Token } from '../text/tokens';

/** What a cue hit's sentence gives again of its subject words (cues/sentence-reader.ts, subjectWordsAgain). */
export type SubjectWords = Pick<CueHit, 'first' | 'words' | 'starts'>;

/** The subject words a sentence gives again before its token `subjectAt`, or undefined where it gives none. */
export type WordsAgain = (text: string, subjectAt: number) => SubjectWords | undefined;

interface SentenceReading {
  tokens: Token[];
  /** Each place read so far, with what it gave: few per sentence, so a list. */
  places: number[];
  readings: (SubjectWords | undefined)[];
}

/**
 * subjectWordsAgain for the cue hits of one note, each sentence tokenized once and each place in it
 * read once. In a 10,000-note vault a third of the hits are another dynamic's at the same place of
 * the same sentence, and a sentence's hits do not always follow one another. Hits given the same
 * words share them, which CueHit's read-only words and starts make safe.
 */
export function wordsAgainOnce(): WordsAgain {
  const sentences = new Map<string, SentenceReading>();
  return (text, subjectAt) => {
    let sentence = sentences.get(text);
    if (!sentence) sentences.set(text, (sentence = { tokens: tokenize(text), places: [], readings: [] }));
    const known = sentence.places.indexOf(subjectAt);
    if (known >= 0) return sentence.readings[known];
    const words = subjectWordsAgain(text, subjectAt, sentence.tokens);
    sentence.places.push(subjectAt);
    sentence.readings.push(words);
    return words;
  };
}
