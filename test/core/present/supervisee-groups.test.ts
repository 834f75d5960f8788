import { describe, expect, it } from 'vitest';
import { groupEvidence, rowWords } from '../../../src/core/present/evidence-groups';
import { roleLabel } from '../../../src/core/present/flag-labels';
import { chairOf, groupBySupervisee, OWN_GROUP } from '../../../src/core/present/supervisee-groups';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const FILES = readFixtureVault('test/fixtures/vaults/supervisor-vault');

describe("a supervisor's flags by supervisee", () => {
  it('puts each flag under the supervisee of the note the supervisor wrote, by name', () => {
    const engine = engineWith(FILES);
    const grouping = groupBySupervisee(engine.graph, engine.flags());
    expect(grouping.groups).toEqual([
      { key: 'People/Ben Ortiz.md', label: 'Ben Ortiz' },
      { key: 'People/Clare Wu.md', label: 'Clare Wu' },
      { key: 'People/Dev Patel.md', label: 'Dev Patel' },
    ]);
    for (const flag of engine.flags()) expect(grouping.groupOf.get(flag.id)).toBe(flag.practitioner);
  });

  it("puts flags of the supervisor's own supervision (of their supervision) in their own group, last", () => {
    // Nadia takes Ben's case B-01 to her own supervisor, and finds herself going quiet about it.
    const engine = engineWith({
      ...FILES,
      'Supervision/2026-06-24 Supervision of supervision.md': noteText(
        'type: supervision\nsupervisor: "[[Ruth Adler]]"\nsupervisee: "[[Nadia Khan]]"\ndate: 2026-06-24\nduration: 1h30\ncases: ["[[B-01]]"]\nsupervisee_dynamics: [avoidance]',
        'I avoided talking about B-01 with Ruth.',
      ),
    });
    const grouping = groupBySupervisee(engine.graph, engine.flags());
    const own = engine.flags().filter((f) => f.supervision === 'Supervision/2026-06-24 Supervision of supervision.md');
    expect(own.length).toBeGreaterThan(0);
    for (const flag of own) expect(grouping.groupOf.get(flag.id)).toBe(OWN_GROUP);
    expect(grouping.groups.at(-1)).toEqual({ key: OWN_GROUP, label: 'Your own supervision and reflections' });
  });

  it("names the evidence of a supervisee's flag from the supervisor's chair: the supervisor is you, the supervisee is the supervisee", () => {
    const engine = engineWith(FILES);
    const grouping = groupBySupervisee(engine.graph, engine.flags());
    const flag = engine.flags()[0];
    expect(chairOf(grouping, flag.id)).toBe('supervisor');
    expect(chairOf(undefined, flag.id)).toBe('practitioner');
    expect([roleLabel('supervisor', 'supervisor'), roleLabel('supervisee', 'supervisor'), roleLabel('practitioner', 'supervisor')]).toEqual(['you', 'supervisee', 'supervisee']);
    expect([roleLabel('supervisor'), roleLabel('supervisee')]).toEqual(['supervisor', 'you']);
    const rows = engine.flags().flatMap((f) => groupEvidence(f).flatMap((n) => n.rows.map((r) => ({ text: r.text, tags: r.roles.map((role) => roleLabel(role, chairOf(grouping, f.id))) }))));
    const tags = (start: string): string[] | undefined => rows.find((r) => r.text.startsWith(start))?.tags;
    expect(tags('I was critical of his case notes')).toEqual(['you']);
    expect(tags('Ben avoided bringing the recording')).toEqual(['supervisee']);
    expect(tags('Summary Clare shared: I jumped in')).toEqual(['supervisee']);
    // A property marked for each: "by you" is the supervisor in their own notes.
    const marked = (role: 'supervisor' | 'supervisee'): string => rowWords({ line: 8, source: 'property', property: `${role}_dynamics`, text: 'rescuing', roles: [role], markers: [] }, 'supervisor').text;
    expect([marked('supervisor'), marked('supervisee')]).toEqual(['Marked in properties: rescuing, by you', 'Marked in properties: rescuing, by your supervisee']);
  });
});
