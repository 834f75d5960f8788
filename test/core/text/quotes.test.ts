import { describe, expect, it } from 'vitest';
import { QuoteScanner, sentenceText } from '../../../src/core/text/quotes';

/** Whether the word `word` of `text` stands inside a quotation. */
function quoted(text: string, word: string): boolean {
  return new QuoteScanner(text, 0, text.length).openBefore(text.indexOf(word)) !== undefined;
}

describe('quotations in a sentence', () => {
  it('reads double quotes, straight or curly', () => {
    expect(quoted('She said "I give up" and left.', 'give')).toBe(true);
    expect(quoted('She said "I give up" and left.', 'left')).toBe(false);
    expect(quoted('She said “I give up” and left.', 'give')).toBe(true);
  });

  it("reads single quotes as British notes write them, not an apostrophe's", () => {
    expect(quoted("Sam read me the slogan: 'Lean on us, that's what we're here for'.", 'Lean')).toBe(true);
    expect(quoted("Sam read me the slogan: 'Lean on us, that's what we're here for'.", 'here')).toBe(true);
    expect(quoted("Cl. cancelled gym, match, kids - 'don't deserve it'.", 'deserve')).toBe(true);
    expect(quoted("He called coaching 'a fad' and left early.", 'left')).toBe(false);
    // Apostrophes: inside a word, and a plural possessive before a space.
    expect(quoted("Sam's mum didn't come to the parents' evening, so I rang her.", 'rang')).toBe(false);
    expect(quoted('I said ‘fine’ and we moved on.', 'fine')).toBe(true);
    expect(quoted('I said ‘fine’ and we moved on.', 'moved')).toBe(false);
  });

  it('answers offsets asked for out of order, and skips a closing quote the sentence before left', () => {
    const text = '" I filled in the form for her: "just this once" she said.';
    const scanner = new QuoteScanner(text, 0, text.length);
    expect(scanner.openBefore(text.indexOf('once'))).toBe(text.indexOf('"just'));
    expect(scanner.openBefore(text.indexOf('filled'))).toBeUndefined();
  });

  it('takes a closing double quote left after a sentence into its text', () => {
    const text = 'She said "I give up." Then she laughed.';
    expect(sentenceText(text, { start: 0, end: text.indexOf('"', 10) })).toBe('She said "I give up."');
  });
});
