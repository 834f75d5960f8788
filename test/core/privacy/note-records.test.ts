import { describe, expect, it } from 'vitest';
import { knownNamesOf, privacyNoteOf } from '../../../src/core/privacy/note-records';
import { checkVault } from '../../../src/core/privacy/vault-check';
import { engineWith } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

describe("the vault's own names", () => {
  it('take none from a private reflection: a name only it holds is still flagged elsewhere, and tells nothing of it', () => {
    const reflection = (privacy: string): string => noteText(`type: reflection\ndate: 2026-02-14\n${privacy}aliases: [Marcus Whitfield]\nsupervisor: "[[Ruth Adler]]"`, 'I thought about it all evening.');
    const hidden = knownNamesOf(engineWith({ 'Reflections/2026-02-14 Reflection.md': reflection('') }).graph.allNotes());
    expect(hidden.has('Marcus Whitfield')).toBe(false);
    expect(hidden.has('Ruth Adler')).toBe(false);
    const shared = knownNamesOf(engineWith({ 'Reflections/2026-02-14 Reflection.md': reflection('private: false\n') }).graph.allNotes());
    expect(shared.has('Marcus Whitfield')).toBe(true);
    expect(shared.has('Ruth Adler')).toBe(true);
  });
});

describe('a session whose properties could not be read', () => {
  it('is still checked for identifying details, as the clinical note it says it is', () => {
    const text = '---\ntype: session\nclient: "[[C-1]]"\nthemes: [loss\n---\nHer sister Jane Whitfield rang on 07700 900123.\n';
    const engine = engineWith({ 'Sessions/2026-03-02 C-1.md': text, 'Notes/Shopping.md': '---\ntitle: [open\n---\nRing Jane Whitfield on 07700 900123.\n' });
    const notes = [...engine.graph.allNotes()].map((note) => privacyNoteOf(note, note.path.startsWith('Sessions') ? text : 'Ring Jane Whitfield on 07700 900123.\n'));
    const { findings, notesChecked } = checkVault(notes, knownNamesOf(engine.graph.allNotes()));
    expect(notesChecked).toBe(1);
    expect(new Set(findings.map((f) => f.path))).toEqual(new Set(['Sessions/2026-03-02 C-1.md']));
    expect(findings.map((f) => f.kind)).toContain('phone');
  });
});

describe('a client note whose properties could not be read', () => {
  it('is still checked for identifying details, as a client note, and says why its names are unknown', () => {
    const text = '---\ntype: client\ncode: C-1\naliases: [Sam\n---\nDOB 14/07/1986. Her sister Jane Whitfield is next of kin.\n';
    const engine = engineWith({ 'Clients/C-1.md': text });
    const note = engine.graph.note('Clients/C-1.md')!;
    expect(note.diagnostics.filter((d) => d.code === 'unread-client')).toMatchObject([{ line: 2, severity: 'warning' }]);
    const { findings, notesChecked } = checkVault([privacyNoteOf(note, text)], knownNamesOf(engine.graph.allNotes()));
    expect(notesChecked).toBe(1);
    expect(findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['date-of-birth', 'person-name']));
  });
});
