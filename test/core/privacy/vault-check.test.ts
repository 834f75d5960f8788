import { describe, expect, it } from 'vitest';
import { checkVault, vaultKnownNames, type PrivacyNote } from '../../../src/core/privacy/vault-check';

const session = (path: string, text: string, extra: Partial<PrivacyNote> = {}): PrivacyNote => ({ path, kind: 'session', isTemplate: false, private: false, text, ...extra });

describe('checkVault', () => {
  const known = vaultKnownNames([
    { path: 'People/Robin Hart.md', kind: 'person', names: ['Robin'] },
    { path: 'Clients/C-014.md', kind: 'client', names: ['Sam', 'C-014', 'Robin Hart'] },
    { path: 'Reading/Karpman.md', kind: 'other', names: [] },
  ]);
  const line = 'Her sister Jane Whitfield rang from 0113 496 0731.';

  it('checks client, session, supervision and reflection notes, and nothing else', () => {
    const notes: PrivacyNote[] = (['client', 'session', 'supervision', 'reflection', 'person', 'other'] as const).map((kind) => session(`${kind}.md`, line, { kind }));
    notes.push(session('Templates/Session.md', line, { isTemplate: true }));
    const { findings, notesChecked } = checkVault(notes, known);
    expect(notesChecked).toBe(4);
    expect([...new Set(findings.map((f) => f.path))]).toEqual(['client.md', 'reflection.md', 'session.md', 'supervision.md']);
  });

  it('sorts findings by path and line, and marks those of private notes', () => {
    const { findings } = checkVault(
      [session('b.md', `x\n${line}`), session('a.md', `${line}\nno\n${line}`, { kind: 'reflection', private: true })],
      known,
    );
    expect(findings.map((f) => `${f.path}:${f.line} ${f.kind} ${f.private}`)).toEqual([
      'a.md:1 person-name true',
      'a.md:1 phone true',
      'a.md:3 person-name true',
      'a.md:3 phone true',
      'b.md:2 person-name false',
      'b.md:2 phone false',
    ]);
  });

  it('reads names written with letters beyond ASCII', () => {
    const { findings } = checkVault([session('s.md', 'Her partner Élodie Ångström moved in.')], known);
    expect(findings.map((f) => `${f.kind}: ${f.text}`)).toEqual(['person-name: Élodie Ångström']);
  });

  it('knows people and clients by file name, aliases, codes and the people their properties name', () => {
    const text = 'Robin Hart saw Sam and C-014; see [[Karpman]] and [[Robin Hart]].';
    expect(checkVault([session('s.md', text)], known).findings).toEqual([]);
    expect(known.has('Robin Hart') && known.has('Robin') && known.has('Sam') && !known.has('Karpman')).toBe(true);
    expect(known.isNote('Karpman')).toBe(true);
  });
});
