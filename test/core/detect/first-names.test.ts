import { describe, expect, it } from 'vitest';
import { firstNames } from '../../../src/core/detect/first-names';
import { SubjectReader } from '../../../src/core/detect/subjects';
import { outsiderWords } from '../../../src/core/detect/outsiders';

/** The role a reader gives a cue after these words, the first opening the sentence. */
const roleAfter = (reader: SubjectReader, sentence: string): ReturnType<SubjectReader['role']> => {
  const words = sentence.toLowerCase().split(' ');
  return reader.role({ first: 'turned', words, starts: words.map((_, i) => i === 0) });
};

describe("first names none of the note's people answer to", () => {
  it('holds first names, not the everyday words some names are', () => {
    for (const name of ['dan', 'eli', 'alex', 'lisa']) expect(firstNames().has(name)).toBe(true);
    for (const word of ['will', 'hope', 'may', 'joy', 'the']) expect(firstNames().has(word)).toBe(false);
  });

  it("reads one in a session note as someone else's, and the client's own first name as the client's", () => {
    // A couple's note: the couple is the client, each partner someone else (test/fixtures/vaults/dev-couples).
    const couple = new SubjectReader('session', { client: ['CF-201', 'the Morenos'], supervisor: [], supervisee: [], author: 'supervisee' }, outsiderWords());
    expect(roleAfter(couple, 'dan')).toBeNull();
    expect(roleAfter(couple, 'the morenos')).toBe('client');
    expect(roleAfter(couple, 'i asked about the budget and dan')).toBeNull();
    const individual = new SubjectReader('session', { client: ['C-014', 'Dan'], supervisor: [], supervisee: [], author: 'supervisee' }, outsiderWords());
    expect(roleAfter(individual, 'dan')).toBe('client');
    // A client note named by a full name: its first name alone is no one outside, and stays no one known, as before.
    const named = new SubjectReader('session', { client: ['Sam Jones', 'C-014'], supervisor: [], supervisee: [], author: 'supervisee' }, outsiderWords());
    expect(roleAfter(named, 'sam')).toBe('unknown');
    expect(roleAfter(named, 'dan')).toBeNull();
    // A word no subject could be is left as before: the sentence's role stays unknown.
    expect(roleAfter(couple, 'in the last ten minutes')).toBe('unknown');
  });

  it("reads one in a reflection as someone else's, where the writer's own acts are their own", () => {
    const reflection = new SubjectReader('reflection', { client: [], supervisor: [], supervisee: [], author: 'supervisee' }, outsiderWords());
    expect(roleAfter(reflection, 'mark')).toBeNull();
    expect(roleAfter(reflection, 'i')).toBe('self');
  });

  it('leaves a first name in a supervision note unknown, as a client discussed there may go by one', () => {
    const supervision = new SubjectReader('supervision', { client: [], supervisor: ['Naomi'], supervisee: [], author: 'supervisee' }, outsiderWords());
    expect(roleAfter(supervision, 'dan')).toBe('unknown');
    expect(roleAfter(supervision, 'naomi')).toBe('supervisor');
  });
});
