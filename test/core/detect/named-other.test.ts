import { describe, expect, it } from 'vitest';
import { namedAfterSaying } from '../../../src/core/detect/named-other';
import { heard, heardInSupervision } from '../../helpers/heard';

const noneKnown = (): boolean => false;

describe('someone named after a verb of saying', () => {
  it('is someone else when the name has a capital and none of the note\'s people answers to it', () => {
    expect(namedAfterSaying(['jo', 'says', 'rhys'], 'Jo says Rhys drafted it.', noneKnown)).toBe(true);
    expect(namedAfterSaying(['jo', 'said', 'that', 'tom'], 'Jo said that Tom rang.', noneKnown)).toBe(true);
    // One of the note's people, a pronoun, a day or a word written small is not.
    expect(namedAfterSaying(['jo', 'says', 'rhys'], 'Jo says Rhys drafted it.', () => true)).toBe(false);
    expect(namedAfterSaying(['jo', 'says', 'she'], 'Jo says she drafted it.', noneKnown)).toBe(false);
    expect(namedAfterSaying(['jo', 'says', 'monday'], 'Jo says Monday was hard.', noneKnown)).toBe(false);
    expect(namedAfterSaying(['jo', 'says', 'everything'], 'Jo says everything went wrong.', noneKnown)).toBe(false);
    // No verb of saying before it, or no text to read the capital in.
    expect(namedAfterSaying(['jo', 'and', 'rhys'], 'Jo and Rhys drafted it.', noneKnown)).toBe(false);
    expect(namedAfterSaying(['jo', 'says', 'rhys'], undefined, noneKnown)).toBe(false);
  });

  it('keeps what that person does from the client, and leaves the client and the practitioner theirs', () => {
    expect(heard('Jo says Rhys drafted the letter to the council for her.')).toEqual([]);
    expect(heard('Rhys says Jo drafted the letter to the council for him.')).toContain('rescuing client');
    expect(heard('Jo says T drafted the letter to the council for her.')).toContain('rescuing practitioner');
    expect(heardInSupervision('I told Ann that Jo says Marcus drafted every letter for her.')).toEqual([]);
  });
});
