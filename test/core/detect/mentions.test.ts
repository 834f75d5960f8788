import { describe, expect, it } from 'vitest';
import { titledOthers, type Who } from '../../../src/core/detect/mentions';

describe('titledOthers', () => {
  it('marks a title and the name after it as someone else, where no mention stands', () => {
    const words = ['then', 'dr', 'shah', 'rang', 'mrs', 'patel'];
    const longest = new Array<{ end: number; value: Who } | undefined>(words.length);
    longest[5] = { end: 6, value: 'client' }; // "Patel" is the client's name here
    titledOthers(words, 0, longest);
    expect(longest[1]).toEqual({ end: 3, value: 'other' });
    expect(longest[4]).toBeUndefined();
    expect(longest[5]).toEqual({ end: 6, value: 'client' });
  });
});
