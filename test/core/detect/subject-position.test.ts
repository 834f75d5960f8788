import { describe, expect, it } from 'vitest';
import { isSubjectPosition } from '../../../src/core/detect/subject-position';
import { wordsWithCommas } from '../../helpers/clause-words';
import { heard } from '../../helpers/heard';

/** Whether `title` (someone outside) stands as a subject in the words before a cue. */
function subject(before: string, title: string): boolean {
  const { words, starts } = wordsWithCommas(before);
  return isSubjectPosition(words, starts, words.indexOf(title), 'other');
}

describe('a title of someone outside opening its clause with no article, as shorthand writes it', () => {
  it('is a subject after nouns alone', () => {
    expect(subject('hostel night manager spent handover', 'manager')).toBe(true);
    expect(subject('duty senior', 'senior')).toBe(true);
  });

  it('is no subject after a word that may be a verb', () => {
    expect(subject('rang hostel manager', 'manager')).toBe(false);
    expect(subject('ask key manager', 'manager')).toBe(false);
    expect(subject('cl messages night manager', 'manager')).toBe(false);
    expect(subject('called night manager', 'manager')).toBe(false);
  });

  it("makes what the title does no one's, not the client's nor the practitioner's", () => {
    expect(heard('Hostel night manager spent handover running Jo down to T: idiot, always late, every problem on the floor his doing.')).toEqual([]);
  });
});
