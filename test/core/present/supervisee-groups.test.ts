import { describe, expect, it } from 'vitest';
import { groupBySupervisee, OWN_GROUP } from '../../../src/core/present/supervisee-groups';
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
});
