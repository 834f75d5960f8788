import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTo, NestedMap, removeFrom, StringMultimap } from '../../../src/core/util/multimap';

const op = fc.record({ add: fc.boolean(), key: fc.constantFrom('a', 'b', 'c'), value: fc.constantFrom('x', 'y', 'z', 'w') });

describe('a string multimap', () => {
  it('holds what a map of sets holds, in the same order, after any adds and removes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const small = new StringMultimap<string>();
        const sets = new Map<string, Set<string>>();
        for (const { add, key, value } of ops) {
          if (add) {
            small.add(key, value);
            addTo(sets, key, value);
          } else {
            small.remove(key, value);
            removeFrom(sets, key, value);
          }
          for (const k of ['a', 'b', 'c']) expect([...small.get(k)]).toEqual([...(sets.get(k) ?? [])]);
        }
      }),
    );
  });
});

describe('a nested map', () => {
  it('holds what a map of maps holds, in the same order, after any sets and deletes', () => {
    const step = fc.record({ set: fc.boolean(), key: fc.constantFrom('a', 'b'), inner: fc.constantFrom('x', 'y', 'z'), value: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const nested = new NestedMap<number>();
        const maps = new Map<string, Map<string, number>>();
        for (const { set, key, inner, value } of steps) {
          if (set) {
            nested.set(key, inner, value);
            if (!maps.has(key)) maps.set(key, new Map());
            maps.get(key)!.set(inner, value);
          } else {
            nested.delete(key, inner);
            maps.get(key)?.delete(inner);
            if (maps.get(key)?.size === 0) maps.delete(key);
          }
          for (const k of ['a', 'b']) {
            const expected = maps.get(k) ?? new Map<string, number>();
            expect([...nested.keys(k)]).toEqual([...expected.keys()]);
            expect([...nested.values(k)]).toEqual([...expected.values()]);
            for (const i of ['x', 'y', 'z']) expect(nested.get(k, i)).toBe(expected.get(i));
          }
        }
      }),
    );
  });
});
