import { describe, expect, it } from 'vitest';
import { asksIf } from '../../../src/core/cues/asked-if';
import { tokenize } from '../../../src/core/text/tokens';

/** Whether the word at `word` (an "if" or a modal after one) of the sentence asks rather than sets a condition. */
function asks(sentence: string, word: string): boolean {
  const tokens = tokenize(sentence);
  return asksIf(tokens, sentence, tokens.findIndex((t) => t.word === word));
}

describe('an "if" after a verb of asking or checking', () => {
  it('asks, with its object and how often between, and so does the modal right after its subject', () => {
    expect(asks('Jo asked me three times if I would still be here after the holidays.', 'if')).toBe(true);
    expect(asks('Jo asked me three times if I would still be here after the holidays.', 'would')).toBe(true);
    expect(asks('She rang the ward to see if I was still there.', 'if')).toBe(true);
    expect(asks('Cl. asked T 3x if T would still be here.', 'if')).toBe(true);
  });

  it('asks of the writer or the practitioner only: asked of anyone else, it is left to the context rules', () => {
    expect(asks('I asked my sister if Dad would still be home by Easter.', 'if')).toBe(false);
  });

  it('is a condition after clause punctuation, with no verb of asking near, or too far from one', () => {
    expect(asks('I asked, and if she says no I will fill in the form for her.', 'if')).toBe(false);
    expect(asks('If Jo asks me to phone the council again, I may well say yes.', 'if')).toBe(false);
    expect(asks('I asked about the rent and the bus fares if she gets the flat.', 'if')).toBe(false);
    // A modal with no asking "if" two words before it is left to the context rules.
    expect(asks('Jo asked me whether I would still be here.', 'would')).toBe(false);
  });
});
