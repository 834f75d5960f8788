import { describe, expect, it } from 'vitest';
import type { Who } from '../../../src/core/detect/mentions';
import { restrictiveRelativeAntecedent } from '../../../src/core/detect/restrictive-relative';
import { heard, heardInSupervision } from '../../helpers/heard';

const PEOPLE: Record<string, Who> = { colleague: 'other', jo: 'client' };

/** The antecedent read from the words before a cue, one-word mentions from PEOPLE, the first word (or `opening`) opening a clause. */
function antecedent(sentence: string, opening = 0): Who | undefined {
  const words = sentence.split(' ');
  const mentions = words.map((word, i) => (PEOPLE[word] ? { end: i + 1, value: PEOPLE[word] } : undefined));
  return restrictiveRelativeAntecedent(words, words.map((_, i) => i === opening), () => mentions);
}

describe('restrictiveRelativeAntecedent', () => {
  it('gives the cue after a relative clause with a verb of its own to the one the clause hangs on', () => {
    expect(antecedent('a colleague who also sees jo has')).toBe('other');
    expect(antecedent('case 1 a colleague who sees jo', 2)).toBe('other');
  });

  it('takes a man or a woman whose clause names one of the note\'s people as someone else', () => {
    expect(antecedent('the woman who shares jo room at the hotel')).toBe('other');
    // Naming no one, such a person may be the client.
    expect(antecedent('the woman who shares a room at the hotel')).toBeUndefined();
  });

  it('leaves alone a clause whose verb is the cue, or one with a pronoun', () => {
    expect(antecedent('jo who i keep')).toBeUndefined();
    expect(antecedent('a colleague who')).toBeUndefined();
    expect(antecedent('a colleague who says she')).toBeUndefined();
  });
});

describe('a note naming someone by what they share with a client', () => {
  it('gives what they do to them, not the client named inside the clause', () => {
    expect(heardInSupervision('A colleague who also sees Jo has emailed my supervisor three times asking what to say to her about the tribunal.')).toEqual([]);
    expect(heard('The woman who shares a room with Jo kept her own months in Turkey to herself.')).toEqual([]);
    expect(heard('Jo kept her own months in Turkey to herself.')).toContain('shame-withholding client');
  });
});
