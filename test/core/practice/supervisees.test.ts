import { describe, expect, it } from 'vitest';
import { presentedCases, superviseeChoices, superviseeClients } from '../../../src/core/practice/supervisees';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const FILES = readFixtureVault('test/fixtures/vaults/supervisor-vault');

describe("a supervisor's supervisees and their cases", () => {
  const engine = engineWith({
    ...FILES,
    // A supervisee without a person note, named only in the supervisor's note; a second case of Clare's, presented later.
    'Supervision/2026-06-15 Supervision Sol.md': noteText('type: supervision\nauthor: supervisor\nsupervisor: "[[Nadia Khan]]"\nsupervisee: "[[Sol Reyes]]"\ndate: 2026-06-15\ncases: ["[[E-01]]"]', ''),
    'Sessions/2026-06-25 C-02.md': noteText('type: session\nauthor: supervisor\nclient: "[[C-02]]"\npractitioner: "[[Clare Wu]]"\ndate: 2026-06-25', 'Summary as Clare presented it.'),
    'Sessions/2026-06-28 C-01.md': noteText('type: session\nauthor: supervisor\nclient: "[[C-01]]"\ndate: 2026-06-28', 'Later summary.'),
  });
  const graph = engine.graph;

  it('offers the practitioners and the supervisees the notes name, not the supervisors', () => {
    expect(superviseeChoices(graph).map((p) => p.label)).toEqual(['Ben Ortiz', 'Clare Wu', 'Dev Patel', 'Sol Reyes']);
  });

  it("lists a supervisee's clients from client notes, case summaries and earlier supervisions", () => {
    expect(superviseeClients(graph, 'People/Clare Wu.md').map((c) => c.label)).toEqual(['C-01', 'C-02']);
    const sol = superviseeChoices(graph).find((p) => p.label === 'Sol Reyes')!;
    expect(superviseeClients(graph, sol.id).map((c) => c.label)).toEqual(['E-01']);
  });

  it('ticks the cases with a summary since the last supervision of that supervisee, each with its latest summary', () => {
    const { since, cases } = presentedCases(graph, 'People/Clare Wu.md', '2026-07-01');
    expect(since).toBe('2026-06-11');
    expect([...cases.values()]).toEqual([
      { client: 'C-02', summary: '2026-06-25 C-02' },
      { client: 'C-01', summary: '2026-06-28 C-01' },
    ]);
    // Before the first supervision, every summary so far counts.
    expect(presentedCases(graph, 'People/Ben Ortiz.md', '2026-06-05')).toEqual({ since: undefined, cases: new Map([['Clients/B-01.md', { client: 'B-01', summary: '2026-06-02 B-01' }]]) });
  });
});
