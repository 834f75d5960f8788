import { normalizePath, type DataAdapter } from 'obsidian';
import type { DetectorState } from '../core/detect/detector';
import type { Engine } from '../core/engine';
import { CONTENT_FORMAT, decodeContent, type EncodedContent } from '../core/index/content-codec';
import type { NoteContent } from '../core/model/note';

export interface CachedNote {
  stamp: string;
  content: NoteContent;
}

export interface CachedIndex {
  notes: Map<string, CachedNote>;
  /** The detector's state, when it was computed with the same settings and taxonomy. */
  detection?: DetectorState;
}

interface CacheFile {
  version: string;
  detectionKey: string;
  notes: Record<string, [stamp: string, content: EncodedContent]>;
  detection: DetectorState;
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
      if (data.version !== this.version(taxonomyKey) || typeof data.notes !== 'object' || data.notes === null) return { notes };
      for (const [path, [stamp, encoded]] of Object.entries(data.notes)) {
        const content = decodeContent(encoded);
        if (content && typeof stamp === 'string') notes.set(path, { stamp, content });
      }
      const detection = data.detectionKey === detectionKey && notes.size === Object.keys(data.notes).length ? data.detection : undefined;
      return { notes, detection };
    } catch {
      // A damaged cache is only a slower start: every note is parsed again.
      return { notes: new Map() };
    }
  }

  async write(engine: Engine, taxonomyKey: string, detectionKey: string): Promise<void> {
    const snapshot = engine.snapshot();
    const notes: CacheFile['notes'] = {};
    for (const [path, stamp, content] of snapshot.notes) notes[path] = [stamp, content];
    const data: CacheFile = { version: this.version(taxonomyKey), detectionKey, notes, detection: snapshot.detection };
    await this.adapter.write(this.path, JSON.stringify(data));
  }
}
