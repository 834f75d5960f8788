import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeVaultPath } from '../../../src/core/vault/paths';

/** The normalization spelled out step by step, without the shortcut for paths that are normal already. */
function reference(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

describe('vault paths', () => {
  it('normalizes any path as the step-by-step rules do', () => {
    const segment = fc.constantFrom('a', 'Sessions', '.', '..', '', '.hidden', 'x..y', 'C-014.md', 'a b');
    const separator = fc.constantFrom('/', '\\', '//');
    const path = fc.array(fc.tuple(segment, separator), { maxLength: 6 }).map((parts) => parts.map(([s, sep]) => s + sep).join(''));
    fc.assert(
      fc.property(fc.oneof(path, path.map((p) => p.slice(0, -1))), (p) => {
        expect(normalizeVaultPath(p)).toBe(reference(p));
      }),
      { numRuns: 2000 },
    );
  });
});
