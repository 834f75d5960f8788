import { describe, expect, it } from 'vitest';
import { clientGenderAt, otherGenderNoun } from '../../../src/core/detect/pronoun-gender';

const read = (sentence: string): { words: string[]; starts: boolean[] } => {
  const words = sentence.split(' ');
  return { words, starts: words.map((_, i) => i === 0) };
};

describe('pronouns of the other gender', () => {
  it('finds the noun after an opening possessive of the other gender, past a section label', () => {
    const { words, starts } = read("his probation officer told him she'd");
    expect(otherGenderNoun(words, starts, words.length - 1)).toBe(1);
    const labelled = { words: ['s', 'her', 'da', 'rang', 'saying', 'he'], starts: [true, true, false, false, false, false] };
    expect(otherGenderNoun(labelled.words, labelled.starts, 5)).toBe(2);
    const same = read('her manager told her she');
    expect(otherGenderNoun(same.words, same.starts, same.words.length - 1)).toBeUndefined();
  });

  it("finds the client's possessive after the name when a later he or she is of the other gender", () => {
    const { words } = read('bronwen spoke about her ex-husband who said he');
    expect(clientGenderAt(words, 1, words.length - 1)).toBe(3);
    // The same gender, no possessive first, or a pronoun first: none.
    expect(clientGenderAt(read('tom spoke about his father who said he').words, 1, 7)).toBeUndefined();
    expect(clientGenderAt(read('pt states that when she leaves with her sister he').words, 1, 9)).toBeUndefined();
    expect(clientGenderAt(read('jo rang the office and he').words, 1, 5)).toBeUndefined();
  });
});
