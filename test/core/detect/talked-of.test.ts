import { describe, expect, it } from 'vitest';
import { talkedOf } from '../../../src/core/detect/talked-of';
import { SKIPPED_WORDS } from '../../../src/core/model/note';

/** The words before a cue, the first opening the sentence. */
const of = (sentence: string, starts: number[] = [0]): boolean => {
  const words = sentence.split(' ');
  return talkedOf(words, words.map((_, i) => starts.includes(i)));
};

describe('a theme the writer only talks or asks of', () => {
  it('is one a verb of talk stands just before', () => {
    expect(of('i asked about the')).toBe(true);
    expect(of('when i mentioned the')).toBe(true);
    expect(of('i gently raised her')).toBe(true);
    expect(of('we talked about her')).toBe(true);
  });

  it("is not one the writer feels, has or names as their own", () => {
    expect(of('i felt')).toBe(false);
    expect(of('i mentioned my own')).toBe(false);
    expect(of('i talked about me and my')).toBe(false);
  });

  it('is not one whose verb of talk stands in a clause before, or too far back', () => {
    // "I asked how she was , and she said the [divorce]": the comma opens a clause of its own.
    expect(of('i asked how she was and she said the', [0, 5])).toBe(false);
    expect(of('i asked whether the long drive home after her')).toBe(false);
    expect(of(`i asked ${SKIPPED_WORDS} the`)).toBe(false);
  });
});
