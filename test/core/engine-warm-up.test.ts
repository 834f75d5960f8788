import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { readFixtureVault } from '../helpers/engine';

describe('warming up an engine taken up from its snapshot', () => {
  it('builds what the start-up left for later one part at a time, then changes as a fresh engine does', () => {
    // As a host hands files over: each with the mtime and size its cache entry is stamped with.
    const files = Object.entries(readFixtureVault('examples/demo-vault')).map(([path, data]) => ({ path, data, mtime: 1, size: data.length }));
    const old = new Engine();
    old.load(files);
    const engine = new Engine();
    const opening = engine.open(files, JSON.parse(JSON.stringify(old.snapshot())));
    expect(opening.resumed).toBe(true);
    opening.finish();

    // Names, who links to whom, the names each note looks up, typed edges by note, session facts.
    let parts = 0;
    while (engine.warmUp()) parts++;
    expect(parts).toBe(5);
    expect(engine.warmUp()).toBe(false);

    const session = files.find((f) => f.path.startsWith('Sessions/'))!;
    const data = `${session.data}\nI jumped in again and rescued her.\n`;
    const changed = { ...session, data, mtime: 2, size: data.length };
    engine.upsert(changed);
    const fresh = new Engine();
    fresh.load(files.map((f) => (f.path === session.path ? changed : f)));
    expect(engine.flags()).toEqual(fresh.flags());
    expect(engine.graphDocument({ includePrivate: true })).toEqual(fresh.graphDocument({ includePrivate: true }));
  });
});
