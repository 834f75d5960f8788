import { describe, expect, it } from 'vitest';
import { extended } from '../../../src/core/util/extended';

describe('extended', () => {
  it('copies the base with the new properties after its own, leaving the base as it was', () => {
    const ref = { target: 'C-014', alias: 'Sam', syntax: 'wiki' as const };
    const link = extended(ref, { line: 4, property: 'client' });
    expect(link).toEqual({ target: 'C-014', alias: 'Sam', syntax: 'wiki', line: 4, property: 'client' });
    // The order a spread gives: JSON written from it (the cache, --json) reads the same.
    expect(Object.keys(link)).toEqual(['target', 'alias', 'syntax', 'line', 'property']);
    expect(ref).toEqual({ target: 'C-014', alias: 'Sam', syntax: 'wiki' });
    expect(link).not.toBe(ref);
  });

  it('lets the new properties replace those of the base, as a spread does', () => {
    expect(extended({ a: 1, b: 2 }, { b: 3 })).toEqual({ a: 1, b: 3 });
  });
});
