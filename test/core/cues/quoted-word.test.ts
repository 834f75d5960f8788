import { describe, expect, it } from 'vitest';
import { quotedAlone } from '../../../src/core/cues/quoted-word';
import { tokenize } from '../../../src/core/text/tokens';

/** Whether the first token spelled `word` stands alone in quotation marks in `text`. */
function alone(text: string, word: string): boolean {
  const tokens = tokenize(text);
  return quotedAlone(tokens, text, tokens.findIndex((t) => t.word === word));
}

describe('a word alone in quotation marks', () => {
  it('is a word said, in single, double or curly quotes', () => {
    expect(alone("She signed 'no' twice.", 'no')).toBe(true);
    expect(alone('He answered "no" to each.', 'no')).toBe(true);
    expect(alone('He answered \u201Cno\u201D to each.', 'no')).toBe(true);
  });

  it('is not one inside a longer quotation, or unquoted', () => {
    expect(alone('He said "no thanks" and left.', 'no')).toBe(false);
    expect(alone('She said no and left.', 'no')).toBe(false);
  });
});
