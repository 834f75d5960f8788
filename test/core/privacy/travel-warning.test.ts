import { describe, expect, it } from 'vitest';
import { noteLink } from '../../../src/core/report/export-markdown';
import { findingsByNote, hideDetails, notesOfFlags, warningMarkdown, warningNotice } from '../../../src/core/privacy/travel-warning';
import { exportMarkdown } from '../../../src/core/report/export-markdown';
import { preparationMarkdown, prepareSupervision } from '../../../src/core/practice/prepare';
import { findSupervisor } from '../../../src/core/practice/supervisors';
import { noteNameOf } from '../../../src/core/vault/paths';
import { engineWith, readFixtureVault } from '../../helpers/engine';

const finding = (path: string, line: number, kind: 'phone' | 'person-name' | 'email' | 'address', text = 'secret') => ({ path, line, kind, text, private: false });

describe('the warning an export carries', () => {
  it('groups findings by note in path order, by line, and writes no detail', () => {
    const notes = findingsByNote([finding('b.md', 9, 'phone'), finding('a.md', 4, 'email'), finding('b.md', 2, 'person-name')]);
    expect(notes.map(({ path, items }) => ({ path, items }))).toEqual([
      { path: 'a.md', items: [{ line: 4, kind: 'email' }] },
      { path: 'b.md', items: [{ line: 9, kind: 'phone' }, { line: 2, kind: 'person-name' }] },
    ]);
    expect(warningMarkdown(notes, noteLink).join('\n')).not.toContain('secret');
    expect(warningNotice('The report', notes, noteNameOf)).not.toContain('secret');
    expect(warningMarkdown(notes, noteLink)).toEqual([
      '> [!warning] Possible identifying details',
      '> 2 notes this draws on may hold identifying details. Check them before this note goes to anyone or anywhere else (a supervisor, sync, a backup). Only where and what kind are listed here, never the details themselves.',
      '> - [[a|a]]: line 4, e-mail address',
      '> - [[b|b]]: line 2, full name of a person; line 9, phone number',
    ]);
    expect(warningMarkdown([], noteLink)).toEqual([]);
  });

  it('names three notes in a notice, and how many more', () => {
    const notes = findingsByNote(['a', 'b', 'c', 'd', 'e'].map((n) => finding(`Sessions/${n}.md`, 1, 'phone')));
    expect(warningNotice('The report', notes, noteNameOf)).toBe(
      'The report draws on 5 notes that may hold identifying details: a (phone number); b (phone number); c (phone number) and 2 more. They are listed at the top of it: check them before it travels.',
    );
  });

  it('draws on each flag’s supervision note and evidence, once each', () => {
    const engine = engineWith(readFixtureVault('test/fixtures/vaults/practice'));
    const flags = engine.selectFlags({ includePrivate: false }).flags;
    const paths = notesOfFlags(flags);
    expect(new Set(paths).size).toBe(paths.length);
    for (const flag of flags) {
      for (const e of flag.evidence) expect(paths).toContain(e.path);
      if (flag.supervision) expect(paths).toContain(flag.supervision);
    }
  });
});

describe('what an export quotes from a note with identifying details', () => {
  const session = 'Sessions/C-014/2026-02-03 C-014.md';
  const files = readFixtureVault('examples/demo-vault');
  files[session] = files[session].replace('for the house clearance;', 'for the house clearance her sister Jane Whitfield (07700 900123) keeps putting off;');
  const engine = engineWith(files);
  const identifying = findingsByNote([finding(session, 21, 'person-name', 'Jane Whitfield'), finding(session, 21, 'phone', '(07700 900123)')]);

  it('puts each detail as its kind, in the report and in the preparation, where the quote held it', () => {
    const flags = engine.selectFlags({ includePrivate: false }).flags;
    expect(flags.some((f) => f.evidence.some((e) => e.text.includes('Jane Whitfield')))).toBe(true);
    const report = exportMarkdown(flags, { date: '2026-03-01', clientLabel: (id) => engine.clientLabel(id), dynamicLabel: (id) => engine.dynamicLabel(id), identifying });
    const options = { supervisor: findSupervisor(engine.graph, 'Ann Lee')!, date: '2026-02-24', includePrivate: false, identifying };
    const prep = preparationMarkdown(engine, prepareSupervision(engine, options), options);
    for (const text of [report, prep]) {
      expect(text).not.toMatch(/Whitfield|07700/);
      expect(text).toContain('her sister \\[full name of a person\\] \\[phone number\\] keeps putting off');
    }
  });

  it('looks for a detail with its white space run together, as a quote holds it, and leaves other notes alone', () => {
    const hide = hideDetails(findingsByNote([finding('a.md', 3, 'address', '12 Acacia\n  Avenue')]));
    expect(hide('a.md', 'She moved to 12 Acacia Avenue in May.')).toBe('She moved to [street address] in May.');
    expect(hide('b.md', 'She moved to 12 Acacia Avenue in May.')).toBe('She moved to 12 Acacia Avenue in May.');
  });
});

