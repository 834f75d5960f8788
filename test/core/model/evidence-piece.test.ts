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

  it('keeps every role, source and line through a change of the others', () => {
    for (const line of [0, 1, 131_070, 131_071, 131_072, 2_000_000]) {
      const piece = evidencePiece(place, 'rescuing', 'unknown', 'property', line, 'x');
      for (const role of ['client', 'practitioner', 'supervisee', 'supervisor', 'self', 'process', 'unknown'] as const) {
        for (const source of ['property', 'tag', 'text', 'contract', 'learnt'] as const) {
          piece.role = role;
          piece.source = source;
          piece.roles = ['client', 'process', 'unknown'];
          expect([piece.role, piece.source, piece.roles, piece.line]).toEqual([role, source, ['client', 'process', 'unknown'], line]);
        }
      }
      piece.roles = ['client', 'practitioner', 'supervisee', 'supervisor', 'self', 'process', 'unknown'];
      expect(piece.line).toBe(line);
      piece.roles = undefined;
      expect([piece.role, piece.roles, piece.line]).toEqual(['unknown', undefined, line]);
    }
  });

  it("keeps the line as a small integer's bits, not as a field of its own", () => {
    expect(Object.keys(evidencePiece(place, 'rescuing', 'client', 'text', 12, 'x'))).not.toContain('line');
    // A line beyond what those bits hold, in a note of as many lines, is still the piece's own.
    const far = evidencePiece(place, 'rescuing', 'client', 'text', 500_000, 'x');
    const near = evidencePiece(place, 'rescuing', 'client', 'text', 131_071, 'y');
    expect([far.line, near.line, far.toJSON().line]).toEqual([500_000, 131_071, 500_000]);
    // So is any other number a damaged cache may hold, with the role and source it came with.
    for (const odd of [-1, 2.5, Number.NaN]) {
      const piece = evidencePiece(place, 'rescuing', 'supervisor', 'learnt', odd, 'z');
      expect([piece.line, piece.role, piece.source]).toEqual([odd, 'supervisor', 'learnt']);
    }
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
