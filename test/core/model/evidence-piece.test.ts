import { describe, expect, it } from 'vitest';
import { EvidencePiece, evidencePiece, plainEvidence, type EvidencePlace } from '../../../src/core/model/evidence-piece';
import type { Evidence } from '../../../src/core/model/flag';

const place: EvidencePlace = { path: 'Sessions/2026-03-02 C-7.md', noteType: 'session', date: '2026-03-02' };

describe('a piece of evidence as the engine keeps it', () => {
  it('reads as the Evidence it was made from, its note path, type and date from the place it shares', () => {
    const piece = evidencePiece(place, 'rescuing', 'practitioner', 'learnt', 14, 'I rang the council for her.');
    expect([piece.path, piece.noteType, piece.date, piece.dynamic, piece.role, piece.source, piece.line, piece.text]).toEqual(['Sessions/2026-03-02 C-7.md', 'session', '2026-03-02', 'rescuing', 'practitioner', 'learnt', 14, 'I rang the council for her.']);
    expect(piece.roles).toBeUndefined();
    expect(piece.scope).toBeUndefined();
    expect(Object.keys(piece)).not.toContain('path');
  });

  it('keeps every role and source through a change of the others', () => {
    const piece = evidencePiece(place, 'rescuing', 'unknown', 'property', 1, 'x');
    for (const role of ['client', 'practitioner', 'supervisee', 'supervisor', 'self', 'process', 'unknown'] as const) {
      for (const source of ['property', 'tag', 'text', 'contract', 'learnt'] as const) {
        piece.role = role;
        piece.source = source;
        piece.roles = ['client', 'process', 'unknown'];
        expect([piece.role, piece.source, piece.roles]).toEqual([role, source, ['client', 'process', 'unknown']]);
      }
    }
    piece.roles = undefined;
    expect([piece.role, piece.roles]).toEqual(['unknown', undefined]);
  });

  it('lists several roles in their order of ROLES, one frozen list per combination', () => {
    const a = evidencePiece(place, 'rescuing', 'client', 'text', 1, 'x');
    const b = evidencePiece(place, 'stuckness', 'client', 'text', 2, 'y');
    a.roles = ['supervisor', 'client'];
    b.roles = ['client', 'supervisor'];
    expect(a.roles).toEqual(['client', 'supervisor']);
    expect(a.roles).toBe(b.roles);
    expect(Object.isFrozen(a.roles)).toBe(true);
  });

  it('writes to JSON as the plain evidence, keys in the order a note reads them, and copies as one', () => {
    const piece = evidencePiece(place, 'avoidance-withdrawal', 'client', 'text', 9, 'He asked about my holiday.', ['Clients/C-7.md']);
    piece.roles = ['client', 'supervisee'];
    const plain: Evidence = { path: place.path, dynamic: 'avoidance-withdrawal', noteType: 'session', date: '2026-03-02', role: 'client', source: 'text', line: 9, text: 'He asked about my holiday.', scope: ['Clients/C-7.md'], roles: ['client', 'supervisee'] };
    expect(JSON.stringify(piece)).toBe(JSON.stringify(plain));
    expect({ ...plainEvidence(piece), path: 'Moved.md' }).toEqual({ ...plain, path: 'Moved.md' });
    expect(plainEvidence(plain)).toBe(plain);
  });

  it('is compared in tests by what it says, not by its packed fields', () => {
    const a = evidencePiece(place, 'rescuing', 'client', 'text', 1, 'x');
    const other = evidencePiece({ ...place }, 'rescuing', 'client', 'text', 1, 'x');
    expect(a).toEqual(other);
    expect(a).not.toEqual(evidencePiece({ ...place, path: 'Elsewhere.md' }, 'rescuing', 'client', 'text', 1, 'x'));
    expect(a).not.toEqual(evidencePiece(place, 'rescuing', 'practitioner', 'text', 1, 'x'));
    expect(a).toBeInstanceOf(EvidencePiece);
  });
});
