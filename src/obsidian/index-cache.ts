import { normalizePath, type DataAdapter } from 'obsidian';
import type { Engine } from '../core/engine';
import { CONTENT_FORMAT } from '../core/index/content-codec';
import { readSnapshot, type EngineSnapshot, type ReadSnapshot } from '../core/index/snapshot-codec';
import type { CachedNote } from '../core/index/vault-index';


export interface CachedIndex {
  notes: ReadonlyMap<string, CachedNote>;
  /** The whole engine state, when its flags were computed with the same settings and taxonomy. */
  snapshot?: ReadSnapshot;
}

interface CacheFile {
  version: string;
  detectionKey: string;
  snapshot: EngineSnapshot;
}

/**
 * The engine's state kept in the plugin's folder between restarts: parsed notes keyed by path with
 * their file's mtime and size, and the detector's evidence and flags. The version holds the content
 * format, the plugin version and the taxonomy, so an upgrade or new cues start afresh; the detection
 * key holds the settings and taxonomy the flags were computed with.
 */
export class IndexCache {
  private readonly path: string;

  constructor(
    private readonly adapter: DataAdapter,
    pluginDir: string,
    private readonly pluginVersion: string,
  ) {
    this.path = normalizePath(`${pluginDir}/index-cache.json`);
  }

  /** Parsed content depends on the parser (format and plugin version) and on the taxonomy's cues. */
  private version(taxonomyKey: string): string {
    return `${CONTENT_FORMAT}:${this.pluginVersion}:${taxonomyKey}`;
  }

  async read(taxonomyKey: string, detectionKey: string): Promise<CachedIndex> {
    const notes = new Map<string, CachedNote>();
    try {
      if (!(await this.adapter.exists(this.path))) return { notes };
      const data = JSON.parse(await this.adapter.read(this.path)) as Partial<CacheFile>;
      if (data.version !== this.version(taxonomyKey)) return { notes };
      const snapshot = readSnapshot(data.snapshot);
      if (!snapshot) return { notes };
      return data.detectionKey === detectionKey ? { notes: snapshot.notes, snapshot } : { notes: snapshot.notes };
    } catch {
      // A damaged cache is only a slower start: every note is parsed again.
      return { notes: new Map() };
    }
  }

  async write(engine: Engine, taxonomyKey: string, detectionKey: string): Promise<void> {
    const data: CacheFile = { version: this.version(taxonomyKey), detectionKey, snapshot: engine.snapshot() };
    await this.adapter.write(this.path, JSON.stringify(data));
  }
}
