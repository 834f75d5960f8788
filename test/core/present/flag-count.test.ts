import { describe, expect, it } from 'vitest';
import { flagCount } from '../../../src/core/present/flag-count';
import type { FlagKind } from '../../../src/core/model/flag';

const of = (...kinds: FlagKind[]): { kind: FlagKind }[] => kinds.map((kind) => ({ kind }));

describe('flagCount', () => {
  it('counts parallels between the two rooms apart from patterns of one\'s own, which are no parallel process', () => {
    expect(flagCount(of('mirror-upward', 'mirror-downward', 'mirror', 'contracting'))).toBe('4 possible parallel dynamics');
    expect(flagCount(of('mirror-upward', 'practitioner-pattern'))).toBe('1 possible parallel dynamic and 1 possible pattern of your own');
    expect(flagCount(of('personal-resonance', 'practitioner-pattern'))).toBe('2 possible patterns of your own');
    expect(flagCount([])).toBe('0 possible parallel dynamics');
  });
});
