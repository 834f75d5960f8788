import { describe, expect, it } from 'vitest';
import { PatternMatcher } from '../../../src/core/cues/pattern-matcher';
import type { DynamicDefinition } from '../../../src/core/taxonomy/taxonomy';
import { words } from '../../../src/core/text/tokens';
import { patternWordForms } from '../../../src/core/text/word-forms';

const doing: DynamicDefinition = {
  id: 'rescuing',
  kind: 'dynamic',
  label: 'Rescuing',
  description: '',
  cues: [],
  roles: [],
  patterns: [{ about: 'doing their task for them', match: [['write', 'fill in', 'phone'], ['for her', 'on her behalf']], within: 4 }],
};

const matcher = new PatternMatcher([doing], patternWordForms);
const found = (text: string): string[] => matcher.match(words(text)).map((h) => `${h.value}@${h.start}-${h.end}`);

describe('PatternMatcher', () => {
  it('finds every slot in order, inflected, irregular forms included', () => {
    expect(found('I filled in her housing form for her')).toEqual(['rescuing@1-8']);
    expect(found('I wrote the letter for her')).toEqual(['rescuing@1-6']);
    expect(found('I have written it on her behalf')).toEqual(['rescuing@2-7']);
    expect(found('phoning for her')).toEqual(['rescuing@0-3']);
  });

  it("lets no breaking word stand between two slots, where the pattern names some", () => {
    const asking: DynamicDefinition = { ...doing, id: 'dependency', patterns: [{ about: 'asking the helper to give the words', match: [['asked'], ['to tell her']], within: 8, breaks: ['what', 'how'] }] };
    const asks = new PatternMatcher([asking], patternWordForms);
    const heard = (text: string): number => asks.match(words(text)).length;
    expect(heard('She asked me at least four times to tell her what to do')).toBe(1);
    // The asking is a question of its own: no one is asked to tell her anything.
    expect(heard('Maggie asked what it had been like to tell her so late')).toBe(0);
    expect(heard('Maggie asked how it felt to tell her')).toBe(0);
  });

  it('keeps two slots at least `apart` words from each other, where the pattern says so', () => {
    const turning: DynamicDefinition = { ...doing, id: 'avoidance-withdrawal', patterns: [{ about: 'talking of something else', match: [['when'], ['talked about']], within: 12, apart: 2 }] };
    const turns = new PatternMatcher([turning], patternWordForms);
    const heard = (text: string): number => turns.match(words(text)).length;
    expect(heard('when I raised the dispute they talked about the office move')).toBe(1);
    // The talking is the subject itself, not a turn away from it.
    expect(heard('Warmer when he talked about engines')).toBe(0);
  });

  it('reads the agent from the slot the pattern names, else from the slot after an opening clause of time', () => {
    const slots = [['each time'], ['mentioned'], ['glanced at her phone']];
    const glancing = (agentSlot?: number): DynamicDefinition => ({ ...doing, id: 'avoidance-withdrawal', patterns: [{ about: 'a glance away', match: slots, within: 8, agentSlot }] });
    const w = words('each time I mentioned the letter Jo glanced at her phone');
    // The clause of time's own subject ("I mentioned"), unless the pattern names the glance's slot.
    expect(new PatternMatcher([glancing()], patternWordForms).match(w).map((h) => w[h.subjectAt])).toEqual(['mentioned']);
    expect(new PatternMatcher([glancing(2)], patternWordForms).match(w).map((h) => w[h.subjectAt])).toEqual(['glanced']);
  });

  it('finds no pattern with one of its `unless_after` words in the four after it, where it gives some', () => {
    const dying: DynamicDefinition = { ...doing, id: 'loss-abandonment-rejection', patterns: [{ about: 'a death', match: [['passed on']], within: 0, unlessAfter: ['memo', 'it'] }] };
    const dies = new PatternMatcher([dying], patternWordForms);
    const heard = (text: string): number => dies.match(words(text)).length;
    expect(heard('her dad passed on in March')).toBe(1);
    expect(heard('my supervisor passed on the faculty style memo')).toBe(0);
    expect(heard('she passed on it')).toBe(0);
    // Past the fourth word after it, a listed word is no longer read as the pattern's object.
    expect(heard('her dad passed on in March before the memo came')).toBe(1);
    expect(new PatternMatcher([{ ...dying, patterns: [{ ...dying.patterns[0], unlessAfter: undefined }] }], patternWordForms).match(words('she passed on it')).length).toBe(1);
  });

  it('finds no pattern with one of its `unless_before` words in the three before it, where it gives some', () => {
    const acting: DynamicDefinition = { ...doing, patterns: [{ about: 'on their behalf', match: [['on her behalf']], within: 0, unlessBefore: ['indignant', 'felt'] }] };
    const acts = new PatternMatcher([acting], patternWordForms);
    const heard = (text: string): number => acts.match(words(text)).length;
    expect(heard('I rang the council on her behalf')).toBe(1);
    expect(heard('indignant on her behalf')).toBe(0);
    expect(heard('I felt so tired on her behalf')).toBe(0);
    // Past the third word before it, a listed word is no longer read as its feeling.
    expect(heard('I felt it best to ring the council on her behalf')).toBe(1);
  });

  it('needs the slots in their order and within reach of each other', () => {
    expect(found('for her I wrote')).toEqual([]);
    expect(found('I wrote a long and careful letter to the council for her')).toEqual([]);
    expect(found('I wrote the letter')).toEqual([]);
  });

  it('records where each slot sits, for context read between them', () => {
    const [hit] = matcher.match(words('I wrote it for her'));
    expect(hit.slots).toEqual([1, 2, 3, 5]);
  });

  it('finds a pattern again after it was found, and only once per first slot', () => {
    expect(found('I wrote it for her and phoned for her')).toEqual(['rescuing@1-5', 'rescuing@6-9']);
    expect(found('I wrote it for her for her')).toEqual(['rescuing@1-5']);
  });

  it('reads a long text in time linear in its length', () => {
    // Thousands of first slots with no second: each is a chain start, never compared with the others.
    const text = 'I wrote and phoned and '.repeat(20_000);
    const tokens = words(text);
    const started = performance.now();
    expect(matcher.match(tokens)).toEqual([]);
    // A generous bound: a quadratic pass over 80,000 slot phrases would take minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
