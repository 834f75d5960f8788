import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTo, removeFrom, StringMultimap } from '../../../src/core/util/multimap';

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
