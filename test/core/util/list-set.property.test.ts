import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListSet } from '../../../src/core/util/list-set';

describe('a list set', () => {
  it('reads as the set it was made from', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 12 }), fc.constantFrom('a', 'c', 'z'), (values, probe) => {
        const set = new Set<string>(values);
        const compact = ListSet.compact(set);
        expect(compact).toBeInstanceOf(ListSet);
        expect(compact.size).toBe(set.size);
        expect(compact.has(probe)).toBe(set.has(probe));
        expect([...compact]).toEqual([...set]);
        expect([...compact.entries()]).toEqual([...set.entries()]);
        const seen: string[] = [];
        compact.forEach((value, key) => seen.push(`${key}=${value}`));
        expect(seen).toEqual([...set].map((v) => `${v}=${v}`));
      }),
    );
  });

  it('leaves a large set as it is, where looking through a list would be slow', () => {
    const large = new Set(Array.from({ length: 17 }, (_, i) => `d${i}`));
    expect(ListSet.compact(large)).toBe(large);
  });
});
