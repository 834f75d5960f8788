import { describe, expect, it } from 'vitest';
import { knownNamesOf } from '../../../src/core/privacy/note-records';
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
