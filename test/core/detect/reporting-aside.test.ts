import { describe, expect, it } from 'vitest';
import { withoutReportingAside } from '../../../src/core/detect/reporting-aside';
import { heard } from '../../helpers/heard';

describe('an aside that says who reported the sentence', () => {
  it('is no subject: the one before it acts ("Tom\'s mother, Rachel reports, goes through his failings")', () => {
    expect(heard("Jo's mother, Jo tells me, goes through her failings one after another at every Sunday lunch.")).toEqual([]);
    expect(heard("Jo's sister, Jo says, writes his work emails for him.")).toEqual([]);
    expect(heard('Jo, her sister says, writes his work emails for him.')).toContain('rescuing client');
  });

  it('leaves a clause of its own after the aside, and a report at the end, as they were', () => {
    expect(heard('When I raised the debt, Jo says, she changed the subject to the weather.')).toContain('avoidance-withdrawal client');
    expect(heard("Jo writes her brother's work emails for him, her sister says.")).toContain('rescuing client');
  });

  it('takes out only words closed by a comma on both sides and ending on a verb of saying, with its listener', () => {
    // tom's mother , rachel reports , [cue]: the cue follows a comma (the entry past the words).
    expect(withoutReportingAside(["tom's", 'mother', 'rachel', 'reports'], [false, false, true, false, true])).toEqual([["tom's", 'mother'], [false, false, false]]);
    expect(withoutReportingAside(['the', 'warden', 'joy', 'tells', 'me'], [false, false, true, false, false, true])).toEqual([['the', 'warden'], [false, false, false]]);
    // Not closed before the cue, or no verb of saying: no aside.
    expect(withoutReportingAside(["tom's", 'mother', 'rachel', 'reports'], [false, false, true, false, false])[0]).toHaveLength(4);
    expect(withoutReportingAside(['after', 'lunch', 'on', 'sunday'], [false, false, true, false, true])[0]).toHaveLength(4);
  });
});
