import { describe, expect, it } from 'vitest';
import { perceivedObject, perceivedSubject } from '../../../src/core/detect/perceived-clause';
import { heardInSupervision } from '../../helpers/heard';

/** The words before a cue, the first opening the sentence, and where the one named stands. */
const clause = (sentence: string): { words: string[]; starts: boolean[] } => {
  const words = sentence.split(' ');
  return { words, starts: words.map((_, i) => i === 0) };
};

describe('who acts after a verb of perceiving or thinking', () => {
  it('takes the one named right after it as the subject when only auxiliaries follow', () => {
    const subject = (sentence: string, at: number, end = at + 1): boolean => {
      const { words, starts } = clause(sentence);
      return perceivedSubject(words, starts, at, end);
    };
    expect(subject('i noticed jo', 2)).toBe(true);
    expect(subject('i felt my supervisor was', 2, 4)).toBe(true);
    expect(subject('i felt jo seemed to', 2)).toBe(true);
    expect(subject('i found jo to be', 2)).toBe(true);
    // Not after another verb, nor an object with more after it, nor a purpose ("to avoid a gap").
    expect(subject('i rang jo', 2)).toBe(false);
    expect(subject('i saw jo on tuesday and', 2)).toBe(false);
    expect(subject('i saw jo again to', 2)).toBe(false);
  });

  it('reads a verb of describing as one of perceiving: the one described acts ("as I described Jo\'s manager [snapping at him]")', () => {
    const { words, starts } = clause("as i described jo's manager");
    expect(perceivedSubject(words, starts, 3, 5)).toBe(true);
    // The manager snaps, not I: no fault-finding of the supervisee's.
    expect(heardInSupervision("As I described Jo's manager snapping at her, my supervisor began questioning me in the same clipped way.")).not.toContain('persecuting supervisee');
    expect(heardInSupervision('As I described the case, I was snapping at my supervisor in the same clipped way.')).toContain('persecuting supervisee');
  });

  it('ends the clause at punctuation between the one named and the cue', () => {
    expect(perceivedSubject(['i', 'sensed', 'jo'], [true, false, false, true], 2, 3)).toBe(false);
  });

  it('gives the act to him, her or them ending the words after such a verb', () => {
    const object = (sentence: string): boolean => {
      const { words, starts } = clause(sentence);
      return perceivedObject(words, starts);
    };
    expect(object('i noticed her')).toBe(true);
    expect(object('i watched them')).toBe(true);
    expect(object('i rang her')).toBe(false);
    expect(object('i noticed her sister')).toBe(false);
    // Not where the cue follows punctuation: "I watched her, [going quiet] myself".
    expect(perceivedObject(['i', 'watched', 'her'], [true, false, false, true])).toBe(false);
  });
});
