import { normalizePath, type DataAdapter } from 'obsidian';
import type { Engine } from '../core/engine';

/**
 * Where the engine's snapshot is kept between restarts: the plugin's folder. What a snapshot holds
 * and whether it still fits (format, plugin version, taxonomy, settings) is the engine's business;
 * this class only reads and writes it.
 */
export class EngineCache {
  private readonly path: string;

  constructor(
    private readonly adapter: DataAdapter,
    pluginDir: string,
  ) {
    this.path = normalizePath(`${pluginDir}/index-cache.json`);
  }

  /** The snapshot as parsed JSON, or undefined when there is none or it is damaged (only a slower start). */
  async read(): Promise<unknown> {
    try {
      if (!(await this.adapter.exists(this.path))) return undefined;
      return JSON.parse(await this.adapter.read(this.path)) as unknown;
    } catch {
      return undefined;
    }
  }

  async write(engine: Engine): Promise<void> {
    await this.adapter.write(this.path, JSON.stringify(engine.snapshot()));
  }
}
