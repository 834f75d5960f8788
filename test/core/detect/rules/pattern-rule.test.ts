import { describe, expect, it } from 'vitest';
import { withSessionAgain } from '../../../../src/core/detect/rules/pattern-rule';
import type { RuleContext, SessionRef } from '../../../../src/core/detect/rule-context';
import type { Evidence } from '../../../../src/core/model/flag';

const ref = (path: string, day: number, client = 'C-1'): SessionRef => ({ path, client, practitioner: 'P', day, date: '2026-03-01' });
const rescuing = (path: string, role: Evidence['role']): Evidence => ({ path, dynamic: 'rescuing', noteType: 'session', date: '2026-03-01', role, source: 'text', line: 1, text: 'I rang the council for her.' });

/** The little of a rule context this reads: the practitioner's sessions as they now stand, and each one's evidence. */
function context(sessions: SessionRef[], evidence: Record<string, Evidence[]>): RuleContext {
  return { sessionsOfPractitioner: () => sessions, evidence: (path: string) => evidence[path] ?? [] } as unknown as RuleContext;
}

describe("the pattern rule's kept list of a practitioner's hits", () => {
  it('takes a session out and puts it back where it now stands, if it is still a hit', () => {
    const a = ref('a', 1);
    const b = ref('b', 5);
    const c = ref('c', 9);
    const moved = ref('b', 10);
    const now = context([a, c, moved], { a: [rescuing('a', 'practitioner')], b: [rescuing('b', 'practitioner')], c: [rescuing('c', 'practitioner')] });
    // As it was (day 5): out; as it is (day 10): in, after c.
    const once = withSessionAgain([a, b, c], b, 'rescuing', now);
    expect(once.map((s) => s.path)).toEqual(['a', 'c']);
    expect(withSessionAgain(once, moved, 'rescuing', now)).toEqual([a, c, moved]);
    // No longer the practitioner's act: out, and not back.
    const client = context([a, b, c], { b: [rescuing('b', 'client')] });
    expect(withSessionAgain([a, b, c], b, 'rescuing', client).map((s) => s.path)).toEqual(['a', 'c']);
  });

  it('finds the session by its path where the list holds it on another day than the one handed over', () => {
    const a = ref('a', 1);
    const b = ref('b', 5);
    const c = ref('c', 9);
    const gone = context([a, c], {});
    expect(withSessionAgain([a, b, c], ref('b', 7), 'rescuing', gone).map((s) => s.path)).toEqual(['a', 'c']);
  });
});
