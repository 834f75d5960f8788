import { describe, expect, it } from 'vitest';
import type { Trigger } from '../../../src/core/cues/context';
import type { PhraseHit } from '../../../src/core/cues/phrases';
import { countsAsTrigger } from '../../../src/core/cues/trigger-exceptions';
import { tokenize } from '../../../src/core/text/tokens';

/** Whether the trigger of kind `value` spanning the words `phrase` of `text` counts there. */
function counts(text: string, phrase: string, value: Trigger): boolean {
  const tokens = tokenize(text);
  const words = tokenize(phrase).map((t) => t.word);
  const start = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.word === w));
  const hit: PhraseHit<Trigger> = { value, start, end: start + words.length };
  return countsAsTrigger(hit, tokens, text);
}

describe('the exceptions to a context trigger', () => {
  it('lets a negation count, unless it stands alone in quotation marks', () => {
    expect(counts('I did not ring the council for her.', 'not', 'pre')).toBe(true);
    expect(counts("The more she signed 'no' the firmer I got.", 'no', 'pre')).toBe(false);
  });

  it('lets a phrase of the past count, unless it tells of now', () => {
    expect(counts('When she was twelve Jo hid in her room.', 'when she was', 'historical')).toBe(true);
    expect(counts('Jo rang him six times when he was an hour late.', 'when he was', 'historical')).toBe(false);
  });

  it('lets "if" set a condition, unless a verb of asking opens it', () => {
    expect(counts('If Jo asks, I will ring the council.', 'if', 'hypothetical')).toBe(true);
    expect(counts('Jo asked me three times if I would still be here.', 'if', 'hypothetical')).toBe(false);
  });

  it('lets "should not have" be a regret, unless "to" follows', () => {
    expect(counts('I should not have rung her.', 'should not have', 'pseudo')).toBe(true);
    expect(counts('I should not have to ring her.', 'should not have', 'pseudo')).toBe(false);
  });
});
