import type { MetadataCache } from 'obsidian';
import type { LinkResolver } from '../core/vault/link-resolver';

/**
 * Links resolved by Obsidian's own metadata cache, so that the plugin's graph points where
 * Obsidian's backlinks, graph view and `resolvedLinks` do, whatever rules the installed Obsidian
 * follows. Obsidian knows every file of the vault, so the notes the engine adds and removes need
 * no telling.
 */
export class MetadataCacheLinks implements LinkResolver {
  readonly id = 'obsidian-metadata-cache';

  constructor(private readonly metadataCache: MetadataCache) {}

  resolve(linkpath: string, sourcePath: string): string | undefined {
    return this.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path;
  }

  noteAdded(): void {
    // Obsidian's metadata cache follows the vault itself.
  }

  noteRemoved(): void {
    // As above.
  }
}
