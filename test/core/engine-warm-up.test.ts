import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { readFixtureVault, reopened } from '../helpers/engine';

describe('warming up an engine taken up from its snapshot', () => {
  it('builds what the start-up left for later one part at a time, then changes as a fresh engine does', () => {
    // As a host hands files over: each with the mtime and size its cache entry is stamped with.
    const files = Object.entries(readFixtureVault('examples/demo-vault')).map(([path, data]) => ({ path, data, mtime: 1, size: data.length }));
    const { engine, resumed } = reopened(files);
    expect(resumed).toBe(true);

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

  it('changes as a fresh engine does after any number of parts', () => {
    const files = Object.entries(readFixtureVault('examples/demo-vault')).map(([path, data]) => ({ path, data, mtime: 1, size: data.length }));
    const loaded = new Engine();
    loaded.load(files);
    const snapshot = JSON.stringify(loaded.snapshot());
    const session = files.find((f) => f.path.startsWith('Sessions/'))!;
    const client = files.find((f) => f.path.startsWith('Clients/'))!;
    const newClient = { path: 'Clients/C-099.md', data: '---\ntype: client\ncode: C-099\naliases: [Robin Vale]\n---\n', mtime: 1, size: 40 };
    const changes: [string, (e: Engine) => void, typeof files][] = [
      ['a changed session', (e) => e.upsert({ ...session, data: `${session.data}\nI jumped in again.\n`, mtime: 2 }), files.map((f) => (f === session ? { ...f, data: `${f.data}\nI jumped in again.\n` } : f))],
      ['a client gone', (e) => e.remove(client.path), files.filter((f) => f !== client)],
      ['a session renamed', (e) => e.rename(session.path, 'Archive/moved.md'), files.map((f) => (f === session ? { ...f, path: 'Archive/moved.md' } : f))],
      ['a new client with an alias', (e) => e.upsert(newClient), [...files, newClient]],
    ];
    for (let parts = 0; parts <= 5; parts++) {
      for (const [name, change, after] of changes) {
        const engine = new Engine();
        engine.open(files, JSON.parse(snapshot)).finish();
        for (let k = 0; k < parts; k++) engine.warmUp();
        change(engine);
        const fresh = new Engine();
        fresh.load(after);
        expect(engine.flags(), `${name} after ${parts} parts`).toEqual(fresh.flags());
        expect(engine.graphDocument({ includePrivate: true }), `${name} after ${parts} parts`).toEqual(fresh.graphDocument({ includePrivate: true }));
      }
    }
  });
});
