import { describe, expect, it } from 'vitest';
import { othersOfRole } from '../../../src/core/detect/others-of-role';
import type { Who } from '../../../src/core/detect/mentions';

describe('othersOfRole', () => {
  it('marks another, a previous or a former one of a role as someone else, and takes the role word\'s own mention away', () => {
    const words = ['another', 'client', 'and', 'the', 'previous', 'supervisee', 'and', 'my', 'former', 'supervisor', 'and', 'the', 'client'];
    const longest = new Array<{ end: number; value: Who } | undefined>(words.length);
    longest[1] = { end: 2, value: 'client' };
    longest[5] = { end: 6, value: 'supervisee' };
    longest[12] = { end: 13, value: 'client' };
    othersOfRole(words, 0, longest);
    expect(longest[0]).toEqual({ end: 2, value: 'other' });
    expect(longest[1]).toBeUndefined();
    expect(longest[4]).toEqual({ end: 6, value: 'other' });
    expect(longest[5]).toBeUndefined();
    expect(longest[8]).toEqual({ end: 10, value: 'other' });
    expect(longest[12]).toEqual({ end: 13, value: 'client' });
  });

  it('leaves a mention already standing at the word before the role, and words that are no role', () => {
    const words = ['prev', 'client', 'another', 'time'];
    const longest = new Array<{ end: number; value: Who } | undefined>(words.length);
    longest[0] = { end: 1, value: 'client' }; // "Prev" is someone's name here
    longest[1] = { end: 2, value: 'client' };
    othersOfRole(words, 0, longest);
    expect(longest[0]).toEqual({ end: 1, value: 'client' });
    expect(longest[1]).toEqual({ end: 2, value: 'client' });
    expect(longest[2]).toBeUndefined();
  });

  const marked = (sentence: string, starts?: boolean[]): string[] => {
    const words = sentence.split(' ');
    const longest = new Array<{ end: number; value: Who } | undefined>(words.length);
    othersOfRole(words, 0, longest, starts);
    return words.filter((_, i) => longest[i]?.value === 'other');
  };

  it('reads next, other, last or a different one of a role as someone else only after a determiner or a possessive', () => {
    expect(marked('my next client cancelled')).toEqual(['next']);
    expect(marked('the other clients refused')).toEqual(['other']);
    expect(marked('a different supervisee overran')).toEqual(['different']);
    expect(marked('next client refused the chair work')).toEqual([]);
    expect(marked('first we reviewed the diary next client refused')).toEqual([]);
  });

  it('reads a role placed in time against someone ("the client before her overran") as someone else, not before her own session', () => {
    const placed = (sentence: string, roleAt: number, roleEnd: number): { end: number; value: Who } | undefined => {
      const words = sentence.split(' ');
      const longest = new Array<{ end: number; value: Who } | undefined>(words.length);
      longest[roleAt] = { end: roleEnd, value: 'client' };
      othersOfRole(words, 0, longest);
      return longest[roleAt];
    };
    expect(placed('i started late because the client before her', 4, 6)).toEqual({ end: 8, value: 'other' });
    expect(placed('sam started late because the client ahead of her', 4, 6)).toEqual({ end: 9, value: 'other' });
    expect(placed('the client after me', 0, 2)).toEqual({ end: 4, value: 'other' });
    expect(placed('the client before her session', 0, 2)).toEqual({ end: 2, value: 'client' });
    expect(placed('the client before her had', 0, 2)).toEqual({ end: 4, value: 'other' });
  });

  it('leaves the role a copula gives the note\'s person, and a role that opens a clause', () => {
    expect(marked('bex is another client who pushes back')).toEqual([]);
    expect(marked('bex is yet another client who argues')).toEqual([]);
    const words = 'on the other client refused'.split(' ');
    expect(marked(words.join(' '), words.map((w) => w === 'client' || w === 'on'))).toEqual([]);
    expect(marked(words.join(' '))).toEqual(['other']);
  });
});
