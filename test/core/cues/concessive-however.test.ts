import { describe, expect, it } from 'vitest';
import { concessiveHowever } from '../../../src/core/cues/concessive-however';
import { tokenize } from '../../../src/core/text/tokens';

const at = (text: string): boolean => {
  const tokens = tokenize(text);
  return concessiveHowever(tokens, text, tokens.findIndex((t) => t.word === 'however'));
};

describe('a concessive "however"', () => {
  it('is "however" before a word of degree, with no punctuation between', () => {
    expect(at('before every decision, however small, and ask her')).toBe(true);
    expect(at('paid every bill, however wrong it looked')).toBe(true);
  });

  it('is not the "however" of contrast', () => {
    expect(at('She agreed. However, small changes came slowly.')).toBe(false);
    expect(at('She agreed; however she did not come.')).toBe(false);
  });
});
