import { describe, expect, it } from 'vitest';
import { QuoteScanner, introducedQuoteOpenAt, sentenceText } from '../../../src/core/text/quotes';

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

  it('reads a sentence as inside a quotation a sentence before opened, where a quote mark in it closes that one', () => {
    /** Whether `word` of the sentence starting at `sentence` stands inside a quotation. */
    const quotedIn = (text: string, sentence: string, word: string): boolean => {
      const start = text.indexOf(sentence);
      return new QuoteScanner(text, start, start + sentence.length).openBefore(text.indexOf(word, start)) !== undefined;
    };
    const caption = "Beckett read me a caption: 'Am I too much? Asking for me'. Then he laughed.";
    expect(quotedIn(caption, "Asking for me'.", 'Asking')).toBe(true);
    expect(quotedIn(caption, 'Then he laughed', 'laughed')).toBe(false);
    const form = 'She read out the form, "the first supervisor who gets it; the last one was a box-ticker," and we talked.';
    const after = 'the last one was a box-ticker," and we talked.';
    expect(quotedIn(form, after, 'box-ticker')).toBe(true);
    expect(quotedIn(form, after, 'talked')).toBe(false);
    // A plural possessive closing a sentence closes no quotation: none was open.
    const possessive = "Eero sleeps on the sofa. His wife took the children to her parents'.";
    expect(quotedIn(possessive, 'His wife', 'took')).toBe(false);
    // The closing quote the splitter leaves just past the sentence's end closes it all the same.
    const speech = 'Her niece said, "She turns down any help; she has fended for herself since twelve." We moved on.';
    expect(quotedIn(speech, 'she has fended for herself since twelve.', 'fended')).toBe(true);
    expect(quotedIn(speech, 'We moved on.', 'moved')).toBe(false);
  });

  it('takes a closing double quote left after a sentence into its text', () => {
    const text = 'She said "I give up." Then she laughed.';
    expect(sentenceText(text, { start: 0, end: text.indexOf('"', 10) })).toBe('She said "I give up."');
  });
  it('finds a quotation a colon introduces still open at a word, and not a word or two the writer quotes', () => {
    const at = (text: string, word: string) => introducedQuoteOpenAt(text, 0, text.indexOf(word));
    expect(at('Her email: "that coach did more for me than anyone."', 'me')).toBe(true);
    expect(at("Her email: 'that coach did more for me than anyone.'", 'me')).toBe(true);
    expect(at('Her email: "that coach did more" for me.', 'me')).toBe(false);
    expect(at("Jo kept calling herself 'useless' all session.", 'useless')).toBe(false);
    expect(at("Jo's sister's email came in.", 'came')).toBe(false);
  });
});
