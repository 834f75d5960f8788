import { describe, expect, it } from 'vitest';
import { isNumber } from '../../../src/core/text/numbers';

describe('a word written in digits', () => {
  it('starts with a digit', () => {
    expect(isNumber('7')).toBe(true);
    expect(isNumber('12b')).toBe(true);
    expect(isNumber('20mins')).toBe(true);
  });

  it('is no word of letters, and no missing word', () => {
    expect(isNumber('ten')).toBe(false);
    expect(isNumber('')).toBe(false);
    expect(isNumber(undefined)).toBe(false);
  });
});
