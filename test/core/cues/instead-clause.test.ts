import { describe, expect, it } from 'vitest';
import { insteadOfDenied } from '../../../src/core/cues/instead-clause';
import { tokenize } from '../../../src/core/text/tokens';
import { cueDynamics as dynamicsOf } from '../../helpers/cue-dynamics';

/** The words of a sentence that insteadOfDenied puts in a clause of what was done instead. */
function insteadWords(text: string): string[] {
  const tokens = tokenize(text);
  return tokens.filter((_, i) => insteadOfDenied(tokens, text, i, 0)).map((t) => t.word);
}

describe('a description after a denial, by the same person', () => {
  it('is what was done instead: no evidence of what it describes', () => {
    // Each second clause alone is heard...
    expect(dynamicsOf('I drafted his reply to the council while he watched.')).toContain('rescuing');
    expect(dynamicsOf('Jo let her friends help with the move at the weekend and was glad of them.')).toContain('attachment-secure');
    expect(dynamicsOf('I went through it line by line with Jo.')).toContain('persecuting');
    // ...and after a denial of the same person's act, it is the alternative to what was denied.
    expect(dynamicsOf('I did not write the letter for Sam; I drafted his reply to the council while he watched.')).not.toContain('rescuing');
    expect(dynamicsOf('Jo did not do the move alone; she let her friends help at the weekend and was glad of them.')).not.toContain('attachment-secure');
    expect(dynamicsOf('I did not go along with skipping the risk plan: in the end I went through it line by line with Jo.')).not.toContain('persecuting');
  });

  it('needs the same doer: someone else acting after the denial is evidence', () => {
    expect(dynamicsOf('Sam did not ring the council; I drafted his reply to the council while he watched.')).toContain('rescuing');
    expect(insteadWords('Sam did not ring the council; I drafted his reply.')).toEqual([]);
  });

  it('is not what a denial of holding back leads to, nor what was left undone so far', () => {
    // "Did not think twice" denies restraint: what follows is the act.
    expect(dynamicsOf('I did not think twice; I drafted his reply to the council while he watched.')).toContain('rescuing');
    // "Still haven't" tells of something undone, which the clause after describes.
    expect(insteadWords("I still haven't said what we are working towards; I let him choose a topic each week.")).toEqual([]);
    expect(insteadWords("I've never said what we are working towards; I let him choose a topic each week.")).toEqual([]);
  });

  it('is not what follows a denied restraint, a habit, or a turn back with "but"', () => {
    // Denying a healthy act leaves the act after it: these are the admissions supervision is for.
    expect(dynamicsOf("I didn't say no; I filled in her housing form for her while she watched.")).toContain('rescuing');
    expect(dynamicsOf("I didn't feel able to say no; I filled in her housing form for her while she watched.")).toContain('rescuing');
    expect(dynamicsOf('I did not stick to the contract; instead I drafted his reply to the council while he watched.')).toContain('rescuing');
    // A habit told in the present, or with "never" and a present verb, is at work in the clause after.
    expect(dynamicsOf("I don't usually do this; I filled in her housing form for her while she watched.")).toContain('rescuing');
    expect(dynamicsOf('Jo never says no to her brother; she drafted his reply to the council while he watched.')).toContain('rescuing');
    expect(insteadWords('I never rang the council for her; I asked what she wanted.')).toEqual(['i', 'asked', 'what', 'she', 'wanted']);
    // Past a "but", the clause turns back to what was denied.
    expect(dynamicsOf('I did not ring the council; I asked what she wanted, but in the end I filled in her housing form for her while she watched.')).toContain('rescuing');
  });

  it('takes "we" only after one of the session\'s own people, and a capital only from a name', () => {
    expect(dynamicsOf('Her social worker did not turn up; we drifted onto football for most of the session.')).toContain('avoidance-withdrawal');
    expect(dynamicsOf('Again her social worker did not turn up; we drifted onto football for most of the session.')).toContain('avoidance-withdrawal');
    expect(dynamicsOf('Mum did not turn up; we drifted onto football for most of the session.')).toContain('avoidance-withdrawal');
    expect(insteadWords('Mbali, the principal I reviewed, did not steer us away; we went through them.')).toEqual(['we', 'went', 'through', 'them']);
    expect(dynamicsOf('The DWP did not pay; she drafted his reply to the council while he watched.')).toContain('rescuing');
  });

  it('reads the subject past a joining word, an opening phrase, or "Jo and I"', () => {
    expect(insteadWords('I did not push; instead I asked what she wanted.')).toEqual(['i', 'asked', 'what', 'she', 'wanted']);
    expect(insteadWords('I did not push; the same week, I asked her.')).toEqual(['i', 'asked', 'her']);
    expect(insteadWords('I did not skip it; Jo and I read it together.')).toEqual(['jo', 'and', 'i', 'read', 'it', 'together']);
    expect(insteadWords('My supervisor did not labour it; we agreed the wording.')).toEqual(['we', 'agreed', 'the', 'wording']);
    // Nothing or no one taken by a past act denies it as "did not" does.
    expect(insteadWords('I held nothing back: I told my supervisor.')).toEqual(['i', 'told', 'my', 'supervisor']);
    expect(insteadWords('I said nothing much, I think; she rang off.')).toEqual([]);
    // A clause that opens on no person, or on its verb, goes on with what was denied.
    expect(insteadWords('I did not mention it; it had gone well.')).toEqual([]);
    expect(insteadWords('Cl. did not open the letters; keeps them in a drawer.')).toEqual([]);
  });

  it('keeps a cue phrase, which names its dynamic wherever it stands', () => {
    expect(dynamicsOf('I did not ring the council for her; I rescued her in other ways.')).toContain('rescuing');
  });

  it('is no clause break inside a time of day', () => {
    expect(insteadWords('I did not start at 10:30 I drafted his reply.')).toEqual([]);
  });
});
