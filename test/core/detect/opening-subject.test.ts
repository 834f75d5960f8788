import { describe, expect, it } from 'vitest';
import { SubjectReader } from '../../../src/core/detect/subjects';
import { outsiderWords } from '../../../src/core/detect/outsiders';
import { wordsWithCommas } from '../../helpers/clause-words';

/** The role of a cue after these words (commas marked as readCueHits marks them) in a supervision note the supervisee wrote, about Jade, with Maggie as the supervisor. */
const reader = new SubjectReader('supervision', { client: ['Jade'], supervisor: ['Maggie'], supervisee: [], author: 'supervisee' }, outsiderWords());
const role = (sentence: string): ReturnType<SubjectReader['role']> => reader.role({ first: 'refused', ...wordsWithCommas(sentence) });

describe('he or she in a supervision note that names two of its people', () => {
  it('goes on with the one who opens the sentence as its subject', () => {
    expect(role('maggie insisted i discharge jade this month, and when i gave my reasons she')).toBe('supervisor');
    expect(role('maggie read my process notes on jade and she')).toBe('supervisor');
    expect(role('my supervisor heard me out about jade, then she')).toBe('supervisor');
    expect(role('maggie said she had taken my question about jade to her own group and')).toBe('supervisor');
    // The one told is a listener, not a subject: "Jade told Maggie at the review that she [relies on me]".
    expect(role('jade told maggie at the review that she')).toBe('client');
  });

  it('leaves it open where another of them is a subject later, or a reason is given (the review of session 35)', () => {
    // The client as the subject of what is asked, said or noticed: the pronoun may go on with her.
    expect(role('maggie asked how jade was doing and she')).toBe('unknown');
    expect(role('maggie pointed out that jade had cancelled twice and she')).toBe('unknown');
    expect(role('maggie thought jade was doing better, but she')).toBe('unknown');
    expect(role('maggie suggested jade was stuck, and she')).toBe('unknown');
    expect(role('jade came up at the end, and maggie said she')).toBe('unknown');
    // A reason: "..., because she deflected" explains what was said of the client.
    expect(role('maggie suggested i ask jade about the court date, because she')).toBe('unknown');
    // An opening pair, a pronoun I report, and a clause of time or condition first.
    expect(role('maggie and i looked at why jade keeps asking for time: she')).toBe('unknown');
    expect(role('maggie asked how the ending with jade went and i said she')).toBe('unknown');
    expect(role('when maggie suggested a risk assessment for jade, i told her i knew jade better than she')).toBe('unknown');
  });
});
