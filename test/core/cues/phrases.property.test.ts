import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseIndex, type PhraseHit } from '../../../src/core/cues/phrases';

/** The plain reading PhraseIndex must agree with: every phrase tried at every word, in the order added. */
function reference(phrases: readonly string[][], gap: number, text: readonly string[]): PhraseHit<number>[] {
  const hits: PhraseHit<number>[] = [];
  for (let i = 0; i < text.length; i++) {
    phrases.forEach((phrase, value) => {
      if (phrase[0] !== text[i]) return;
      let position = i + 1;
      let skipped = 0;
      for (const word of phrase.slice(1)) {
        while (position < text.length && text[position] !== word && skipped < gap) {
          position++;
          skipped++;
        }
        if (position >= text.length || text[position] !== word) return;
        position++;
      }
      hits.push({ value, start: i, end: position });
    });
  }
  return hits;
}

// A small vocabulary, so that phrases share first and second words and the text is full of near misses.
const word = fc.constantFrom('the', 'not', 'when', 'i', 'for', 'her', 'him', 'phoned', 'wrote', 'again');

describe('PhraseIndex', () => {
  it('finds exactly what trying every phrase at every word finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }), fc.array(word, { maxLength: 40 }), fc.constantFrom(0, 1, 2), (phrases, text, gap) => {
        const index = new PhraseIndex<number>(gap);
        phrases.forEach((phrase, value) => index.add(phrase.join(' '), value));
        expect(index.findWords(text)).toEqual(reference(phrases, gap, text));
      }),
      { numRuns: 300 },
    );
  });
});
