import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseIndex, type PhraseHit } from '../../../src/core/cues/phrases';

/**
 * The plain reading PhraseIndex must agree with: every phrase tried at every word, in the order
 * added; a word of `unskippable` (as written in `raw`) is never one of the skipped words.
 */
function reference(phrases: readonly string[][], gap: number, text: readonly string[], raw: readonly string[] = text, unskippable: ReadonlySet<string> = new Set()): PhraseHit<number>[] {
  const hits: PhraseHit<number>[] = [];
  for (let i = 0; i < text.length; i++) {
    phrases.forEach((phrase, value) => {
      if (phrase[0] !== text[i]) return;
      let position = i + 1;
      let skipped = 0;
      for (const word of phrase.slice(1)) {
        while (position < text.length && text[position] !== word && skipped < gap && !unskippable.has(raw[position])) {
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
const word = fc.constantFrom('the', 'not', 'when', 'i', 'for', 'her');
/** Forms as the taxonomy gives them: a word and an inflection of it. */
const forms = (w: string): readonly string[] => [w, `${w}s`];
/** A text of the vocabulary's words and their inflections. */
const inflectedText = (minLength: number) => fc.array(fc.oneof(word, word.map((w) => `${w}s`)), { minLength, maxLength: 40 });

/**
 * The phrases indexed with their inflections, half the time with `not` as a negation a phrase may
 * not skip, and what the reference finds in the text read with each inflection back to its word.
 */
function indexed(phrases: string[][], text: string[], gap: number, negations: boolean) {
  const unskippable = new Set(negations ? ['not'] : []);
  const index = new PhraseIndex<number>(gap, (w) => unskippable.has(w));
  phrases.forEach((phrase, value) => index.add(phrase.join(' '), value, forms));
  const plain = text.map((w) => (w.endsWith('s') ? w.slice(0, -1) : w));
  return { index, unskippable, expected: reference(phrases, gap, plain, text, unskippable) };
}

describe('PhraseIndex', () => {
  it('finds exactly what trying every phrase at every word finds, in the same order, with the second-word index in use', () => {
    let secondWordIndexed = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 40, maxLength: 80 }),
        inflectedText(10),
        fc.constantFrom(0, 1, 2),
        fc.boolean(),
        (phrases, text, gap, negations) => {
          const { index, unskippable, expected: found } = indexed(phrases, text, gap, negations);
          const byFirst = new Map<string, number>();
          for (const phrase of phrases) if (phrase.length > 1) byFirst.set(phrase[0], (byFirst.get(phrase[0]) ?? 0) + 1);
          if ([...byFirst.values()].some((n) => n >= 8)) secondWordIndexed++;
          expect(index.findWords(text)).toEqual(found);
          // Phrases added after a search (its words' buckets shared by then) are found as well, and only under their own words.
          const more = [['for', 'the'], ['fors'], ['the', 'not', 'her']];
          more.forEach((phrase, i) => index.add(phrase.join(' '), phrases.length + i, (w) => [w]));
          const later = reference(more, gap, text, text, unskippable).map((h) => ({ ...h, value: h.value + phrases.length }));
          const expected = [...found, ...later].sort((a, b) => a.start - b.start || a.value - b.value);
          expect(index.findWords(text)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
    // Most runs have a first word opening eight or more phrases: the index is what is tested.
    expect(secondWordIndexed).toBeGreaterThan(200);
  });

  it('finds the same with few phrases per first word, each tried in turn after a look for its second word within the gap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 7 }),
        inflectedText(2),
        fc.constantFrom(0, 1, 2),
        fc.boolean(),
        (phrases, text, gap, negations) => {
          const { index, expected } = indexed(phrases, text, gap, negations);
          expect(index.findWords(text)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('puts many phrases found at one word in order: of adding for find, of end and then adding for visit', () => {
    const two = fc.constantFrom('i', 'for');
    fc.assert(
      fc.property(
        fc.array(fc.array(two, { minLength: 1, maxLength: 3 }), { minLength: 20, maxLength: 60 }),
        fc.array(two, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(0, 1),
        (phrases, text, gap) => {
          const index = new PhraseIndex<number>(gap);
          phrases.forEach((phrase, value) => index.add(phrase.join(' '), value));
          const expected = reference(phrases, gap, text);
          expect(index.findWords(text)).toEqual(expected);
          const visited: PhraseHit<number>[] = [];
          index.visit(text, (value, start, end) => void visited.push({ value, start, end }));
          expect(visited).toEqual([...expected].sort((a, b) => a.start - b.start || a.end - b.end || a.value - b.value));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches no longer phrase that `wanted` turns down, and hands on every other as it would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 5, maxLength: 40 }),
        inflectedText(2),
        fc.constantFrom(0, 1),
        fc.func(fc.boolean()),
        (phrases, text, gap, wants) => {
          const { index, expected } = indexed(phrases, text, gap, false);
          const wanted = (value: number): boolean => wants(value);
          const visited: PhraseHit<number>[] = [];
          index.visit(text, (value, start, end) => void visited.push({ value, start, end }), wanted);
          // One-word phrases are handed on whatever `wanted` says: visit's caller reads and lets them go.
          const kept = expected.filter((hit) => phrases[hit.value].length === 1 || wanted(hit.value));
          expect(visited).toEqual(kept.sort((a, b) => a.start - b.start || a.end - b.end || a.value - b.value));
        },
      ),
      { numRuns: 300 },
    );
  });
});
