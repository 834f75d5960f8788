import { describe, expect, it } from 'vitest';
import { withoutJoinedObject } from '../../../src/core/detect/joined-object';
import { heard } from '../../helpers/heard';

/** Words as a cue hit keeps them, '|' before a word that opens a clause after punctuation. */
const hit = (first: string, text: string) => {
  const raw = text.split(' ');
  return { first, words: raw.map((w) => w.replace(/^\|/, '')), starts: raw.map((w, i) => i === 0 || w.startsWith('|')) };
};

describe('a noun phrase joined by "and" before a phrase of place or time', () => {
  it('is one of the things done, not a new subject: the words before it go on', () => {
    expect(withoutJoinedObject(hit('within', 'i phoned the gp and the duty psychiatrist from my car'))[0]).toEqual(['i', 'phoned', 'the', 'gp']);
    // A list of them after a comma goes too.
    expect(withoutJoinedObject(hit('within', 'i phoned the gp |the health visitor and the duty psychiatrist'))[0]).toEqual(['i', 'phoned', 'the', 'gp']);
  });

  it('stays when the cue is no such phrase ("and the psychiatrist rang back"), or a clause opens before it', () => {
    const rang = hit('rang', 'i phoned the gp and the psychiatrist');
    expect(withoutJoinedObject(rang)[0]).toBe(rang.words);
    const opened = hit('within', 'i phoned the gp |and the psychiatrist');
    expect(withoutJoinedObject(opened)[0]).toBe(opened.words);
  });

  it('leaves the act to the writer in a whole sentence', () => {
    expect(heard('I phoned the GP, the health visitor and the duty psychiatrist from my car within ten minutes of leaving her house.')).toContain('anxiety-urgency practitioner');
  });
});
