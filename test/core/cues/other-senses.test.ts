import { describe, expect, it } from 'vitest';
import { otherSenseValue, takeOtherSenses, withoutOtherSenses } from '../../../src/core/cues/other-senses';

describe('other senses of a dynamic\'s words', () => {
  it('takes the other-sense phrases out of what the index found, the rest in order', () => {
    const found = [
      { value: 'loss', start: 1, end: 2 },
      { value: otherSenseValue('loss'), start: 0, end: 2 },
      { value: 'helplessness', start: 0, end: 3 },
    ];
    expect(takeOtherSenses(found)).toEqual([{ id: 'loss', start: 0, end: 2 }]);
    expect(found.map((h) => h.value)).toEqual(['loss', 'helplessness']);
  });

  it('drops only the hits of the same dynamic that overlap an other sense', () => {
    const senses = [{ id: 'loss', start: 0, end: 2 }];
    const hits = [
      { value: 'loss', start: 1, end: 2 },
      { value: 'loss', start: 2, end: 3 },
      { value: 'helplessness', start: 0, end: 3 },
    ];
    expect(withoutOtherSenses(hits, senses)).toEqual([hits[1], hits[2]]);
    expect(withoutOtherSenses(hits, [])).toBe(hits);
  });
});
