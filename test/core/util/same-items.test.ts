import { describe, expect, it } from 'vitest';
import { sameItems } from '../../../src/core/util/same-items';

describe('sameItems', () => {
  it('compares lists item by item, in order', () => {
    expect(sameItems([], [])).toBe(true);
    expect(sameItems(['a', null, undefined], ['a', null, undefined])).toBe(true);
    expect(sameItems(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameItems(['a'], ['a', 'a'])).toBe(false);
    expect(sameItems([null], [undefined])).toBe(false);
  });
});
