import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/detect/mentions';
import { openingOwner, ownersIndex, shorthandOwners } from '../../../src/core/detect/opening-owner';
import { engineWith } from '../../helpers/engine';
import { heard, heardInSupervision } from '../../helpers/heard';
import { noteText } from '../../helpers/notes';

/** The mention openingOwner puts at the first word, Jo being the client and `after` the mentions already found. */
function ownerAt0(sentence: string, after: Record<number, Mention> = {}): Mention | undefined {
  const words = sentence.split(' ');
  const longest: (Mention | undefined)[] = words.map((_, i) => after[i]);
  openingOwner(words, () => [ownersIndex([['jo', 'client'], ['sam reed', 'client']]), shorthandOwners()], longest);
  return longest[0];
}

describe('openingOwner', () => {
  it('reads the possessive of one of the note\'s people or of the shorthand that opens the words as that person', () => {
    expect(ownerAt0("jo's voice went")).toEqual({ end: 1, value: 'client' });
    expect(ownerAt0("sam reed's voice went")).toEqual({ end: 2, value: 'client' });
    expect(ownerAt0("t's")).toEqual({ end: 1, value: 'practitioner' });
    expect(ownerAt0("the clinician's reply")).toEqual({ end: 2, value: 'practitioner' });
    expect(ownerAt0("my supervisor's tone")).toEqual({ end: 2, value: 'supervisor' });
    // The practitioner's role with no article, as clinical notes name their writer.
    expect(ownerAt0('clinician gave pt')).toEqual({ end: 1, value: 'practitioner' });
    expect(ownerAt0("therapist's tone")).toEqual({ end: 1, value: 'practitioner' });
    expect(ownerAt0('a fellow clinician')).toBeUndefined();
  });

  it('leaves an owner of someone outside, a longer mention there already, and a possessive past the opening', () => {
    expect(ownerAt0("jo's dad lists", { 1: { end: 2, value: 'other' } })).toBeUndefined();
    expect(ownerAt0("my supervisor's tone", { 0: { end: 3, value: 'other' } })).toEqual({ end: 3, value: 'other' });
    expect(ownerAt0("i presented jo's plan")).toBeUndefined();
    expect(ownerAt0("mick's breath")).toBeUndefined();
  });
});

describe('a sentence opening on the possessive of one of the note\'s people', () => {
  it('gives what the owner\'s challenge, heart or voice does to the owner', () => {
    expect(heard("T's challenge to Jo about the homework came out cold and clipped.")).toContain('harsh-punitive practitioner');
    expect(heard("The clinician's challenge to Jo about the homework came out cold and clipped.")).toContain('harsh-punitive practitioner');
    expect(heard("Jo's challenge to me about the homework came out cold and clipped.")).toContain('harsh-punitive client');
    expect(heard('P: Clinician gave Jo her personal cell number so he could text her over the weekend.')).toContain('boundary-issues practitioner');
    expect(heard("T's heart racing most of session; 3 different referrals suggested within 10 min of Jo mentioning the eviction notice.")).toContain('anxiety-urgency practitioner');
  });

  it('leaves a reflection\'s theme its writer\'s', () => {
    const files = {
      'Clients/C-7.md': noteText('type: client\ncode: C-7\naliases: [Jo]', ''),
      'Reflections/2026-03-02.md': noteText('type: reflection\ndate: 2026-03-02', "\nJo's grief stirred my own.\n"),
    };
    expect(engineWith(files).evidenceOf('Reflections/2026-03-02.md').map((e) => `${e.dynamic} ${e.role}`)).toEqual(['loss-abandonment-rejection self']);
  });

  it('still reads the owner of someone outside as no one of the relationships', () => {
    expect(heard("Jo's dad lists everything she gets wrong, from the bins to the school run, and rolls his eyes when she answers.")).toEqual([]);
    expect(heard("Jo's sister has been rescuing her again, paying all her bills for her.")).toEqual([]);
    // Roles written as their initials, as UK services name them: an independent sexual or domestic
    // violence adviser, a community psychiatric nurse, an approved mental health professional.
    expect(heard("Jo's ISVA rang the court four times on Monday demanding the date be moved that day, talking so fast the clerk could barely follow.")).toEqual([]);
    expect(heardInSupervision("In group supervision, a fellow worker presented Jo's plan and kept quiet about the night she drove Jo home in her own car.")).toEqual([]);
  });
});
