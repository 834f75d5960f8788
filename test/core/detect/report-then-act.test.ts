import { describe, expect, it } from 'vitest';
import { reportThenAct } from '../../../src/core/detect/report-then-act';
import { words } from '../../../src/core/text/tokens';
import { heardInSupervision } from '../../helpers/heard';

/** The verb reportThenAct finds in the words before a cue, whose last word follows a comma ("..., and"). */
function verbBefore(text: string, next: string): string | undefined {
  const w = words(text);
  const starts = w.map((_, i) => i === w.length - 1);
  const at = reportThenAct(w, starts, next);
  return at < 0 ? undefined : w[at];
}

describe('an act after a report, at ", and"', () => {
  it("is the reporter's when the report stands in a time of its own", () => {
    expect(verbBefore('my supervisor said a first-year trainee would have remembered and', 'made')).toBe('said');
    expect(verbBefore('my supervisor said I had got it wrong and', 'made')).toBe('said');
    // The role the sentence is heard with: the supervisor made me, not the trainee or I.
    expect(heardInSupervision('My supervisor said a first-year trainee would have remembered, and made me write out the referral again in front of her.')).toContain('harsh-punitive supervisor');
    expect(heardInSupervision('My supervisor said I had got it wrong, and made me write out the referral again in front of her.')).not.toContain('harsh-punitive supervisee');
  });

  it('is no one in particular when the report is in the same plain past, or the cue goes on with no past verb', () => {
    // "Jo said her boss ignored her, and gave the project to...": the boss may be the one who gave it.
    expect(verbBefore('jo said her boss ignored her and', 'gave')).toBeUndefined();
    expect(verbBefore('my supervisor said I had got it wrong and', 'she')).toBeUndefined();
    expect(verbBefore('my supervisor said I had got it wrong and', 'make')).toBeUndefined();
  });

  it('needs the comma before "and", and no clause between the report and it', () => {
    const w = words('my supervisor said I had got it wrong and');
    expect(reportThenAct(w, w.map(() => false), 'made')).toBe(-1);
    const split = words('my supervisor said I had got it wrong then later and');
    const starts = split.map((word, i) => word === 'then' || i === split.length - 1);
    expect(reportThenAct(split, starts, 'made')).toBe(-1);
  });
});
