import { describe, expect, it } from 'vitest';
import { judgingVerb } from '../../../src/core/detect/reported-judgement';
import { SKIPPED_WORDS } from '../../../src/core/model/note';
import { words } from '../../../src/core/text/tokens';

const verbOf = (w: string[]): string | undefined => {
  const at = judgingVerb(w);
  return at < 0 ? undefined : w[at];
};
const verbIn = (text: string): string | undefined => verbOf(words(text));

describe('the verb whose subject made a reported judgement', () => {
  it('is the verb of saying before a copula whose subject is no one of the note', () => {
    expect(verbIn('Tamika said her last therapist was')).toBe('said');
    expect(verbIn('she thinks the housing officer is')).toBe('thinks');
    expect(verbIn('My supervisor told me the plan was')).toBe('told');
  });

  it('goes on past the words left out when the report goes on ("told me ... and that ...")', () => {
    expect(verbOf(['tamika', 'told', 'me', SKIPPED_WORDS, 'and', 'that', 'the', 'therapist', 'the', 'district', 'sent', 'her', 'to', 'last', 'fall', 'was'])).toBe('told');
    expect(verbOf(['tamika', 'rang', 'me', SKIPPED_WORDS, 'and', 'the', 'therapist', 'was'])).toBeUndefined();
  });

  it('is none without a copula, a verb of saying, or past a pronoun that is the subject judged', () => {
    expect(verbIn('her last therapist was')).toBeUndefined();
    expect(verbIn('Tamika said her last therapist')).toBeUndefined();
    // A pronoun judged is read with the note's names (Subjects.speaker), not here.
    expect(verbIn('she said he was')).toBeUndefined();
    expect(verbIn('I told her I would call but the landlord was')).toBeUndefined();
  });

  it('still finds the verb before a superlative', () => {
    expect(verbIn("Kai's tutor tells everyone Kai is the most insightful student she has")).toBe('tells');
  });
});
