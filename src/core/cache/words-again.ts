import type { CueHit } from '../model/note';
import { subjectWordsAgain } from '../cues/sentence-reader';
import { tokenize, type Token } from '../text/tokens';

/** What a cue hit's sentence gives again of its subject words (cues/sentence-reader.ts, subjectWordsAgain). */
export type SubjectWords = Pick<CueHit, 'first' | 'words' | 'starts'>;

/** The subject words a sentence gives again before its token `subjectAt`, or undefined where it gives none. */
export type WordsAgain = (text: string, subjectAt: number) => SubjectWords | undefined;

interface SentenceReading {
  /** The sentence's first tokens, at least as many as its places read so far need (tokensFor). */
  tokens: Token[];
  /** How far into the text they were read: 0, a space, or its length. */
  read: number;
  /** Each place read so far, with what it gave: few per sentence, so a list. */
  places: number[];
  readings: (SubjectWords | undefined)[];
}

/**
 * How many of a sentence's first tokens reading the subject words before token `subjectAt` looks at,
 * or at the count of: the cue's and the one after it (a participle's adverb, "..., barely waiting";
 * an aside's next word), and the first three (a section label of two words and its colon,
 * text/section-labels.ts). Nothing past those is read: a cue stands early in most sentences, and
 * tokenizing each whole was a tenth of what reading a 10,000-note vault's evidence allocated.
 */
function tokensFor(subjectAt: number): number {
  return Math.max(subjectAt + 2, 3);
}

/** Room in the text for each word still needed when reading on: more than most words take with their space. */
const CHARACTERS_PER_WORD = 8;

/**
 * subjectWordsAgain for the cue hits of one note, each sentence tokenized once (as far as its hits
 * need) and each place in it read once. In a 10,000-note vault a third of the hits are another
 * dynamic's at the same place of the same sentence, and a sentence's hits do not always follow one
 * another. Hits given the same words share them, which CueHit's read-only words and starts make safe.
 */
export function wordsAgainOnce(): WordsAgain {
  const sentences = new Map<string, SentenceReading>();
  return (text, subjectAt) => {
    let sentence = sentences.get(text);
    if (!sentence) sentences.set(text, (sentence = { tokens: [], read: 0, places: [], readings: [] }));
    const known = sentence.places.indexOf(subjectAt);
    if (known >= 0) return sentence.readings[known];
    const need = tokensFor(subjectAt);
    const { tokens } = sentence;
    while (tokens.length < need && sentence.read < text.length) {
      // Read on to a space past room for the words still needed: no word runs across a space (nor
      // does a joiner join across one), so the text read in pieces gives the tokens it gives whole.
      const space = text.indexOf(' ', sentence.read + (need - tokens.length) * CHARACTERS_PER_WORD);
      const to = space < 0 ? text.length : space;
      for (const token of tokenize(text, sentence.read, to)) tokens.push(token);
      sentence.read = to;
    }
    const words = subjectWordsAgain(text, subjectAt, tokens);
    sentence.places.push(subjectAt);
    sentence.readings.push(words);
    return words;
  };
}
