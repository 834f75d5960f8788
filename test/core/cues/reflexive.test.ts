import { describe, expect, it } from 'vitest';
import { writerWhenMyself } from '../../../src/core/cues/reflexive';
import { tokenize } from '../../../src/core/text/tokens';

describe('a cue that turns back on the writer', () => {
  const tokens = tokenize('I wanted to ask Tom how many checks he is doing and kept the question to myself');
  const cue = { start: 12, end: 17 }; // "kept the question to myself"
  const read = { first: 'kept', words: ['i', 'wanted', 'to', 'ask', 'tom', 'how', 'many', 'checks', 'he', 'is', 'doing', 'and'], starts: Array(12).fill(false) };

  it('is the writer\'s, whatever pronoun stands before it', () => {
    expect(writerWhenMyself(tokens, cue, read)).toEqual({ first: 'i', words: [], starts: [] });
  });

  it('keeps the words read from the sentence when they already end on "I", or when the cue has no "myself"', () => {
    const mine = { ...read, words: ['i'] };
    expect(writerWhenMyself(tokens, cue, mine)).toBe(mine);
    expect(writerWhenMyself(tokens, { start: 12, end: 15 }, read)).toBe(read); // "kept the question"
  });

  it('is the writer\'s when it opens on the writer\'s body, whoever the words before it name', () => {
    const felt = tokenize('When Tom asked about the referral my face went hot');
    const before = { first: 'my', words: ['when', 'tom', 'asked', 'about', 'the', 'referral'], starts: [true, false, false, false, false, false] };
    expect(writerWhenMyself(felt, { start: 6, end: 10 }, before)).toEqual({ first: 'i', words: [], starts: [] });
    // "My supervisor went quiet" opens on a person, not on the writer's body.
    const person = tokenize('When Tom asked my supervisor went quiet');
    expect(writerWhenMyself(person, { start: 3, end: 7 }, before)).toBe(before);
  });
});
