// The plugin's start-up from its cache, in Chromium (Obsidian runs on it): the snapshot's JSON text
// read back from IndexedDB with `idb`, as EngineCache reads it, parsed, and taken up by the engine.
import { openDB } from 'idb';
import { Engine, type FileStat } from '../src/core/engine';

const STORE = 'snapshot';
const KEY = 'engine';

function database() {
  return openDB('parallel-process/bench', 1, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
  });
}

export interface IdbStartup {
  readMs: number;
  parsedMs: number;
  readyMs: number;
  flags: number;
}

const bench = {
  async store(text: string): Promise<void> {
    const db = await database();
    // As EngineCache writes it: the JSON text in a Blob.
    await db.put(STORE, new Blob([text], { type: 'application/json' }), KEY);
    db.close();
  },
  async startup(stats: FileStat[], version: string): Promise<IdbStartup> {
    const started = performance.now();
    const db = await database();
    const text = await ((await db.get(STORE, KEY)) as Blob).text();
    const readMs = performance.now() - started;
    const data = JSON.parse(text) as unknown;
    const parsedMs = performance.now() - started;
    const engine = new Engine({}, undefined, version);
    const opening = engine.open(stats, data);
    if (!opening.resumed || opening.toRead.length > 0) throw new Error('the stored snapshot does not fit the vault');
    opening.finish();
    const readyMs = performance.now() - started;
    db.close();
    return { readMs, parsedMs, readyMs, flags: engine.flags().length };
  },
};

(window as unknown as { idbBench: typeof bench }).idbBench = bench;
