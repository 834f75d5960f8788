import { describe, expect, it } from 'vitest';
import { gapHolds } from '../../../src/core/text/token-gap';

describe('gapHolds', () => {
  it('looks only between the offsets given', () => {
    const text = 'P: Jo, late again';
    expect(gapHolds(text, 1, 3, ':')).toBe(true);
    expect(gapHolds(text, 5, 7, ',')).toBe(true);
    expect(gapHolds(text, 6, 7, ',')).toBe(false);
    expect(gapHolds(text, 0, text.length, ';')).toBe(false);
  });
});
