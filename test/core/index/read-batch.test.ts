import { describe, expect, it } from 'vitest';
import { READ_TOGETHER, READ_TOGETHER_CHARS, ReadBatch } from '../../../src/core/index/read-batch';
import type { SourceFile } from '../../../src/core/index/vault-index';

const file = (n: number, chars = 40): SourceFile => ({ path: `Sessions/${n}.md`, data: 'x'.repeat(chars) });

describe('ReadBatch: files collected to be read together', () => {
  it('reads a full batch as its last file arrives, and what is left on flush, each file once and in order', () => {
    const read: string[][] = [];
    const batch = new ReadBatch((files) => read.push(files.map((f) => f.path)));
    const counts = Array.from({ length: 2 * READ_TOGETHER + 3 }, (_, n) => batch.add(file(n)));
    expect(counts.filter((c) => c > 0)).toEqual([READ_TOGETHER, READ_TOGETHER]);
    expect(counts[READ_TOGETHER - 1]).toBe(READ_TOGETHER);
    expect(batch.flush()).toBe(3);
    expect(batch.flush()).toBe(0);
    expect(read.map((r) => r.length)).toEqual([READ_TOGETHER, READ_TOGETHER, 3]);
    expect(read.flat()).toEqual(Array.from({ length: 2 * READ_TOGETHER + 3 }, (_, n) => `Sessions/${n}.md`));
  });

  it('reads a batch of long notes early, once their text reaches the cap', () => {
    const sizes: number[] = [];
    const batch = new ReadBatch((files) => sizes.push(files.length));
    for (let n = 0; n < 7; n++) batch.add(file(n, Math.ceil(READ_TOGETHER_CHARS / 3)));
    batch.flush();
    expect(sizes).toEqual([3, 3, 1]);
  });
});
