import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../../src/core/util/run-to-end';

describe('running steps to their end', () => {
  it('takes every step, in order, and returns the result', () => {
    const done: number[] = [];
    function* steps(): Generator<void, string> {
      for (let i = 0; i < 3; i++) {
        done.push(i);
        yield;
      }
      return 'whole';
    }
    expect(runToEnd(steps())).toBe('whole');
    expect(done).toEqual([0, 1, 2]);
  });
});
