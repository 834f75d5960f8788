import { describe, expect, it } from 'vitest';
import { relativeClauseAntecedent } from '../../../src/core/detect/relative-clause';
import type { Who } from '../../../src/core/detect/mentions';
import { wordsWithCommas } from '../../helpers/clause-words';

/** Mentions as SubjectReader finds them: here, "sam" is the client and "her mother" someone else. */
const mentionsOf =
  (words: readonly string[]) =>
  (from: number): ({ end: number; value: Who } | undefined)[] =>
    words.map((word, i) => (i < from ? undefined : word === 'sam' ? { end: i + 1, value: 'client' } : word === 'her' && words[i + 1] === 'mother' ? { end: i + 2, value: 'other' } : undefined));

function antecedent(sentence: string): Who | undefined {
  const { words, starts } = wordsWithCommas(sentence);
  return relativeClauseAntecedent(words, starts, mentionsOf(words));
}

describe('the one a relative clause hangs on', () => {
  it('is the subject once the clause set off by commas has closed', () => {
    expect(antecedent('sam, who says her mother treated her like a maid, spent the visit')).toBe('client');
  });

  it('is no answer while the clause is still open, or with no commas around it', () => {
    expect(antecedent('sam, who says her mother')).toBeUndefined();
    expect(antecedent('sam who says her mother treated her like a maid spent the visit')).toBeUndefined();
  });

  it('is the one named before a clause still open at the cue once the clause\'s own subject has its verb', () => {
    expect(antecedent('sam, whom i took to supervision')).toBe('client');
    expect(antecedent('sam, whose case i brought to supervision')).toBe('client');
    expect(antecedent('sam, the client i discussed in supervision today')).toBe('client');
    expect(antecedent('sam, who i')).toBeUndefined();
    expect(antecedent('sam, who i saw and')).toBeUndefined();
    expect(antecedent('sam, who i saw on tuesday when she')).toBeUndefined();
    expect(antecedent('her mother, who i met once')).toBe('other');
  });

  it('gives way to a pronoun, a verb of saying or a subject after the clause', () => {
    expect(antecedent('sam, who says her mother drinks, told me she')).toBeUndefined();
    expect(antecedent('sam, who says her mother drinks, said that')).toBeUndefined();
    expect(antecedent('sam, who cleans for a living, her mother')).toBeUndefined();
  });
});
