import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { READ_TOGETHER } from '../../src/core/index/read-batch';
import type { SourceFile } from '../../src/core/index/vault-index';
import { readFixtureVault } from '../helpers/engine';

// Two vaults side by side: more notes than one batch reads, and a batch left over for finish()
// (one note fewer where they fill whole batches).
const both: SourceFile[] = [
  ...Object.entries(readFixtureVault('examples/demo-vault')).map(([path, data]) => ({ path: `Demo/${path}`, data })),
  ...Object.entries(readFixtureVault('test/fixtures/vaults/evaluation')).map(([path, data]) => ({ path, data })),
].map((file, n) => ({ ...file, mtime: n, size: file.data.length }));
const files = both.length % READ_TOGETHER === 0 ? both.slice(1) : both;

describe('an engine opened with nothing to take up', () => {
  it('reads the files handed to it one at a time as a first scan reads them: the same flags, each note parsed once', () => {
    expect(files.length).toBeGreaterThan(READ_TOGETHER);
    expect(files.length % READ_TOGETHER).not.toBe(0);
    const scanned = new Engine();
    const progress: number[] = [];
    scanned.load(files, (done) => progress.push(done));
    expect(progress.at(-1)).toBe(files.length);

    const opened = new Engine();
    const opening = opened.open(files);
    expect(opening.resumed).toBe(false);
    expect(opening.toRead.length).toBe(files.length);
    for (const stat of opening.toRead) opening.read(files.find((f) => f.path === stat.path)!);
    opening.finish();

    expect(opened.parseCount).toBe(files.length);
    expect(opened.flags().length).toBeGreaterThan(0);
    expect(opened.flags()).toEqual(scanned.flags());
    expect(opened.diagnostics()).toEqual(scanned.diagnostics());
  });
});
