import { describe, expect, it } from 'vitest';
import { otherMentions, sharedMentions, titledOthers, type Who } from '../../../src/core/detect/mentions';
import { heard } from '../../helpers/heard';

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

describe('sharedMentions and otherMentions', () => {
  /** The words of `sentence` otherMentions marks as someone outside, with no outsiders listed. */
  const marked = (sentence: string): string[] => {
    const words = sentence.split(' ');
    const longest = new Array<{ end: number; value: Who } | undefined>(words.length);
    otherMentions(words, 0, sharedMentions([]).others, longest);
    return words.filter((_, i) => longest[i]?.value === 'other');
  };

  it('read "my" before someone outside as part of their noun phrase, not as the writer', () => {
    const shared = sharedMentions(['colleague']);
    const words = ['for', 'months', 'my', 'colleague', 'brought', 'my', 'notes'];
    const longest = new Array<{ end: number; value: Who } | undefined>(words.length);
    for (const found of shared.index.findWords(words)) longest[found.start] = found;
    otherMentions(words, 0, shared.others, longest);
    expect(longest[2]).toEqual({ end: 4, value: 'other' });
    expect(longest[3]).toEqual({ end: 4, value: 'other' });
    // "my notes" names no one: "my" stays the writer.
    expect(longest[5]).toMatchObject({ end: 6, value: 'me' });
  });


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
    expect(marked("the unit's audit lead went through my notes")).toEqual(['lead']);
    expect(marked('the safer custody lead called')).toEqual(['lead']);
    expect(marked('her practice lead rang')).toEqual(['lead']);
    expect(marked('i took the lead')).toEqual([]);
    expect(marked('this could lead to a relapse')).toEqual([]);
    expect(marked('a lead role')).toEqual([]);
  });

  it('mark a person word after "another" and at most two words describing them, and no man or woman alone', () => {
    expect(marked('another young man at the hostel asks staff to sit close')).toEqual(['man']);
    expect(marked('another woman in the group goes blank')).toEqual(['woman']);
    expect(marked('the man went blank')).toEqual([]);
    // A verb between: "another" is no part of the person's noun phrase.
    expect(marked('another came and the man went blank')).toEqual([]);
    expect(heard('Another young man at Jo\'s hostel asks the staff to sit close, then flinches when they lean in.')).toEqual([]);
    expect(heard('Jo is another man who keeps bringing the same two lines of a letter and tearing them up.')).toContain('stuckness client');
  });

  it('mark "another of" the many, one mention in place of whoever the words inside it name', () => {
    const shared = sharedMentions(['colleague']);
    const words = ['another', 'of', 'my', "supervisor's", 'supervisees', 'wondered', 'whether'];
    const longest = new Array<{ end: number; value: Who } | undefined>(words.length);
    for (const found of shared.index.findWords(words)) longest[found.start] = found;
    expect(longest[2]?.value).toBe('me');
    otherMentions(words, 0, shared.others, longest);
    expect(longest[0]).toEqual({ end: 5, value: 'other' });
    expect(longest.slice(1, 5)).toEqual([undefined, undefined, undefined, undefined]);
    // No many after it: "another of those days" names no one, and nothing is marked.
    expect(marked('another of those days')).toEqual([]);
    expect(heard('Another of the residents asks the staff to sit close, then flinches when they lean forward and goes blank mid-sentence.')).toEqual([]);
    // Some of many, counted or not: "two of the associates", "several of the nurses" are people outside too.
    expect(heard('Two of the associates on the rota trade compliments for the whole hour.')).toEqual([]);
    expect(heard('Several of the nurses ask the staff to sit close, then flinch when they lean forward and go blank mid-sentence.')).toEqual([]);
    // Not some of a time or a task: "most of the hour" names no one.
    expect(heard('Most of the hour Jo traded compliments with me and the drinking never came up.')).toContainEqual(expect.stringContaining('collusion'));
  });

  it('are built once per list of outsiders', () => {
    const list = ['landlord'];
    expect(sharedMentions(list)).toBe(sharedMentions(list));
  });
});
