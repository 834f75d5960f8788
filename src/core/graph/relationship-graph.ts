import type { LinkOccurrence, Note } from '../model/note';
import { isAttachmentLink, LinkResolver, resolutionKey } from '../vault/link-resolver';
import { noteNameOf } from '../vault/paths';
import { EDGE_TYPES, unresolvedId, type Edge, type EdgeType } from '../model/edges';
import { addTo, removeFrom } from '../util/multimap';

/**
 * What a graph derived from its notes' links, for a persistent cache: taken up again, it spares
 * resolving every link and computing every typed edge at start-up. Notes are referred to by their
 * position in the list of notes the state was exported for.
 */
export interface GraphState {
  /** Per note, per link of its content in order: the position of the note it resolves to, UNRESOLVED, or LEFT_OUT. */
  targets: number[][];
  /** The typed edges each note owns, four entries per edge: owner's position, type's index in EDGE_TYPES, from, to (a position, or an unresolved id). */
  edges: (number | string)[];
}

const UNRESOLVED = -1;
/** An attachment, or a link to the note itself: not a relationship. */
const LEFT_OUT = -2;

export interface ResolvedLink {
  link: LinkOccurrence;
  /** Resolved note path; undefined when unresolved. */
  target?: string;
}

/**
 * The notes of a vault, their resolved links, and the typed edges of SPEC section 2, kept up to date
 * one note at a time. Typed edges are owned by the note whose content implies them; a change
 * recomputes the changed note and its neighbours only.
 */
export class RelationshipGraph {
  private readonly notes = new Map<string, Note>();
  private readonly resolver = new LinkResolver();
  private readonly outLinks = new Map<string, ResolvedLink[]>();
  private readonly inSources = new Map<string, Map<string, number>>();
  /** Sources holding a link with this resolution key, resolved or not (self-links included). */
  private readonly sourcesByKey = new Map<string, Set<string>>();
  /** Whether sourcesByKey and keysBySource are built (a bulk load leaves them for the first change). */
  private keysIndexed = true;
  /** Whether the resolver knows every note's names (a restore leaves them for the first change). */
  private namesIndexed = true;
  private readonly keysBySource = new Map<string, Set<string>>();
  private readonly owned = new Map<string, Edge[]>();
  private readonly edgesFrom = new Map<string, Map<string, Edge>>();
  private readonly edgesTo = new Map<string, Map<string, Edge>>();
  private readonly edgeRefs = new Map<string, number>();

  get size(): number {
    return this.notes.size;
  }

  note(path: string): Note | undefined {
    return this.notes.get(path);
  }

  allNotes(): IterableIterator<Note> {
    return this.notes.values();
  }

  links(path: string): readonly ResolvedLink[] {
    return this.outLinks.get(path) ?? [];
  }

  /** Paths of the notes that link to this one. */
  linkedFrom(path: string): string[] {
    return [...(this.inSources.get(path)?.keys() ?? [])];
  }

  edgesOut(id: string, type?: EdgeType): Edge[] {
    return filterType(this.edgesFrom.get(id), type);
  }

  edgesIn(id: string, type?: EdgeType): Edge[] {
    return filterType(this.edgesTo.get(id), type);
  }

  /** Adds or replaces a note. Returns the paths whose typed edges were recomputed. */
  upsert(note: Note): Set<string> {
    this.indexKeys();
    const dirty = new Set<string>([note.path]);
    const previous = this.notes.get(note.path);
    const namesChanged = !previous || !sameNames(previous, note);
    const keys = new Set([...namesOf(note), ...(previous ? namesOf(previous) : [])]);
    if (previous) {
      this.detach(previous, dirty);
      this.resolver.remove(previous.path, previous.content.aliases);
    }
    this.notes.set(note.path, note);
    this.resolver.add(note.path, note.content.aliases);
    this.attach(note, dirty);
    for (const source of this.inSources.get(note.path)?.keys() ?? []) dirty.add(source);
    if (namesChanged) this.reresolve(keys, note.path, dirty);
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
      this.resolver.add(note.path, note.content.aliases);
    }
    // Which notes look up which names only matters once notes change: indexKeys() does it then.
    this.keysIndexed = false;
    for (const note of this.notes.values()) this.attach(note);
    this.recompute(this.notes.keys());
  }

  /**
   * The state to take up with restore(), for exactly these notes in this order: every note of the
   * graph. Undefined when they are not all of them (a host left some out): the links and edges of
   * the others could not be restored.
   */
  exportState(paths: readonly string[]): GraphState | undefined {
    const position = new Map(paths.map((path, i) => [path, i]));
    if (position.size !== paths.length || position.size !== this.notes.size) return undefined;
    const state: GraphState = { targets: [], edges: [] };
    for (const path of paths) {
      const note = this.notes.get(path);
      if (!note) return undefined;
      const resolved = this.links(path);
      const targets: number[] = [];
      let next = 0;
      for (const link of note.content.links) {
        if (resolved[next]?.link !== link) {
          targets.push(LEFT_OUT);
          continue;
        }
        const target = resolved[next++].target;
        targets.push(target === undefined ? UNRESOLVED : position.get(target)!);
      }
      state.targets.push(targets);
    }
    // Every note has a position (checked above): an edge's end without one is an unresolved id.
    const node = (id: string): number | string => position.get(id) ?? id;
    for (const [owner, edges] of this.owned) {
      for (const edge of edges) state.edges.push(position.get(owner)!, EDGE_TYPES.indexOf(edge.type), node(edge.from), node(edge.to));
    }
    return state;
  }

  /**
   * Fills an empty graph with these notes and the state exported for them, without resolving links
   * or computing edges. Returns false, leaving the graph empty, when the state does not fit the
   * notes (the caller then loads them the slow way).
   */
  restore(notes: readonly Note[], state: GraphState): boolean {
    if (this.notes.size > 0 || !fits(notes, state)) return false;
    for (const note of notes) this.notes.set(note.path, note);
    // Names and keys only matter once notes change: indexKeys() does them then.
    this.namesIndexed = false;
    this.keysIndexed = false;
    notes.forEach((note, i) => {
      const links = note.content.links;
      const targets = state.targets[i];
      const resolved: ResolvedLink[] = [];
      for (let j = 0; j < links.length; j++) {
        const at = targets[j];
        if (at === LEFT_OUT) continue;
        const target = at === UNRESOLVED ? undefined : notes[at].path;
        resolved.push({ link: links[j], target });
        if (target !== undefined) countIn(this.inSources, target, note.path, +1);
      }
      this.outLinks.set(note.path, resolved);
    });
    const id = (node: number | string): string => (typeof node === 'number' ? notes[node].path : node);
    const { edges } = state;
    for (let k = 0; k < edges.length; k += 4) {
      const owner = notes[edges[k] as number].path;
      const edge: Edge = { from: id(edges[k + 2]), to: id(edges[k + 3]), type: EDGE_TYPES[edges[k + 1] as number] };
      const list = this.owned.get(owner);
      if (list) list.push(edge);
      else this.owned.set(owner, [edge]);
      this.ref(edge);
    }
    return true;
  }

  remove(path: string): Set<string> {
    this.indexKeys();
    const dirty = new Set<string>();
    const previous = this.notes.get(path);
    if (!previous) return dirty;
    for (const source of this.inSources.get(path)?.keys() ?? []) dirty.add(source);
    this.detach(previous, dirty);
    this.notes.delete(path);
    this.resolver.remove(path, previous.content.aliases);
    this.reresolve(new Set(namesOf(previous)), path, dirty);
    dirty.add(path);
    this.recompute(dirty);
    return dirty;
  }

  rename(oldPath: string, note: Note): Set<string> {
    const dirty = this.remove(oldPath);
    for (const path of this.upsert(note)) dirty.add(path);
    return dirty;
  }

  /** Client id of a session note: the client note's path, or the unresolved id of its `client` link. */
  clientOf(sessionPath: string): string | undefined {
    for (const { link, target } of this.links(sessionPath)) {
      if (link.property !== 'client' || isAttachmentLink(link)) continue;
      return target ?? unresolvedId(link.target);
    }
    return undefined;
  }

  /** Builds what a bulk load or a restore left for the first change, so that change need not. */
  prepareForChanges(): void {
    this.indexKeys();
  }

  /**
   * The names each note goes by, for resolving links, and the names each note looks up, for
   * re-resolving its links when a note with one of them comes or goes.
   */
  private indexKeys(): void {
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
        addTo(this.sourcesByKey, key, note.path);
      }
      this.keysBySource.set(note.path, keys);
    }
  }

  /** Resolves a note's links and counts them in; `dirty` collects the targets (a bulk load needs none). */
  private attach(note: Note, dirty?: Set<string>): void {
    const resolved: ResolvedLink[] = [];
    const keys = this.keysIndexed ? new Set<string>() : undefined;
    for (const link of note.content.links) {
      if (isAttachmentLink(link)) continue;
      const key = resolutionKey(link);
      if (keys) {
        keys.add(key);
        addTo(this.sourcesByKey, key, note.path);
      }
      const target = this.resolver.resolve(link, note.path, key);
      if (target === note.path) continue;
      resolved.push({ link, target });
      if (target !== undefined) {
        countIn(this.inSources, target, note.path, +1);
        dirty?.add(target);
      }
    }
    this.outLinks.set(note.path, resolved);
    if (keys) this.keysBySource.set(note.path, keys);
  }

  private detach(note: Note, dirty: Set<string>): void {
    for (const key of this.keysBySource.get(note.path) ?? []) removeFrom(this.sourcesByKey, key, note.path);
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
  private reresolve(keys: Set<string>, changedPath: string, dirty: Set<string>): void {
    const sources = new Set<string>();
    for (const key of keys) for (const s of this.sourcesByKey.get(key) ?? []) if (s !== changedPath) sources.add(s);
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
        for (const s of this.inSources.get(source)?.keys() ?? []) dirty.add(s);
      }
    }
  }

  private recompute(dirty: Iterable<string>): void {
    for (const path of dirty) {
      for (const edge of this.owned.get(path) ?? []) this.unref(edge);
      const note = this.notes.get(path);
      const edges = note ? this.typedEdges(note) : [];
      if (edges.length > 0) this.owned.set(path, edges);
      else this.owned.delete(path);
      for (const edge of edges) this.ref(edge);
    }
  }

  /** The typed edges a note's content implies, given its neighbours. */
  private typedEdges(note: Note): Edge[] {
    const edges: Edge[] = [];
    const add = (from: string, to: string, type: EdgeType): void => {
      if (!edges.some((e) => e.from === from && e.to === to && e.type === type)) edges.push({ from, to, type });
    };
    const links = this.links(note.path);
    const targetOf = (property: string): string | undefined => {
      const found = links.find((l) => l.link.property === property);
      return found ? (found.target ?? unresolvedId(found.link.target)) : undefined;
    };
    switch (note.content.kind) {
      case 'session': {
        const client = this.clientOf(note.path);
        if (client) add(note.path, client, 'session-of');
        break;
      }
      case 'supervision': {
        for (const client of this.clientsDiscussedBy(note.path)) add(note.path, client, 'discusses');
        const supervisor = targetOf('supervisor');
        const supervisee = targetOf('supervisee');
        if (supervisor) add(note.path, supervisor, 'supervised-by');
        if (supervisor && supervisee) add(supervisor, supervisee, 'supervises');
        break;
      }
      case 'reflection':
        for (const { target } of links) {
          const kind = target ? this.notes.get(target)?.content.kind : undefined;
          if (target && (kind === 'session' || kind === 'supervision' || kind === 'client')) add(note.path, target, 'reflects-on');
        }
        break;
      default:
        break;
    }
    return edges;
  }

  /**
   * SPEC section 2: S discusses C when S links to C's client note or to a session note of C, when a
   * session note of C links to S, or when S names C in `cases` without a client note to resolve to.
   */
  private clientsDiscussedBy(path: string): Set<string> {
    const clients = new Set<string>();
    for (const { link, target } of this.links(path)) {
      if (target === undefined) {
        if (link.property === 'cases') clients.add(unresolvedId(link.target));
        continue;
      }
      const kind = this.notes.get(target)?.content.kind;
      if (kind === 'client') clients.add(target);
      else if (kind === 'session') {
        const client = this.clientOf(target);
        if (client) clients.add(client);
      }
    }
    for (const source of this.inSources.get(path)?.keys() ?? []) {
      if (this.notes.get(source)?.content.kind !== 'session') continue;
      const client = this.clientOf(source);
      if (client) clients.add(client);
    }
    return clients;
  }

  private ref(edge: Edge): void {
    const key = edgeKey(edge);
    const count = this.edgeRefs.get(key) ?? 0;
    this.edgeRefs.set(key, count + 1);
    if (count > 0) return;
    mapOf(this.edgesFrom, edge.from).set(key, edge);
    mapOf(this.edgesTo, edge.to).set(key, edge);
  }

  private unref(edge: Edge): void {
    const key = edgeKey(edge);
    const count = (this.edgeRefs.get(key) ?? 0) - 1;
    if (count > 0) {
      this.edgeRefs.set(key, count);
      return;
    }
    this.edgeRefs.delete(key);
    deleteFrom(this.edgesFrom, edge.from, key);
    deleteFrom(this.edgesTo, edge.to, key);
  }
}

/** Whether a state's shape fits these notes: one target per link, positions and types in range. */
function fits(notes: readonly Note[], state: GraphState): boolean {
  const { targets, edges } = state;
  if (!Array.isArray(targets) || !Array.isArray(edges) || targets.length !== notes.length || edges.length % 4 !== 0) return false;
  const count = notes.length;
  const isPosition = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < count;
  for (let i = 0; i < count; i++) {
    const list = targets[i];
    if (!Array.isArray(list) || list.length !== notes[i].content.links.length) return false;
    for (const at of list) if (at !== UNRESOLVED && at !== LEFT_OUT && !isPosition(at)) return false;
  }
  for (let k = 0; k < edges.length; k += 4) {
    if (!isPosition(edges[k]) || EDGE_TYPES[edges[k + 1] as number] === undefined) return false;
    if ((typeof edges[k + 2] !== 'string' && !isPosition(edges[k + 2])) || (typeof edges[k + 3] !== 'string' && !isPosition(edges[k + 3]))) return false;
  }
  return true;
}

function namesOf(note: Note): string[] {
  return [noteNameOf(note.path).toLowerCase(), ...note.content.aliases.map((a) => a.replace(/\.md$/i, '').toLowerCase())];
}

function sameNames(a: Note, b: Note): boolean {
  const x = namesOf(a);
  const y = namesOf(b);
  return x.length === y.length && x.every((n, i) => n === y[i]);
}

function edgeKey(edge: Edge): string {
  return `${edge.type}\u0000${edge.from}\u0000${edge.to}`;
}

function filterType(map: Map<string, Edge> | undefined, type: EdgeType | undefined): Edge[] {
  const edges = [...(map?.values() ?? [])];
  return type ? edges.filter((e) => e.type === type) : edges;
}

function mapOf<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map<string, V>()));
  return inner;
}

function deleteFrom<V>(map: Map<string, Map<string, V>>, key: string, innerKey: string): void {
  const inner = map.get(key);
  if (!inner) return;
  inner.delete(innerKey);
  if (inner.size === 0) map.delete(key);
}

function countIn(map: Map<string, Map<string, number>>, target: string, source: string, delta: number): void {
  const inner = mapOf<number>(map, target);
  const count = (inner.get(source) ?? 0) + delta;
  if (count > 0) inner.set(source, count);
  else inner.delete(source);
  if (inner.size === 0) map.delete(target);
}
