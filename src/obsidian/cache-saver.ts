import { Notice } from 'obsidian';
import type { Engine } from '../core/engine';
import { CacheWrites } from './cache-writes';
import type { EngineCache } from './engine-cache';

/** The cache is written this long after the last change, and when the plugin unloads with a change not yet written. */
const SAVE_DELAY_MS = 30_000;

/**
 * When the engine's cache is written: once changes settle, a part at a time with the interface free
 * between (at 10,000 notes, written whole, it held Chromium's main thread about half a second, a
 * phone's several times that); as the plugin unloads, at once, and only when something changed since
 * the last write. A change that comes during a write stops it (CacheWrites), to be made again after.
 */
export class CacheSaver {
  private readonly writes: CacheWrites;
  private timer: number | undefined;
  /** Changes to the engine counted, and the count its snapshot was last written at: equal, there is nothing new to keep. */
  private changes = 0;
  private savedChanges = 0;
  private failureShown = false;
  private disposed = false;

  constructor(
    private readonly cache: EngineCache,
    /** The engine to write, when one is ready. */
    private readonly engine: () => Engine | undefined,
  ) {
    this.writes = new CacheWrites(cache);
  }

  /** Whether a write in parts is under way. */
  get writing(): boolean {
    return this.writes.writing;
  }

  /** Before the engine changes: a write under way stops, unwritten, at its next pause. Whether one was. */
  stop(): boolean {
    return this.writes.stop();
  }

  /** The engine changed: it is written once changes settle. */
  changed(): void {
    this.changes++;
    if (this.disposed) return;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.save().catch((error: unknown) => this.failed(error)), SAVE_DELAY_MS);
  }

  /** Writes the engine now: in parts, or at once as the plugin unloads. */
  async save(options: { unloading?: boolean } = {}): Promise<void> {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    // Unloading with nothing new since the last write (a start-up from an unchanged cache): nothing to hold Obsidian's closing for.
    if (options.unloading === true && this.changes === this.savedChanges) return;
    const engine = this.engine();
    const changes = this.changes;
    // A save still writing its parts is left unwritten: this one writes the same engine, or a newer one.
    if (engine && (await this.writes.write(engine, options.unloading === true))) this.savedChanges = changes;
  }

  /**
   * As the plugin unloads: writes what changed since the last write, at once, then lets the device's
   * database go (a later version may need to upgrade it). A write not made is only a slower next start.
   */
  async unload(): Promise<void> {
    await this.save({ unloading: true }).catch(() => undefined);
    await this.cache.close();
  }

  /** Deletes the kept snapshot (the user turned the cache off). */
  async forget(): Promise<void> {
    window.clearTimeout(this.timer);
    await this.cache.clear();
  }

  dispose(): void {
    this.disposed = true;
    window.clearTimeout(this.timer);
  }

  /** The cache could not be written (the device's storage full): said once, and the next start reads the notes again. */
  private failed(error: unknown): void {
    if (this.failureShown || this.disposed) return;
    this.failureShown = true;
    new Notice(`Parallel process could not keep its index on this device (${error instanceof Error ? error.message : String(error)}), so the next start will read your notes again.`);
  }
}
