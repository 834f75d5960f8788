import { describe, expect, it } from 'vitest';
import { possessiveHer } from '../../../src/core/text/possessive-her';
import { tokenize } from '../../../src/core/text/tokens';

/** Whether the "for her" of a sentence names no one, read at its "her". */
function possessive(sentence: string): boolean {
  const tokens = tokenize(sentence);
  return possessiveHer(tokens, sentence, tokens.findIndex((t) => t.word === 'her'));
}

describe('possessiveHer', () => {
  it('reads "for her" before a noun as a possessive', () => {
    expect(possessive('I booked an interpreter for her GP appointment.')).toBe(true);
    expect(possessive('I rang the council for her mum.')).toBe(true);
  });

  it('reads "for her" before a preposition, a conjunction, an adverb, an article or punctuation as the one it was done for', () => {
    expect(possessive('I booked an interpreter for her at the surgery.')).toBe(false);
    expect(possessive('I booked it for her and then we talked.')).toBe(false);
    expect(possessive('I booked it for her again.')).toBe(false);
    expect(possessive('I wrote for her a short letter to the landlord.')).toBe(false);
    expect(possessive('I booked it for her, then rang the GP.')).toBe(false);
    expect(possessive('I booked it for her.')).toBe(false);
  });

  it('reads only "for her": another word before it, or another pronoun, is not its concern', () => {
    expect(possessive('I told her mum about it.')).toBe(false);
    expect(possessive('I booked it for him today.')).toBe(false);
  });
});
