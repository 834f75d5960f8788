import { afterEach, describe, expect, it, vi } from 'vitest';
import { inSlices } from '../../../src/core/util/in-slices';

afterEach(() => vi.restoreAllMocks());

/** A clock that moves `ms` each time it is read, as a device that takes that long per step would. */
function clockMoving(ms: number): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += ms));
}

describe('work in slices', () => {
  it('pauses whenever a slice has run its time, and hands on every item in order', async () => {
    clockMoving(3);
    const used: number[] = [];
    const pauses: number[] = [];
    await inSlices([1, 2, 3, 4, 5, 6], (n) => used.push(n), async () => void pauses.push(used.length), 8);
    expect(used).toEqual([1, 2, 3, 4, 5, 6]);
    // The clock is read once at the start and once per item: 3 ms each, so a slice ends every third item.
    expect(pauses).toEqual([3, 6]);
  });

  it('runs everything at once with no pause given', async () => {
    clockMoving(100);
    const used: string[] = [];
    await inSlices(['a', 'b', 'c'], (s) => used.push(s));
    expect(used).toEqual(['a', 'b', 'c']);
  });

  it('does the work of a generator as it is pulled, between pauses', async () => {
    clockMoving(10);
    const log: string[] = [];
    function* steps(): Generator<number> {
      for (let i = 0; i < 3; i++) {
        log.push(`work ${i}`);
        yield i;
      }
    }
    await inSlices(steps(), (i) => log.push(`use ${i}`), async () => void log.push('pause'), 8);
    expect(log).toEqual(['work 0', 'use 0', 'pause', 'work 1', 'use 1', 'pause', 'work 2', 'use 2', 'pause']);
  });
});
