import type { Engine } from '../core/engine';
import type { EngineCache } from './engine-cache';
import { yieldToInterface } from './pauses';

/** A write in parts found the engine changed, or a newer write begun, at a pause: it stops unwritten. */
class WriteOvertaken extends Error {}

/**
 * The engine's cache writes, one at a time. A write in parts must see the engine unchanged until its
 * last part is made: each change and each newer write moves a ticket on, and a write that finds it
 * moved at a pause stops, unwritten. Changes never wait for a write (a stuck IndexedDB, or a window
 * whose timers the browser slows, would hold them up); the write after them writes their state.
 */
export class CacheWrites {
  private ticket = 0;
  private active = false;

  constructor(private readonly cache: EngineCache) {}

  /** Whether a write in parts is under way. */
  get writing(): boolean {
    return this.active;
  }

  /** Writes the engine's snapshot: in parts with the interface free between, or at once (as the plugin unloads). Whether it was written (not overtaken). */
  async write(engine: Engine, atOnce: boolean): Promise<boolean> {
    const ticket = ++this.ticket;
    const pause = async (): Promise<void> => {
      await yieldToInterface();
      if (this.ticket !== ticket) throw new WriteOvertaken();
    };
    this.active = true;
    try {
      await this.cache.write(engine, atOnce ? undefined : pause);
      return true;
    } catch (error) {
      if (!(error instanceof WriteOvertaken)) throw error;
      return false;
    } finally {
      if (this.ticket === ticket) this.active = false;
    }
  }

  /** Before the engine changes: a write under way stops, unwritten, at its next pause. Whether one was. */
  stop(): boolean {
    const was = this.active;
    this.ticket++;
    this.active = false;
    return was;
  }
}
