import { expect } from 'vitest';
import { EvidencePiece, plainEvidence } from '../../src/core/model/evidence-piece';

/**
 * Evidence the engine keeps is an EvidencePiece, whose own keys are its packed fields and the note it
 * shares (its place), not Evidence's: `toEqual` would compare those, and two equal pieces of a note
 * read afresh and of one taken up from the cache differ there. Compared here as what they are, every
 * Evidence field (path, dynamic, note type, date, role, roles, source, line, text, scope), as JSON
 * writes them.
 */
expect.addEqualityTesters([
  function evidenceEquality(a: unknown, b: unknown, customTesters) {
    if (!(a instanceof EvidencePiece) && !(b instanceof EvidencePiece)) return undefined;
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
    return this.equals(plainEvidence(a as EvidencePiece), plainEvidence(b as EvidencePiece), customTesters);
  },
]);
