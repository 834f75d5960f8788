import { describe, expect, it } from 'vitest';
import { relativeClauseAntecedent } from '../../../src/core/detect/relative-clause';
import type { Who } from '../../../src/core/detect/mentions';
import { wordsWithCommas } from '../../helpers/clause-words';
import { heard } from '../../helpers/heard';

/** Mentions as SubjectReader finds them: here, "sam" is the client and "her mother" someone else. */
const mentionsOf =
  (words: readonly string[]) =>
  (from: number): ({ end: number; value: Who } | undefined)[] =>
    words.map((word, i) => (i < from ? undefined : word === 'sam' ? { end: i + 1, value: 'client' } : word === 'her' && words[i + 1] === 'mother' ? { end: i + 2, value: 'other' } : undefined));

function antecedent(sentence: string): Who | undefined {
  const { words, starts } = wordsWithCommas(sentence);
  return relativeClauseAntecedent(words, starts, mentionsOf(words));
}

describe('the one a relative clause hangs on', () => {
  it('is the subject once the clause set off by commas has closed', () => {
    expect(antecedent('sam, who says her mother treated her like a maid, spent the visit')).toBe('client');
  });

  it('is no answer while the clause is still open, or with no commas around it', () => {
    expect(antecedent('sam, who says her mother')).toBeUndefined();
    expect(antecedent('sam who says her mother treated her like a maid spent the visit')).toBeUndefined();
  });

  it('is the one named before a clause that closes right before the cue, a description too', () => {
    expect(antecedent('sam, whom i took to supervision,')).toBe('client');
    expect(antecedent('sam, whose case i brought to supervision,')).toBe('client');
    expect(antecedent('sam, the client i discussed in supervision today,')).toBe('client');
    expect(antecedent('her mother, who i met once,')).toBe('other');
    // Still open at the cue: no answer ("Sam, who I keep [rescuing]").
    expect(antecedent('sam, whom i took to supervision')).toBeUndefined();
    expect(antecedent('sam, who i keep')).toBeUndefined();
    // A later description of no one named passes to the relative clause before it.
    expect(antecedent('sam, who i saw on tuesday, the day after her birthday,')).toBe('client');
    expect(antecedent('i rang sam, the day i heard,')).toBeUndefined();
  });

  it('gives way to a pronoun, a verb of saying or a subject after the clause', () => {
    expect(antecedent('sam, who says her mother drinks, told me she')).toBeUndefined();
    expect(antecedent('sam, who says her mother drinks, said that')).toBeUndefined();
    expect(antecedent('sam, who cleans for a living, her mother')).toBeUndefined();
  });
});

describe('a relative clause in a session note', () => {
  it('gives the act after the clause to the one it hangs on, and the act inside it to its own subject', () => {
    expect(heard('Jo, whom I took to supervision last week, emails me before every lecture to ask which seat to take.')).toEqual(['dependency client']);
    // Read through the speaker of "calls me": the comma before "calls" closes the description.
    expect(heard('Jo, the student I discussed in supervision, calls me the best counsellor she has ever had.')).toEqual(['idealisation-devaluation client']);
    expect(heard('Jo, who I saw on Tuesday, the day after her birthday, went quiet when I mentioned her dad.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('Jo, who I have been avoiding since the complaint, left a voicemail.')).toEqual(['avoidance-withdrawal practitioner']);
    expect(heard('Her mother, who I met once, criticises everything Jo does.')).toEqual([]);
  });

  it('goes on with the sentence\'s subject after a clause hanging on an object, where "and" joins the verb', () => {
    // The second review's sentences: the act after ", and" is the subject's, not the one the clause hangs on.
    expect(heard("I rang Jo, whom I hadn't heard from in weeks, and took over the call to the council for her.")).toEqual(['rescuing practitioner']);
    expect(heard('Jo mentioned her sister, whose wedding is next month, and changed the subject.')).toEqual(['avoidance-withdrawal client']);
    // A phrase of a topic after the comma describes no one: "the part I find hardest ... is feeling helpless" is mine.
    expect(heard('Jo, the part I find hardest, frankly, is feeling helpless.')).toEqual(['victim-helplessness practitioner']);
  });
});
