import { describe, expect, it } from 'vitest';
import { noteLink } from '../../../src/core/report/export-markdown';
import { findingsByNote, notesOfFlags, warningMarkdown, warningNotice } from '../../../src/core/privacy/travel-warning';
import { noteNameOf } from '../../../src/core/vault/paths';
import { engineWith, readFixtureVault } from '../../helpers/engine';

const finding = (path: string, line: number, kind: 'phone' | 'person-name' | 'email', text = 'secret') => ({ path, line, kind, text, private: false });

describe('the warning an export carries', () => {
  it('groups findings by note in path order, by line, and keeps no text', () => {
    const notes = findingsByNote([finding('b.md', 9, 'phone'), finding('a.md', 4, 'email'), finding('b.md', 2, 'person-name')]);
    expect(notes).toEqual([
      { path: 'a.md', items: [{ line: 4, kind: 'email' }] },
      { path: 'b.md', items: [{ line: 9, kind: 'phone' }, { line: 2, kind: 'person-name' }] },
    ]);
    expect(JSON.stringify(notes)).not.toContain('secret');
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
