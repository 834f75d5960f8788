import type { Edge, EdgeType } from '../model/edges';
import type { Note } from '../model/note';
import { nameKey, type LinkResolver } from '../vault/link-resolver';
import { NotePathResolver } from '../vault/note-path-resolver';
import { clientNamesOf } from './client-names';
import { EdgeStore } from './edge-store';
import { LinkIndex, type ResolvedLink } from './link-index';
import { typedEdges } from './typed-edges';

export type { ResolvedLink } from './link-index';

/**
 * What a graph derived from its notes' links, as plain data for the cache (cache/graph-codec.ts):
 * taken up again, it spares resolving every link and computing every typed edge at start-up.
 */
export interface GraphData {
  /** Per note, in the order given: per link of its content, the path it resolves to, null when unresolved, undefined when left out (an attachment, a link to itself). */
  targets: (string | null | undefined)[][];
  /** The typed edges each note owns, each owner once; a restore keeps the lists as they are. */
  edges: Iterable<[owner: string, edges: Edge[]]>;
}

/**
 * The notes of a vault, their links as the host's resolver resolves them, and the typed edges of
 * SPEC section 2, kept up to date one note at a time. Typed edges are owned by the note whose
 * content implies them; a change recomputes the changed note and its neighbours only.
 */
export class RelationshipGraph {
  private readonly notes = new Map<string, Note>();
  private readonly index: LinkIndex;
  private readonly edges = new EdgeStore();

  constructor(links: LinkResolver = new NotePathResolver()) {
    this.index = new LinkIndex(this.notes, links);
  }

  get size(): number {
    return this.notes.size;
  }

  note(path: string): Note | undefined {
    return this.notes.get(path);
  }

  allNotes(): IterableIterator<Note> {
    return this.notes.values();
  }

  /** A note's links with what they resolve to. */
  links(path: string): ResolvedLink[] {
    return this.index.links(path);
  }

  /** Paths of the notes that link to this one. */
  linkedFrom(path: string): string[] {
    return [...this.index.sources(path)];
  }

  /** The same, without making a list. */
  linkSources(path: string): Iterable<string> {
    return this.index.sources(path);
  }

  /** The note a property links to: its path, or the unresolved id of its target. */
  linkTarget(path: string, property: string): string | undefined {
    return this.index.linkTarget(path, property);
  }

  /** Client id of a session note: the client note's path, or the unresolved id of its `client` link. */
  clientOf(sessionPath: string): string | undefined {
    return this.index.clientOf(sessionPath);
  }

  edgesOut(id: string, type?: EdgeType): Edge[] {
    return this.edges.edgesOut(id, type);
  }

  edgesIn(id: string, type?: EdgeType): Edge[] {
    return this.edges.edgesIn(id, type);
  }

  /** The client note a link's target names by code or alias (for `discusses`; links do not resolve to aliases). */
  clientNamed(target: string): string | undefined {
    return this.index.clientNames.find(target);
  }

  /** Adds or replaces a note. Returns the paths whose typed edges were recomputed. */
  upsert(note: Note): Set<string> {
    this.index.ensureIndexed();
    const dirty = new Set<string>([note.path]);
    const previous = this.notes.get(note.path);
    if (previous) {
      this.index.detach(previous, dirty);
      this.index.removeNames(previous);
    }
    this.notes.set(note.path, note);
    this.index.addNames(note);
    this.index.attach(note, dirty);
    for (const source of this.index.sources(note.path)) dirty.add(source);
    // A new note may be what other notes' links of its name now resolve to (the same path keeps its name).
    if (!previous) this.index.reresolve(new Set([nameKey(note.path)]), note.path, dirty);
    this.clientNamesMoved(previous, note, dirty);
    this.recompute(dirty);
    return dirty;
  }

  /**
   * Adds many notes to an empty graph at once: all names first, then every link resolved once, then
   * every typed edge. The same graph as upserting them one by one, without re-resolving links each
   * time a name appears.
   */
  bulkLoad(notes: Iterable<Note>): void {
    if (this.notes.size > 0) {
      for (const note of notes) this.upsert(note);
      return;
    }
    for (const note of notes) {
      this.notes.set(note.path, note);
      this.index.addNames(note);
    }
    // Which notes look up which names only matters once notes change: the first change indexes it.
    this.index.deferIndexes(false);
    for (const note of this.notes.values()) this.index.attach(note);
    this.recompute(this.notes.keys());
  }

  /** How these notes' links resolved and the edges they own, as plain data; undefined unless they are exactly the graph's notes. */
  data(paths: readonly string[]): GraphData | undefined {
    if (new Set(paths).size !== paths.length || paths.length !== this.notes.size) return undefined;
    const targets: (string | null | undefined)[][] = [];
    for (const path of paths) {
      const list = this.index.targets(path);
      if (!list) return undefined;
      // A note being created may already be a target before it is read: such a state is not kept.
      for (const target of list) if (typeof target === 'string' && !this.notes.has(target)) return undefined;
      targets.push([...list]);
    }
    return { targets, edges: this.edges.ownedEdges() };
  }

  /**
   * Fills an empty graph with these notes and the data exported for them, without resolving links
   * or computing edges. Returns false, leaving the graph empty, when the data does not fit the notes
   * (the caller then loads them the slow way).
   */
  restore(notes: readonly Note[], data: GraphData): boolean {
    if (this.notes.size > 0 || data.targets.length !== notes.length) return false;
    if (notes.some((note, i) => data.targets[i].length !== (note.content.linkCount ?? note.content.links.length))) return false;
    for (const note of notes) this.notes.set(note.path, note);
    // Names and keys only matter once notes change: the first change indexes them.
    this.index.deferIndexes(true);
    notes.forEach((note, i) => this.index.adopt(note.path, data.targets[i]));
    this.edges.restore(data.edges);
    return true;
  }

  remove(path: string): Set<string> {
    this.index.ensureIndexed();
    const dirty = new Set<string>();
    const previous = this.notes.get(path);
    if (!previous) return dirty;
    for (const source of this.index.sources(path)) dirty.add(source);
    this.index.detach(previous, dirty);
    this.notes.delete(path);
    this.index.removeNames(previous);
    this.index.reresolve(new Set([nameKey(path)]), path, dirty);
    this.clientNamesMoved(previous, undefined, dirty);
    dirty.add(path);
    this.recompute(dirty);
    return dirty;
  }

  rename(oldPath: string, note: Note): Set<string> {
    const dirty = this.remove(oldPath);
    for (const path of this.upsert(note)) dirty.add(path);
    return dirty;
  }

  /** Of these notes, those whose links the resolver now resolves otherwise than the graph holds them. */
  resolvingOtherwise(paths: Iterable<string>): string[] {
    this.index.ensureIndexed();
    const stale: string[] = [];
    for (const path of paths) if (this.index.resolvesOtherwise(path)) stale.push(path);
    return stale;
  }

  /**
   * Resolves these notes' links again, where the host says their resolution may have changed
   * (Obsidian re-resolved them). Returns the paths whose typed edges were recomputed: none when
   * every link resolves as it did.
   */
  relink(paths: Iterable<string>): Set<string> {
    this.index.ensureIndexed();
    const dirty = new Set<string>();
    for (const path of paths) this.index.relink(path, dirty);
    this.recompute(dirty);
    return dirty;
  }

  /**
   * Builds one of the indexes a bulk load or a restore left for the first change, so that change
   * need not; false when none was left. One at a time, so that a host can pause between them.
   */
  warmUp(): boolean {
    return this.index.indexNext() || this.edges.ensureIndexed();
  }

  /**
   * A client note's code and aliases changed (or it came or went): the supervision notes whose
   * `cases` or unresolved links use one of those names discuss another set of clients.
   */
  private clientNamesMoved(before: Note | undefined, after: Note | undefined, dirty: Set<string>): void {
    const old = before ? clientNamesOf(before) : [];
    const now = after ? clientNamesOf(after) : [];
    if (old.length === now.length && old.every((name, i) => name === now[i])) return;
    this.index.sourcesLookingUp(new Set([...old, ...now].map(nameKey)), dirty);
  }

  private recompute(dirty: Iterable<string>): void {
    for (const path of dirty) {
      const note = this.notes.get(path);
      this.edges.set(path, note ? typedEdges(note, this) : []);
    }
  }
}

/** The graph as the rest of the core reads it: no way to change it. */
export type GraphReader = Pick<
  RelationshipGraph,
  'size' | 'note' | 'allNotes' | 'links' | 'linkedFrom' | 'linkSources' | 'linkTarget' | 'clientOf' | 'edgesOut' | 'edgesIn'
>;
