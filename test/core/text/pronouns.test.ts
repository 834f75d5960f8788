import { describe, expect, it } from 'vitest';
import { OBJECT_ONLY_PRONOUNS, OBJECT_PRONOUNS, withoutContraction } from '../../../src/core/text/pronouns';

describe('pronouns', () => {
  it('keep "her" among the object pronouns, and out of those only ever objects (it may be a possessive)', () => {
    expect(OBJECT_PRONOUNS.has('her')).toBe(true);
    expect(OBJECT_ONLY_PRONOUNS.has('her')).toBe(false);
    for (const pronoun of OBJECT_ONLY_PRONOUNS) expect(OBJECT_PRONOUNS.has(pronoun)).toBe(true);
  });

  it('take a pronoun out of its contraction, and leave a word with none as it is', () => {
    expect(withoutContraction("she's")).toBe('she');
    expect(withoutContraction("they've")).toBe('they');
    expect(withoutContraction('he')).toBe('he');
  });
});
