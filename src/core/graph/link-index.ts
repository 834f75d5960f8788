import type { LinkOccurrence, Note } from '../model/note';
import { unresolvedId } from '../model/edges';
import { isAttachmentLink, LinkResolver, resolutionKey } from '../vault/link-resolver';
import { NestedMap, StringMultimap } from '../util/multimap';

export interface ResolvedLink {
  link: LinkOccurrence;
  /** Resolved note path; undefined when unresolved. */
  target?: string;
}

/**
 * How every note's links resolve, and who links to whom, kept current as notes come and go. The
 * names each note goes by and the names each note looks up are indexed when first needed: a bulk
 * load or a start-up from the cache leaves them for the first change.
 */
export class LinkIndex {
  private readonly resolver = new LinkResolver();
  private readonly outLinks = new Map<string, readonly ResolvedLink[]>();
  /** By target, by source: how many of the source's links resolve to it. */
  private readonly inSources = new NestedMap<number>();
  /** Sources holding a link with this resolution key, resolved or not (self-links included). */
  private readonly sourcesByKey = new StringMultimap<string>();
  /** Each source's keys, each once. */
  private readonly keysBySource = new Map<string, readonly string[]>();
  private keysIndexed = true;
  private namesIndexed = true;

  constructor(private readonly notes: ReadonlyMap<string, Note>) {}

  links(path: string): readonly ResolvedLink[] {
    return this.outLinks.get(path) ?? [];
  }

  /** Paths of the notes that link to this one. */
  sources(path: string): Iterable<string> {
    return this.inSources.keys(path);
  }

  /** The note a property links to: its path, or the unresolved id of its target. */
  linkTarget(path: string, property: string): string | undefined {
    for (const { link, target } of this.links(path)) {
      if (link.property === property) return target ?? unresolvedId(link.target);
    }
    return undefined;
  }

  /** Client id of a session note: the client note's path, or the unresolved id of its `client` link. */
  clientOf(sessionPath: string): string | undefined {
    for (const { link, target } of this.links(sessionPath)) {
      if (link.property !== 'client' || isAttachmentLink(link)) continue;
      return target ?? unresolvedId(link.target);
    }
    return undefined;
  }

  /** A note came: its names resolve links from now on. */
  addNames(note: Note): void {
    if (this.namesIndexed) this.resolver.add(note.path, note.content.aliases);
  }

  removeNames(note: Note): void {
    if (this.namesIndexed) this.resolver.remove(note.path, note.content.aliases);
  }

  /** Leaves the name and key indexes for later (indexLater's notes are already in `notes`). */
  deferIndexes(names: boolean): void {
    if (names) this.namesIndexed = false;
    this.keysIndexed = false;
  }

  /** Builds what was left for later, before anything changes. */
  ensureIndexed(): void {
    if (!this.namesIndexed) {
      this.namesIndexed = true;
      for (const note of this.notes.values()) this.resolver.add(note.path, note.content.aliases);
    }
    if (this.keysIndexed) return;
    this.keysIndexed = true;
    for (const note of this.notes.values()) {
      const keys = new Set<string>();
      for (const link of note.content.links) {
        if (isAttachmentLink(link)) continue;
        const key = resolutionKey(link);
        keys.add(key);
        this.sourcesByKey.add(key, note.path);
      }
      this.keysBySource.set(note.path, [...keys]);
    }
  }

  /** Resolves a note's links and counts them in; `dirty` collects the targets (a bulk load needs none). */
  attach(note: Note, dirty?: Set<string>): void {
    const resolved: ResolvedLink[] = [];
    const keys = this.keysIndexed ? new Set<string>() : undefined;
    for (const link of note.content.links) {
      if (isAttachmentLink(link)) continue;
      const key = resolutionKey(link);
      if (keys) {
        keys.add(key);
        this.sourcesByKey.add(key, note.path);
      }
      const target = this.resolver.resolve(link, note.path, key);
      if (target === note.path) continue;
      resolved.push({ link, target });
      if (target !== undefined) {
        countIn(this.inSources, target, note.path, +1);
        dirty?.add(target);
      }
    }
    // Kept as long as the note: a list of its own size (one grown by push holds room for 17).
    this.outLinks.set(note.path, resolved.length === 0 ? NO_LINKS : resolved.slice());
    if (keys) this.keysBySource.set(note.path, [...keys]);
  }

  /** Takes up a note's links as resolved earlier (from the cache). */
  adopt(path: string, resolved: ResolvedLink[]): void {
    for (const { target } of resolved) if (target !== undefined) countIn(this.inSources, target, path, +1);
    this.outLinks.set(path, resolved.length === 0 ? NO_LINKS : resolved.slice());
  }

  detach(note: Note, dirty: Set<string>): void {
    for (const key of this.keysBySource.get(note.path) ?? []) this.sourcesByKey.remove(key, note.path);
    this.keysBySource.delete(note.path);
    for (const { target } of this.outLinks.get(note.path) ?? []) {
      if (target !== undefined) {
        countIn(this.inSources, target, note.path, -1);
        dirty.add(target);
      }
    }
    this.outLinks.delete(note.path);
  }

  /** Re-resolves the links of notes that look up one of these names, after a note with them came or went. */
  reresolve(keys: Set<string>, changedPath: string, dirty: Set<string>): void {
    const sources = new Set<string>();
    for (const key of keys) for (const s of this.sourcesByKey.get(key)) if (s !== changedPath) sources.add(s);
    for (const source of sources) {
      const note = this.notes.get(source);
      if (!note) continue;
      const before = (this.outLinks.get(source) ?? []).map((l) => l.target);
      const scratch = new Set<string>();
      this.detach(note, scratch);
      this.attach(note, scratch);
      const after = (this.outLinks.get(source) ?? []).map((l) => l.target);
      if (before.length !== after.length || before.some((t, i) => t !== after[i])) {
        // The source's own client may have changed, which its neighbours' typed edges depend on.
        dirty.add(source);
        for (const t of [...before, ...after]) if (t !== undefined) dirty.add(t);
        for (const s of this.sources(source)) dirty.add(s);
      }
    }
  }
}

const NO_LINKS: readonly ResolvedLink[] = [];

function countIn(map: NestedMap<number>, target: string, source: string, delta: number): void {
  const count = (map.get(target, source) ?? 0) + delta;
  if (count > 0) map.set(target, source, count);
  else map.delete(target, source);
}
