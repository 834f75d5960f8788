import { describe, expect, it } from 'vitest';
import { NotDoneReader } from '../../../src/core/cues/not-done';
import { contextCues } from '../../../src/core/taxonomy/default-taxonomy';
import { tokenize } from '../../../src/core/text/tokens';
import { heard } from '../../helpers/heard';

const reader = new NotDoneReader(contextCues());
/** Asks at the word `word` of the sentence (its first occurrence). */
const at = (sentence: string, word: string, ask: (tokens: ReturnType<typeof tokenize>, i: number) => boolean): boolean => {
  const tokens = tokenize(sentence);
  return ask(tokens, tokens.findIndex((t) => t.word === word));
};
const due = (sentence: string, word: string): boolean => at(sentence, word, (t, i) => reader.dueAt(t, i));
const nearMiss = (sentence: string, word: string): boolean => at(sentence, word, (t, i) => reader.nearMissAt(t, i));

describe('NotDoneReader', () => {
  it('reads an act due from a word of obligation just before it, adverbs and "have" between', () => {
    expect(due('I should ring the council for her.', 'ring')).toBe(true);
    expect(due('I should really have rung the council for her.', 'rung')).toBe(true);
    expect(due('I need to urgently ring the council.', 'ring')).toBe(true);
    expect(due('I was meant to email the school for her.', 'email')).toBe(true);
    expect(due('I rang the council for her.', 'rang')).toBe(false);
    expect(due('I must have rung the council for her.', 'rung')).toBe(false);
    expect(due('I need to stop filling in her forms.', 'filling')).toBe(false);
    expect(due('I have to ring the council for her.', 'ring')).toBe(false);
  });

  it('reads an act due as done where its sentence says so: a habit, late, or next', () => {
    expect(due('I must ring the council for her every time she asks.', 'ring')).toBe(false);
    expect(due('I should have rung the council for her sooner.', 'rung')).toBe(false);
    expect(due('I should have rung the council for her.', 'rung')).toBe(true);
    expect(due('I felt I should ring the council for her, so I did.', 'ring')).toBe(false);
    expect(due('I should ring the council for her, and I rang them.', 'ring')).toBe(false);
    expect(due("I should've rung the council for her sooner.", 'rung')).toBe(false);
    expect(due('I should be filling in fewer forms for her.', 'filling')).toBe(false);
    // Another act told after it is no telling of this one.
    expect(due('I should ring the council for her, and I said so to Ann.', 'ring')).toBe(true);
    expect(reader.doneNext(tokenize('Jo needs me to ring the council for her, so I did.'), 3)).toBe(true);
    expect(reader.doneNext(tokenize('Jo needs me to email the school for her and I said I would think about it.'), 3)).toBe(false);
  });

  it('reads an act stopped as not done now, and hears no rescuing in it', () => {
    const notDone = (sentence: string, word: string): boolean => at(sentence, word, (t, i) => reader.actNotDone(t, i));
    expect(notDone("They have stopped covering their flatmate's share of the rent.", 'covering')).toBe(true);
    expect(notDone("Jo has now quietly stopped filling in her brother's forms.", 'filling')).toBe(true);
    expect(notDone("They are covering their flatmate's share of the rent.", 'covering')).toBe(false);
    expect(heard("Jo has stopped covering her flatmate's share of the rent.").filter((e) => e.startsWith('rescuing'))).toEqual([]);
    expect(heard("Jo keeps covering her flatmate's share of the rent.")).toContain('rescuing client');
  });

  it('reads a near miss right before a verb in the past, and not a degree or a measure', () => {
    expect(nearMiss('I nearly filled in the form for her.', 'filled')).toBe(true);
    expect(nearMiss('I very nearly overran again.', 'overran')).toBe(true);
    expect(nearMiss('I came close to ringing the council.', 'ringing')).toBe(true);
    expect(nearMiss('Jo almost always changes the subject.', 'changes')).toBe(false);
    expect(nearMiss('Jo felt almost abandoned.', 'abandoned')).toBe(false);
    expect(nearMiss('I nearly completed her form.', 'completed')).toBe(false);
    expect(nearMiss('I had nearly filled in the whole form.', 'filled')).toBe(false);
    expect(nearMiss('I filled in the form for her.', 'filled')).toBe(false);
    expect(nearMiss('Jo has almost given up hope.', 'given')).toBe(false);
  });
});
