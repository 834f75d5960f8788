import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownNames } from '../../../src/core/privacy/known-names';
import { KnownNamesIndex } from '../../../src/core/privacy/known-names-index';
import type { NameSource } from '../../../src/core/privacy/vault-check';
import { noteNameOf } from '../../../src/core/vault/paths';

/** The vault's own names built at once from a list of sets, as before notes could change one at a time. */
function builtAtOnce(sources: readonly NameSource[]): ReturnType<typeof knownNames> {
  const names = sources.flatMap((s) => (s.kind === 'person' || s.kind === 'client' ? [noteNameOf(s.path), ...s.names] : s.names));
  return knownNames(names, sources.map((s) => s.path));
}

const PATHS = ['People/Ann Lee.md', 'People/Robin Hart.md', 'Clients/C-014.md', 'Sessions/2026-02-03 C-014.md', 'Archive/Ann Lee.md', 'Notes/x.md'];
const NAMES = ['Ann', 'Dr Ann Lee', 'Sam', "Sam's", 'C-014', 'Robin Hart', '', '  '];
const PROBES = [...NAMES, 'Ann Lee', 'ann lee', 'Robin', 'Jane Whitfield', ...PATHS, 'Ann Lee', 'People/Ann Lee', 'x', 'C-014.md', 'Nobody'];

const source = fc.record({
  path: fc.constantFrom(...PATHS),
  kind: fc.constantFrom('person', 'client', 'session', 'other' as const),
  names: fc.subarray(NAMES),
}) as fc.Arbitrary<NameSource>;
const step = fc.oneof(source.map((s) => ({ set: s })), fc.constantFrom(...PATHS).map((path) => ({ delete: path })));

describe('the vault’s own names kept note by note', () => {
  it('answers as the names built at once from the notes as they now are, after any run of changes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const index = new KnownNamesIndex();
        const now = new Map<string, NameSource>();
        for (const s of steps) {
          if ('set' in s) {
            index.set(s.set);
            now.set(s.set.path, s.set);
          } else {
            index.delete(s.delete);
            now.delete(s.delete);
          }
        }
        const fresh = builtAtOnce([...now.values()]);
        for (const probe of PROBES) {
          expect(index.has(probe), probe).toBe(fresh.has(probe));
          expect(index.isNote(probe), probe).toBe(fresh.isNote(probe));
        }
      }),
    );
  });

  it('says when the names a note gives have changed, and only then', () => {
    const index = new KnownNamesIndex([{ path: 'People/Ann Lee.md', kind: 'person', names: ['Ann'] }]);
    expect(index.set({ path: 'Sessions/s.md', kind: 'session', names: [] })).toBe(false);
    expect(index.isNote('s')).toBe(true);
    expect(index.set({ path: 'People/Ann Lee.md', kind: 'person', names: ['Ann'] })).toBe(false);
    expect(index.set({ path: 'People/Ann Lee.md', kind: 'person', names: ['Ann', 'Annie'] })).toBe(true);
    expect(index.has('Annie')).toBe(true);
    expect(index.delete('Sessions/s.md')).toBe(false);
    expect(index.delete('People/Ann Lee.md')).toBe(true);
    expect(index.has('Ann Lee')).toBe(false);
  });
});
