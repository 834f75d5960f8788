import { describe, expect, it } from 'vitest';
import { otherMentions, othersOfRole, sharedMentions, titledOthers, type Who } from '../../../src/core/detect/mentions';

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

describe('sharedMentions and otherMentions', () => {
  it('keep outsiders of one word in a set, and mark them and their possessive where no mention stands', () => {
    const shared = sharedMentions(['landlord', 'her mother', 'supervisor\'s']);
    expect([...shared.others].sort()).toEqual(['landlord', "supervisor's"]);
    expect(shared.index.findWords(['her', 'mother']).map((h) => h.value)).toEqual(['other']);
    expect(shared.index.findWords(["her", "mother's"]).map((h) => h.value)).toEqual(['other']);
    const words = ['the', "landlord's", 'agent', 'and', 'landlord', 'sam', 'landlords'];
    const longest = new Array<{ end: number; value: Who } | undefined>(words.length);
    longest[4] = { end: 6, value: 'client' }; // a longer mention already starts there
    otherMentions(words, 0, shared.others, longest);
    expect(longest[1]).toEqual({ end: 2, value: 'other' });
    expect(longest[4]).toEqual({ end: 6, value: 'client' });
    expect(longest[6]).toBeUndefined();
    expect(longest[0]).toBeUndefined();
  });

  it('mark companions and partners in a role made from words as English makes them, and no other word in "mate"', () => {
    const shared = sharedMentions(['leader', 'volunteer']);
    const words = ['my', 'officemate', 'and', 'her', "bunkmate's", 'co-leader', 'co-volunteer', 'co-op', 'climate', 'estimate', 'mate', 'co-leaders'];
    const longest = new Array<{ end: number; value: Who } | undefined>(words.length);
    otherMentions(words, 0, shared.others, longest);
    expect(words.filter((_, i) => longest[i]?.value === 'other')).toEqual(['officemate', "bunkmate's", 'co-leader', 'co-volunteer']);
  });

  it('mark a lead after a word of what they lead, in a noun phrase, and no lead taken or led to', () => {
    const others = sharedMentions([]).others;
    const marked = (sentence: string): string[] => {
      const words = sentence.split(' ');
      const longest = new Array<{ end: number; value: Who } | undefined>(words.length);
      otherMentions(words, 0, others, longest);
      return words.filter((_, i) => longest[i]?.value === 'other');
    };
    expect(marked("the unit's audit lead went through my notes")).toEqual(['lead']);
    expect(marked('the safer custody lead called')).toEqual(['lead']);
    expect(marked('her practice lead rang')).toEqual(['lead']);
    expect(marked('i took the lead')).toEqual([]);
    expect(marked('this could lead to a relapse')).toEqual([]);
    expect(marked('a lead role')).toEqual([]);
  });

  it('are built once per list of outsiders', () => {
    const list = ['landlord'];
    expect(sharedMentions(list)).toBe(sharedMentions(list));
  });
});
