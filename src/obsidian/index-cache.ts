import { normalizePath, type DataAdapter } from 'obsidian';
import { CONTENT_FORMAT, decodeContent, encodeContent } from '../core/index/content-codec';
import type { VaultIndex } from '../core/index/vault-index';
import type { NoteContent } from '../core/model/note';

export interface CachedNote {
  stamp: string;
  content: NoteContent;
}

interface CacheFile {
  version: string;
  notes: Record<string, { stamp: string; content: unknown }>;
}

/**
 * Parsed notes kept in the plugin's folder between restarts, keyed by path with the file's mtime and
 * size. The version holds the content format and the plugin version: an upgrade starts afresh.
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

  private get version(): string {
    return `${CONTENT_FORMAT}:${this.pluginVersion}`;
  }

  async read(): Promise<Map<string, CachedNote>> {
    const notes = new Map<string, CachedNote>();
    try {
      if (!(await this.adapter.exists(this.path))) return notes;
      const data = JSON.parse(await this.adapter.read(this.path)) as Partial<CacheFile>;
      if (data.version !== this.version || typeof data.notes !== 'object' || data.notes === null) return notes;
      for (const [path, entry] of Object.entries(data.notes)) {
        const content = decodeContent(entry.content);
        if (content && typeof entry.stamp === 'string') notes.set(path, { stamp: entry.stamp, content });
      }
    } catch {
      // A damaged cache is only a slower start: every note is parsed again.
      notes.clear();
    }
    return notes;
  }

  async write(index: VaultIndex): Promise<void> {
    const data: CacheFile = { version: this.version, notes: {} };
    for (const [path, stamp, content] of index.entries()) {
      // Only stamps from mtime and size identify a file without reading it.
      if (!stamp.startsWith('h:')) data.notes[path] = { stamp, content: encodeContent(content) };
    }
    await this.adapter.write(this.path, JSON.stringify(data));
  }

  async clear(): Promise<void> {
    if (await this.adapter.exists(this.path)) await this.adapter.remove(this.path);
  }
}
