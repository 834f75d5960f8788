import { describe, expect, it } from 'vitest';
import { subjectAfterOpening } from '../../../src/core/cues/opening-cue';
import { tokenize } from '../../../src/core/text/tokens';
import { heardInSupervision } from '../../helpers/heard';

/** The words read as the subject of a cue that spans the sentence's words [from, to). */
function after(text: string, from: number, to: number): readonly string[] | undefined {
  return subjectAfterOpening(tokenize(text), text, from, to)?.words;
}

describe('the subject of a cue that opens its sentence', () => {
  it('reads the few words after it, up to a clause or phrase of their own', () => {
    // "For the fifth" opens the sentence: Dimitrios, after "week running", is whose it is.
    expect(after('For the fifth week running Dimitrios went through the same three reasons.', 0, 3)).toEqual(['dimitrios', 'went', 'through', 'the', 'same']);
    expect(after('Every month my supervisor takes me through the same flowchart.', 0, 2)).toEqual(['my', 'supervisor', 'takes', 'me', 'through']);
    // A comma right after the cue is passed over; one later ends the words.
    expect(after('Same old story, Sam says, and the same plan.', 0, 3)).toEqual(['sam', 'says']);
    // After a section label, the cue still opens the sentence.
    expect(after('D: For the fifth week running Dimitrios went through the same three reasons.', 1, 4)).toEqual(['dimitrios', 'went', 'through', 'the', 'same']);
  });

  it('reads past the rest of an opening count ("month in a row", "week running") to the subject after it', () => {
    // Stopping at "in" of "in a row" left only "month", no one's: the stuckness had no role.
    expect(after('For the fourth month in a row I laid out the same choice.', 0, 3)).toEqual(['i', 'laid', 'out', 'the', 'same']);
    expect(after('For the third session straight Jo brought the same list.', 0, 3)).toEqual(['jo', 'brought', 'the', 'same', 'list']);
    expect(heardInSupervision("For the fourth month in a row I laid out Jo's choice between staying and moving, and we went over the same pros and cons.")).toContain('stuckness supervisee');
    // A count with no time noun after the cue is read as before.
    expect(after('Every month my supervisor takes me through the same flowchart.', 0, 2)).toEqual(['my', 'supervisor', 'takes', 'me', 'through']);
  });

  it('reads past a cue that is a clause of its own to the words after the comma that closes it', () => {
    // "Each time we came near" has its own subject ("we"): whose the turning away is comes after the comma.
    expect(after('Each time we came near the eviction letter, Priya asked about my weekend.', 0, 5)).toEqual(['priya', 'asked']);
    expect(after('D: every time we got close to her father, she went to refill the kettle.', 1, 7)).toEqual(['she', 'went']);
    // With no comma to close it, the words right after it are read, as after any opening cue.
    expect(after('Each time we came near the letter she asked about my weekend.', 0, 5)).toEqual(['the', 'letter', 'she', 'asked']);
  });

  it('reads nothing when words stand before the cue, or a clause or phrase of its own follows it', () => {
    expect(after('Today for the fifth week running Dimitrios went through it.', 1, 4)).toBeUndefined();
    // "Withdrew when T asked about her mother": the withdrawal is not T's.
    expect(after('Withdrew when T asked about her mother.', 0, 1)).toBeUndefined();
    expect(after('Same old row with her mum.', 0, 3)).toBeUndefined();
    expect(after('Same old row.', 0, 3)).toBeUndefined();
    // A cue that opens with its own subject has it: "I found myself working harder than the client".
    expect(after('I found myself working harder than the client.', 0, 3)).toBeUndefined();
    expect(after("She's gone quiet again today.", 0, 3)).toBeUndefined();
    // A cue that opens with a verb has its object after it, not its subject.
    expect(after('Criticised Jo in front of the group.', 0, 1)).toBeUndefined();
    expect(after('Rescued Jo again.', 0, 1)).toBeUndefined();
  });
});
