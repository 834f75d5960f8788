import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { countHours } from '../../../src/core/practice/hours';
import { readVaultRole } from '../../../src/core/practice/vault-role';
import { caseSummaryNote, superviseeSupervisionNote } from '../../../src/core/templates/supervisor-notes';
import { engineWith, readFixtureVault } from '../../helpers/engine';

const VALUES = { date: '2026-07-08', supervisor: 'Nadia Khan', supervisee: 'Clare Wu', client: 'C-01' };
const propertiesOf = (text: string): Record<string, unknown> => parse(/^---\n([\s\S]*?)---\n/.exec(text)![1]) as Record<string, unknown>;

describe("a supervisor's templates", () => {
  const supervision = superviseeSupervisionNote(VALUES, [{ client: 'C-01', summary: '2026-07-01 C-01' }, { client: 'C-02' }]);
  const summary = caseSummaryNote(VALUES);

  it('write a supervision note from the supervisor\'s chair, with the cases presented and their summaries linked', () => {
    expect(propertiesOf(supervision)).toMatchObject({
      type: 'supervision',
      author: 'supervisor',
      supervisor: '[[Nadia Khan]]',
      supervisee: '[[Clare Wu]]',
      date: '2026-07-08',
      duration: 60,
      cases: ['[[C-01]]', '[[C-02]]'],
      supervisee_dynamics: [],
      supervisor_dynamics: [],
    });
    expect(supervision).toContain('## Cases presented\n- [[C-01]] (as presented: [[2026-07-01 C-01]]): \n- [[C-02]]: \n');
  });

  it("write a case summary as a session the supervisor wrote, with the supervisee as its practitioner and no duration", () => {
    const properties = propertiesOf(summary);
    expect(properties).toMatchObject({ type: 'session', author: 'supervisor', client: '[[C-01]]', practitioner: '[[Clare Wu]]', date: '2026-07-08', client_dynamics: [], practitioner_dynamics: [] });
    expect(properties.duration).toBeUndefined();
  });

  it('claim no dynamic, and make the vault read as a supervisor\'s, whose case summaries are no client hours', () => {
    const files = {
      ...readFixtureVault('test/fixtures/vaults/supervisor-vault'),
      'Supervision/Clare Wu/2026-07-08 Clare Wu.md': supervision,
      'Cases/Clare Wu/2026-07-08 C-01.md': summary,
    };
    const engine = engineWith(files);
    expect(engine.flags().some((f) => f.evidence.some((e) => e.path.startsWith('Cases/') || e.path.startsWith('Supervision/Clare Wu/')))).toBe(false);
    expect(readVaultRole(engine.graph)).toMatchObject({ role: 'supervisor', written: 4 });
    expect(countHours(engine.graph).months.find((m) => m.month === '2026-07')).toMatchObject({ sessions: 0, supervisionsGiven: 1, supervisionGivenHours: 1 });
  });
});
