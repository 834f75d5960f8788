import { describe, expect, it } from 'vitest';
import { cueOpening, directiveVerb } from '../../../src/core/detect/reported-directive';
import { wordsWithCommas } from '../../helpers/clause-words';
import { heard, heardInSupervision } from '../../helpers/heard';

/** The verb of the directive whose pronoun is the last "i" or "we" of the words before a cue opening on `next`, or -1. */
function verbBefore(before: string, ...next: string[]): string | undefined {
  const { words, starts } = wordsWithCommas(before);
  const pronounAt = Math.max(words.lastIndexOf('i'), words.lastIndexOf('we'));
  const verb = directiveVerb(words, starts, pronounAt, next);
  return verb < 0 ? undefined : words[verb];
}

describe('a directive reported with "I" or "we" for its subject', () => {
  it('is found after a verb of saying, telling or demanding, with "that" or a listener between', () => {
    expect(verbBefore('my supervisor read the risk section and said i', 'must')).toBe('said');
    expect(verbBefore('she was on her feet saying we', 'had', 'to')).toBe('saying');
    expect(verbBefore('she told me that we', 'should')).toBe('told');
    expect(verbBefore('jo demanded we need to decide tonight and')).toBe('demanded');
  });

  it('is none without a modal of obligation, or "have" without "to", or after punctuation', () => {
    expect(verbBefore('jo said i', 'had')).toBeUndefined();
    expect(verbBefore('jo said i', 'rescued')).toBeUndefined();
    expect(verbBefore('jo said we had a row and')).toBeUndefined();
    expect(verbBefore('it was, as she said, i', 'must')).toBeUndefined();
  });

  it('reads "to" after "had", "have" or "has" from the sentence, where the cue keeps its first word only', () => {
    expect(cueOpening('had', 'we', 'My supervisor was on her feet saying we had to call the police within the hour.')).toEqual(['had', 'to']);
    expect(cueOpening('had', 'we', 'Jo said we had enough of it.')).toEqual(['had']);
    expect(cueOpening('must', 'i', 'Jo said I must ring them.')).toEqual(['must']);
  });
});

describe('who urges a directive reported', () => {
  it('is whoever gives it, not the one told', () => {
    expect(heardInSupervision('My supervisor read the risk section on Jo and said I must ring social care before I left the building.')).toContain('anxiety-urgency supervisor');
    expect(heardInSupervision("Before I'd finished describing Jo's voicemail, my supervisor was on her feet saying we had to call the police within the hour.")).toContain('anxiety-urgency supervisor');
    // Someone outside gives it: no one's in the relationships.
    expect(heardInSupervision('The duty manager read the message on Jo, said we had to act within the hour and reeled off four calls for me to make.')).toEqual([]);
  });

  it('leaves what the writer is reported to have done theirs', () => {
    expect(heard('Jo said I had a go at her last week about the homework.')).toContain('persecuting practitioner');
  });
});
