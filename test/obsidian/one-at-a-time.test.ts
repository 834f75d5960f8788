import { describe, expect, it } from 'vitest';
import { OneAtATime } from '../../src/obsidian/one-at-a-time';

describe('one at a time', () => {
  it('starts each task once the one before has settled, a failed one included', async () => {
    const tasks = new OneAtATime();
    const log: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const first = tasks.run(async () => {
      log.push('first starts');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      log.push('first ends');
      throw new Error('first failed');
    });
    const second = tasks.run(async () => {
      log.push('second starts');
      await Promise.resolve();
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual(['first starts']);
    releaseFirst();
    await expect(first).rejects.toThrow('first failed');
    await second;
    expect(log).toEqual(['first starts', 'first ends', 'second starts']);
  });
});
