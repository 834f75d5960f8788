import type { LinkOccurrence, Note } from '../model/note';
import { unresolvedId } from '../model/edges';
import { isAttachmentLink, resolutionKey, type LinkResolver } from '../vault/link-resolver';
import { isMarkdownPath } from '../vault/paths';
import { NestedMap, StringMultimap } from '../util/multimap';
import { sameItems } from '../util/same-items';
import { ClientNames } from './client-names';

export interface ResolvedLink {
  link: LinkOccurrence;
  /** Resolved note path; undefined when unresolved. */
  target?: string;
}

/**
 * Per link of a note's content, in order: the path it resolves to, null when unresolved, undefined
 * when it is no relationship (an attachment, a link to the note itself or to a file that is not a
 * note). One slot per link instead of an object per link: the form the cache keeps as well
 * (GraphData.targets), so a start-up takes it up as it is.
 */
export type LinkTargets = readonly (string | null | undefined)[];

/**
 * How every note's links resolve (the host's LinkResolver says), and who links to whom, kept current
 * as notes come and go. The notes the resolver knows, the clients' codes and aliases, and the names
 * each note looks up are indexed when first needed: a bulk load or a start-up from the cache leaves
 * them for the first change. A start-up from the cache also leaves who links to whom to be counted
 * when first asked.
 */
export class LinkIndex {
  /** What `cases` and unresolved links may name a client by. */
  readonly clientNames = new ClientNames();
  private readonly outLinks = new Map<string, LinkTargets>();
  /** By target, by source: how many of the source's links resolve to it. */
  private readonly inSources = new NestedMap<number>();
  /** Sources holding a link with this resolution key, resolved or not (self-links included). */
  private readonly sourcesByKey = new StringMultimap<string>();
  /** Each source's keys, each once. */
  private readonly keysBySource = new Map<string, readonly string[]>();
  private keysIndexed = true;
  private namesIndexed = true;
  /** Whether inSources counts every note's resolved links: a restore leaves it for the first use. */
  private sourcesIndexed = true;

  constructor(
    private readonly notes: ReadonlyMap<string, Note>,
    private readonly resolver: LinkResolver,
  ) {}

  /** A note's links that are relationships, with what they resolve to. */
  links(path: string): ResolvedLink[] {
    const targets = this.outLinks.get(path) ?? NO_LINKS;
    const links = this.notes.get(path)?.content.links ?? [];
    const resolved: ResolvedLink[] = [];
    for (let j = 0; j < targets.length; j++) {
      const target = targets[j];
      if (target === null) resolved.push({ link: links[j] });
      else if (target !== undefined) resolved.push({ link: links[j], target });
    }
    return resolved;
  }

  /** Per link of a note's content, what it resolves to (LinkTargets); undefined for a note not in the index. */
  targets(path: string): LinkTargets | undefined {
    return this.outLinks.get(path);
  }

  /** The first of a note's links that is a relationship and passes `test`: what it resolves to, or the unresolved id of its target. */
  private firstTarget(path: string, test: (link: LinkOccurrence) => boolean): string | undefined {
    const targets = this.outLinks.get(path) ?? NO_LINKS;
    const links = this.notes.get(path)?.content.links ?? [];
    for (let j = 0; j < targets.length; j++) {
      const target = targets[j];
      if (target !== undefined && test(links[j])) return target ?? unresolvedId(links[j].target);
    }
    return undefined;
  }

  /** Paths of the notes that link to this one. */
  sources(path: string): Iterable<string> {
    this.ensureSources();
    return this.inSources.keys(path);
  }

  /** The note a property links to: its path, or the unresolved id of its target. */
  linkTarget(path: string, property: string): string | undefined {
    return this.firstTarget(path, (link) => link.property === property);
  }

  /** Client id of a session note: the client note's path, or the unresolved id of its `client` link. */
  clientOf(sessionPath: string): string | undefined {
    return this.firstTarget(sessionPath, (link) => link.property === 'client' && !isAttachmentLink(link));
  }

  /** A note came: links resolve to it, and a client's code and aliases name it, from now on. */
  addNames(note: Note): void {
    if (!this.namesIndexed) return;
    this.resolver.noteAdded(note.path);
    this.clientNames.add(note);
  }

  removeNames(note: Note): void {
    if (!this.namesIndexed) return;
    this.resolver.noteRemoved(note.path);
    this.clientNames.remove(note);
  }

  /** Leaves the name and key indexes for later (indexLater's notes are already in `notes`). */
  deferIndexes(names: boolean): void {
    if (names) this.namesIndexed = false;
    this.keysIndexed = false;
  }

  /** Builds what was left for later, before anything changes. */
  ensureIndexed(): void {
    while (this.indexNext());
  }

  /**
   * Builds one of the parts left for later (names, who links to whom, the names each note looks
   * up), so that a host can build them with pauses between; false when none was left.
   */
  indexNext(): boolean {
    if (!this.namesIndexed) {
      this.namesIndexed = true;
      for (const note of this.notes.values()) {
        this.resolver.noteAdded(note.path);
        this.clientNames.add(note);
      }
      return true;
    }
    if (!this.sourcesIndexed) {
      this.ensureSources();
      return true;
    }
    if (this.keysIndexed) return false;
    this.keysIndexed = true;
    for (const note of this.notes.values()) this.indexKeys(note);
    return true;
  }

  private ensureSources(): void {
    if (this.sourcesIndexed) return;
    this.sourcesIndexed = true;
    for (const [path, targets] of this.outLinks) for (const target of targets) if (typeof target === 'string') countIn(this.inSources, target, path, +1);
  }

  /** Which names a note looks up, both ways. */
  private indexKeys(note: Note): void {
    const keys = new Set<string>();
    for (const link of note.content.links) {
      if (isAttachmentLink(link)) continue;
      const key = resolutionKey(link);
      keys.add(key);
      this.sourcesByKey.add(key, note.path);
    }
    this.keysBySource.set(note.path, [...keys]);
  }

  /** Resolves a note's links (unless given resolved) and counts them in; `dirty` collects the targets (a bulk load needs none). */
  attach(note: Note, dirty?: Set<string>, targets = this.resolveLinks(note)): void {
    this.ensureSources();
    if (this.keysIndexed) this.indexKeys(note);
    for (const target of targets) {
      if (typeof target !== 'string') continue;
      countIn(this.inSources, target, note.path, +1);
      dirty?.add(target);
    }
    this.outLinks.set(note.path, targets.length === 0 ? NO_LINKS : targets);
  }

  /**
   * A note's links as the resolver now resolves them. Attachments, links to the note itself and
   * links that resolve to a file other than a note (Obsidian resolves `[[data.xyz]]` to any file)
   * are not relationships: they are left out.
   */
  private resolveLinks(note: Note): LinkTargets {
    // Made at its final size: kept as long as the note.
    const links = note.content.links;
    // Filled, not holey: a hole would read as null once written as JSON, and array methods skip it.
    const targets = new Array<string | null | undefined>(links.length).fill(undefined);
    for (let j = 0; j < links.length; j++) {
      const link = links[j];
      if (isAttachmentLink(link)) continue;
      const target = this.resolver.resolve(link.target, note.path);
      if (target === note.path || (target !== undefined && !isMarkdownPath(target))) continue;
      targets[j] = target ?? null;
    }
    return targets;
  }

  /**
   * Takes up a note not in the index with its links as resolved earlier (from the cache). Into an
   * empty index, who links to whom is left to be counted on first use; otherwise it is counted now.
   */
  adopt(path: string, targets: LinkTargets): void {
    if (this.outLinks.size === 0) this.sourcesIndexed = false;
    if (this.sourcesIndexed) for (const target of targets) if (typeof target === 'string') countIn(this.inSources, target, path, +1);
    this.outLinks.set(path, targets.length === 0 ? NO_LINKS : targets);
  }

  detach(note: Note, dirty: Set<string>): void {
    this.ensureSources();
    for (const key of this.keysBySource.get(note.path) ?? []) this.sourcesByKey.remove(key, note.path);
    this.keysBySource.delete(note.path);
    for (const target of this.outLinks.get(note.path) ?? NO_LINKS) {
      if (typeof target === 'string') {
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
    for (const source of sources) this.relink(source, dirty);
  }

  /** Paths of the notes holding a link with one of these keys (self-links included). */
  sourcesLookingUp(keys: Iterable<string>, into: Set<string>): void {
    for (const key of keys) for (const s of this.sourcesByKey.get(key)) into.add(s);
  }

  /** Whether a note's links would now resolve otherwise than they did. */
  resolvesOtherwise(path: string): boolean {
    const note = this.notes.get(path);
    return note !== undefined && !sameItems(this.outLinks.get(path) ?? NO_LINKS, this.resolveLinks(note));
  }

  /**
   * Resolves a note's links again, and takes the new targets up where they differ from those it
   * had: the note, its old and new targets and the notes that link to it go into `dirty`. Returns
   * whether anything changed.
   */
  relink(path: string, dirty: Set<string>): boolean {
    const note = this.notes.get(path);
    if (!note) return false;
    const before = this.outLinks.get(path) ?? NO_LINKS;
    const after = this.resolveLinks(note);
    if (sameItems(before, after)) return false;
    const scratch = new Set<string>();
    this.detach(note, scratch);
    this.attach(note, scratch, after);
    // The note's own client may have changed, which its neighbours' typed edges depend on.
    dirty.add(path);
    for (const target of [...before, ...after]) if (typeof target === 'string') dirty.add(target);
    for (const s of this.sources(path)) dirty.add(s);
    return true;
  }
}

const NO_LINKS: LinkTargets = [];

function countIn(map: NestedMap<number>, target: string, source: string, delta: number): void {
  const count = (map.get(target, source) ?? 0) + delta;
  if (count > 0) map.set(target, source, count);
  else map.delete(target, source);
}
