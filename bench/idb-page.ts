// The plugin's start-up from its cache, in Chromium (Obsidian runs on it): the snapshot's JSON text
// read back from IndexedDB with `idb`, as EngineCache reads it, parsed, and taken up by the engine.
import { openDB } from 'idb';
import { Engine, type FileStat } from '../src/core/engine';
import { snapshotBlob } from '../src/obsidian/snapshot-blob';

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
  /** Until the stored Blob was in hand: opening the database, and the get. */
  gotMs: number;
  readMs: number;
  parsedMs: number;
  readyMs: number;
  /** The longest the main thread was held by one step of taking the snapshot up. */
  longestStepMs: number;
  flags: number;
}

/** Writing the cache as EngineCache does after changes settle (snapshot-blob.ts), the interface given a turn between slices. */
export interface IdbWrite {
  /** Making the parts at once, as the plugin does while unloading: the main thread held throughout. */
  atOnceMs: number;
  /** In slices: the longest the main thread was held, how many slices, and how long making the parts took in all. */
  longestSliceMs: number;
  slices: number;
  inSlicesMs: number;
}

/** Writes the engine's snapshot as EngineCache does; returns how long making its Blob took (with no pause, the main thread held throughout). */
async function writeCache(engine: Engine, pause?: () => Promise<void>, made?: () => void): Promise<number> {
  const started = performance.now();
  const blob = await snapshotBlob(engine, pause);
  const madeMs = performance.now() - started;
  made?.();
  const db = await database();
  await db.put(STORE, blob, KEY);
  db.close();
  return madeMs;
}

const bench = {
  async store(text: string): Promise<void> {
    const db = await database();
    // As EngineCache writes it: the JSON text in a Blob.
    await db.put(STORE, new Blob([text], { type: 'application/json' }), KEY);
    db.close();
  },
  /**
   * `appDatabaseOpen`: another database of the page's is opened first and left open, as Obsidian's
   * metadata cache (kept in IndexedDB, `<appId>-cache`) is by the time the layout is ready, when the
   * plugin's start-up runs: the browser's IndexedDB backend is then already running, which a page's
   * first use otherwise starts (about 70 ms here).
   */
  async startup(stats: FileStat[], version: string, appDatabaseOpen = false): Promise<IdbStartup> {
    if (appDatabaseOpen) {
      const app = await openDB('bench-app-cache', 1, {
        upgrade(db) {
          db.createObjectStore('file');
        },
      });
      await app.get('file', 'any');
    }
    const started = performance.now();
    const db = await database();
    const blob = (await db.get(STORE, KEY)) as Blob;
    const gotMs = performance.now() - started;
    const text = await blob.text();
    const readMs = performance.now() - started;
    const data = JSON.parse(text) as unknown;
    const parsedMs = performance.now() - started;
    // Parsed, then taken up as LiveEngine.run does: a step at a time, the interface given a turn between.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const engine = new Engine({}, undefined, version);
    const steps = engine.openInSteps(stats, data);
    const held: number[] = [];
    let stepStarted = performance.now();
    let step = steps.next();
    while (!step.done) {
      held.push(performance.now() - stepStarted);
      await new Promise((resolve) => setTimeout(resolve, 0));
      stepStarted = performance.now();
      step = steps.next();
    }
    const opening = step.value;
    if (!opening.resumed || opening.toRead.length > 0) throw new Error('the stored snapshot does not fit the vault');
    opening.finish();
    held.push(performance.now() - stepStarted);
    const readyMs = performance.now() - started;
    db.close();
    return { gotMs, readMs, parsedMs, readyMs, longestStepMs: Math.max(...held), flags: engine.flags().length };
  },
  /** After a start-up from the stored snapshot, the cache written again both ways. */
  async write(stats: FileStat[], version: string): Promise<IdbWrite> {
    const db = await database();
    const data = JSON.parse(await ((await db.get(STORE, KEY)) as Blob).text()) as unknown;
    db.close();
    const engine = new Engine({}, undefined, version);
    engine.open(stats, data).finish();
    const atOnceMs = await writeCache(engine);
    const slices: number[] = [];
    let slice = performance.now();
    const inSlicesMs = await writeCache(
      engine,
      async () => {
        slices.push(performance.now() - slice);
        await new Promise((resolve) => setTimeout(resolve, 0));
        slice = performance.now();
      },
      // The last slice: from the last pause to the Blob made (storing it is IndexedDB's work, off the main thread).
      () => slices.push(performance.now() - slice),
    );
    return { atOnceMs, longestSliceMs: Math.max(...slices), slices: slices.length, inSlicesMs };
  },
};

(window as unknown as { idbBench: typeof bench }).idbBench = bench;
