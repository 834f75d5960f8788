import { openDB, type IDBPDatabase } from 'idb';
import { normalizePath, type App } from 'obsidian';
import type { Engine } from '../core/engine';
import { snapshotBlob } from './snapshot-blob';

/** One snapshot per vault, under one key. */
const STORE = 'snapshot';
const KEY = 'engine';

/**
 * Where the engine's snapshot is kept between restarts: this device's own storage (IndexedDB, one
 * database per vault, as Obsidian's metadata cache and Dataview do), never the vault, because the
 * snapshot holds sentences from clinical notes and sync, backups and git copy whatever is in the
 * vault. What a snapshot holds and whether it still fits is the engine's business; this class reads,
 * writes and forgets it.
 */
export class EngineCache {
  private db: Promise<IDBPDatabase | undefined> | undefined;
  private legacyRemoved = false;

  constructor(
    private readonly app: App,
    /** The plugin's folder, where earlier versions wrote the cache into the vault. */
    private readonly pluginDir: string,
    /** The user's setting: off, nothing is read or kept. */
    private readonly enabled: () => boolean,
  ) {}

  /** The snapshot as parsed JSON, or undefined when there is none, it is damaged, or storage is unavailable (only a slower start). */
  async read(): Promise<unknown> {
    await this.removeLegacyFile();
    if (!this.enabled()) return undefined;
    try {
      const stored = (await (await this.open())?.get(STORE, KEY)) as unknown;
      // A Blob since this version; a string as earlier versions stored it.
      const text = stored instanceof Blob ? await stored.text() : stored;
      return typeof text === 'string' ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Writes the engine's snapshot, made a part at a time with `pause()` between slices of work when
   * given (the interface draws between them), all at once without (snapshot-blob.ts). The engine
   * must not change until the returned promise settles.
   */
  async write(engine: Engine, pause?: () => Promise<void>): Promise<void> {
    if (!this.enabled()) return;
    const db = await this.open();
    if (!db) return;
    // The JSON text in a Blob rather than the object or the string: a structured clone of a large graph
    // is slow to store and read back, and in Chromium a 17 MB Blob is read back (fetched and decoded)
    // in about 60% of the time the same string takes (bench: start-up from IndexedDB).
    const blob = await snapshotBlob(engine, pause);
    // Turned off while the parts were made (forgetCache has deleted the snapshot, or is about to): keep nothing.
    if (!this.enabled()) return;
    await db.put(STORE, blob, KEY);
  }

  /** Forgets the snapshot (the cache was turned off). */
  async clear(): Promise<void> {
    await this.removeLegacyFile();
    await (await this.open())?.delete(STORE, KEY);
  }

  /** Lets the database go (the plugin unloads): an open connection would hold up a later version's upgrade of it. */
  async close(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    (await db)?.close();
  }

  private open(): Promise<IDBPDatabase | undefined> {
    this.db ??= openDB(deviceStorageName(this.app), 1, {
      upgrade(db) {
        db.createObjectStore(STORE);
      },
      // Another window (a newer version of the plugin) asks to upgrade the database: let it go.
      blocking: () => void this.close(),
    }).catch(() => undefined);
    return this.db;
  }

  /** Earlier versions kept the cache in the vault's plugin folder: it goes on first start. */
  private async removeLegacyFile(): Promise<void> {
    if (this.legacyRemoved) return;
    this.legacyRemoved = true;
    const legacy = normalizePath(`${this.pluginDir}/index-cache.json`);
    try {
      if (await this.app.vault.adapter.exists(legacy)) await this.app.vault.adapter.remove(legacy);
    } catch {
      // A read-only vault keeps the old file; it is no longer read or written.
    }
  }
}

/** The plugin's name for this vault in the device's storage: Obsidian's id for the vault, unique per vault on a device (not in the typed API; Dataview uses it too), else the vault's name. */
export function deviceStorageName(app: App): string {
  const id = (app as App & { appId?: unknown }).appId;
  return `parallel-process/${typeof id === 'string' && id !== '' ? id : app.vault.getName()}`;
}
