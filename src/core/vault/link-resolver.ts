import type { LinkRef } from '../model/note';
import { folderOf, isAttachmentTarget, noteNameOf, normalizeVaultPath, stripMd } from './paths';
import { StringMultimap } from '../util/multimap';

/**
 * Resolves links the way Obsidian does (SPEC section 2): exact vault path first (relative to the
 * linking note for markdown links), then by file name, where a shared name prefers the linking note's
 * folder and then the shortest path; then aliases. Case-insensitive throughout.
 */
export class LinkResolver {
  private readonly byPath = new Map<string, string>();
  private readonly byName = new StringMultimap<string>();
  private readonly byAlias = new StringMultimap<string>();

  add(path: string, aliases: readonly string[]): void {
    this.byPath.set(path.toLowerCase(), path);
    this.byName.add(noteNameOf(path).toLowerCase(), path);
    for (const alias of aliases) this.byAlias.add(alias.toLowerCase(), path);
  }

  remove(path: string, aliases: readonly string[]): void {
    this.byPath.delete(path.toLowerCase());
    this.byName.remove(noteNameOf(path).toLowerCase(), path);
    for (const alias of aliases) this.byAlias.remove(alias.toLowerCase(), path);
  }

  /** The resolved note path, or undefined when the link is unresolved; `key` is the link's resolutionKey when known. */
  resolve(ref: LinkRef, sourcePath: string, key = resolutionKey(ref)): string | undefined {
    if (ref.target === '') return sourcePath;
    const target = normalizeVaultPath(ref.target);
    if (ref.relative) {
      const relative = this.byPath.get(normalizeVaultPath(`${folderOf(sourcePath)}/${ref.target}`).toLowerCase());
      if (relative) return relative;
    }
    // A bare name is not a path: `[[Notes]]` from Supervision/ means Supervision/Notes.md when it exists.
    const exact = target.includes('/') ? this.byPath.get(`${stripMd(target)}.md`.toLowerCase()) : undefined;
    if (exact) return exact;

    let wanted: string | undefined;
    const byName: string[] = [];
    for (const p of this.byName.get(key)) {
      wanted ??= `/${stripMd(target)}.md`.toLowerCase();
      if (`/${p.toLowerCase()}`.endsWith(wanted)) byName.push(p);
    }
    const picked = pick(byName, sourcePath);
    if (picked) return picked;
    if (target.includes('/')) return undefined;
    return pick([...this.byAlias.get(stripMd(target).toLowerCase())], sourcePath);
  }
}

/** The lower-case name a link looks up: when a note with this name or alias appears or goes, re-resolve. */
export function resolutionKey(ref: LinkRef): string {
  return noteNameOf(normalizeVaultPath(ref.target)).toLowerCase();
}

export function isAttachmentLink(ref: LinkRef): boolean {
  return isAttachmentTarget(ref.target);
}

function pick(candidates: string[], sourcePath: string): string | undefined {
  if (candidates.length <= 1) return candidates[0];
  const folder = folderOf(sourcePath).toLowerCase();
  const sameFolder = candidates.filter((p) => folderOf(p).toLowerCase() === folder);
  const pool = sameFolder.length > 0 ? sameFolder : candidates;
  return pool.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}
