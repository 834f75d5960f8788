import type { Edge, EdgeType } from '../model/edges';

/**
 * Typed edges, each owned by the note whose content implies it. Two owners may imply the same
 * edge (a supervision and a session both say the supervision discusses a client): it stays while
 * any owner holds it.
 */
export class EdgeStore {
  private readonly owned = new Map<string, Edge[]>();
  /**
   * By node, its edges out and in: the edge itself where it has one (most nodes have one edge out,
   * and many one in), a list for more. Found by their fields, with no key string kept per edge nor
   * a map per node: 1.5 MB of each at 10,000 notes.
   */
  private readonly from = new Map<string, Edge | Edge[]>();
  private readonly to = new Map<string, Edge | Edge[]>();
  /** How many owners hold an edge, by its key, for the few edges two or more hold; one holds every other edge. */
  private readonly shared = new Map<string, number>();
  /** Whether `from`, `to` and `shared` hold every owned edge: a restore leaves them for the first use. */
  private indexed = true;

  edgesOut(id: string, type?: EdgeType): Edge[] {
    this.ensureIndexed();
    return filterType(this.from.get(id), type);
  }

  edgesIn(id: string, type?: EdgeType): Edge[] {
    this.ensureIndexed();
    return filterType(this.to.get(id), type);
  }

  /**
   * Takes up every owner's edges (from the cache), keeping the lists given: the caller gives them
   * up, made at their size. Into an empty store, indexing them by node is left for later: it is
   * most of a start-up's graph work and nothing reads it until a note changes or a view asks (or
   * ensureIndexed() runs). Into a store that holds edges, they are set one owner at a time.
   */
  restore(owned: Iterable<[owner: string, edges: Edge[]]>): void {
    if (this.owned.size > 0) {
      for (const [owner, edges] of owned) this.set(owner, edges);
      return;
    }
    for (const [owner, edges] of owned) if (edges.length > 0) this.owned.set(owner, edges);
    this.indexed = false;
  }

  /** Indexes what restore() took up, once; false when there was nothing left to index. */
  ensureIndexed(): boolean {
    if (this.indexed) return false;
    this.indexed = true;
    for (const edges of this.owned.values()) for (const edge of edges) this.ref(edge);
    return true;
  }

  /** Every owner's edges, for the cache. */
  ownedEdges(): IterableIterator<[owner: string, edges: Edge[]]> {
    return this.owned.entries();
  }

  /** Replaces what a note owns: in time linear in its edges, old and new, and in the lists of the nodes they touch. */
  set(owner: string, edges: readonly Edge[]): void {
    this.ensureIndexed();
    const old = this.owned.get(owner);
    if (old) this.unrefAll(old);
    // Kept as long as the note: a list of its own size (one grown by push holds room for 17).
    if (edges.length > 0) this.owned.set(owner, edges.slice());
    else this.owned.delete(owner);
    for (const edge of edges) this.ref(edge);
  }

  private ref(edge: Edge): void {
    // Looked for among the fewer edges of its two ends: a supervision note that discusses 100,000
    // cases has as many edges out, each case one in, and looking through the first for each was
    // quadratic (minutes for one note).
    const out = this.from.get(edge.from);
    const into = this.to.get(edge.to);
    if (findEdge(sizeOf(out) <= sizeOf(into) ? out : into, edge) >= 0) {
      const key = edgeKey(edge);
      this.shared.set(key, (this.shared.get(key) ?? 1) + 1);
      return;
    }
    addEdge(this.from, edge.from, edge);
    addEdge(this.to, edge.to, edge);
  }

  /** Lets go of an owner's edges: those another owner holds too stay; the rest leave each node's list in one pass over it. */
  private unrefAll(edges: readonly Edge[]): void {
    const gone: Edge[] = [];
    for (const edge of edges) if (!this.stillShared(edge)) gone.push(edge);
    deleteEdges(this.from, gone, (e) => e.from, (e) => `${e.type}\u0000${e.to}`);
    deleteEdges(this.to, gone, (e) => e.to, (e) => `${e.type}\u0000${e.from}`);
  }

  /** Whether another owner still holds the edge, counting this one's hold off. */
  private stillShared(edge: Edge): boolean {
    if (this.shared.size === 0) return false;
    const key = edgeKey(edge);
    const owners = this.shared.get(key);
    if (owners === undefined) return false;
    if (owners > 2) this.shared.set(key, owners - 1);
    else this.shared.delete(key);
    return true;
  }
}

function sizeOf(held: Edge | Edge[] | undefined): number {
  return held === undefined ? 0 : Array.isArray(held) ? held.length : 1;
}

/** Where in a node's edges one with the same type and ends is: 0 for the one edge, -1 when none. */
function findEdge(held: Edge | Edge[] | undefined, edge: Edge): number {
  if (held === undefined) return -1;
  if (!Array.isArray(held)) return sameEdge(held, edge) ? 0 : -1;
  return held.findIndex((e) => sameEdge(e, edge));
}

function sameEdge(a: Edge, b: Edge): boolean {
  return a.type === b.type && a.from === b.from && a.to === b.to;
}

/** Adds an edge to a node's, after those it has (as a Map keeps entries in the order they came). */
function addEdge(map: Map<string, Edge | Edge[]>, node: string, edge: Edge): void {
  const held = map.get(node);
  if (held === undefined) map.set(node, edge);
  else if (Array.isArray(held)) held.push(edge);
  else map.set(node, [held, edge]);
}

/**
 * Takes edges out of their nodes' lists (`nodeOf` names the end the map is by, `otherOf` the rest of
 * an edge there): each list read once, however many of its edges go, keeping the others in order.
 * Found by their fields, not as objects: an edge two owners imply is held as the first one's.
 */
function deleteEdges(map: Map<string, Edge | Edge[]>, gone: readonly Edge[], nodeOf: (e: Edge) => string, otherOf: (e: Edge) => string): void {
  const byNode = new Map<string, Set<string>>();
  for (const edge of gone) {
    const node = nodeOf(edge);
    const others = byNode.get(node);
    if (others) others.add(otherOf(edge));
    else byNode.set(node, new Set([otherOf(edge)]));
  }
  for (const [node, others] of byNode) {
    const held = map.get(node);
    if (held === undefined) continue;
    const kept = (Array.isArray(held) ? held : [held]).filter((e) => !others.has(otherOf(e)));
    if (kept.length === 0) map.delete(node);
    else map.set(node, kept.length === 1 ? kept[0] : kept);
  }
}

export function edgeKey(edge: Edge): string {
  return `${edge.type}\u0000${edge.from}\u0000${edge.to}`;
}

function filterType(held: Edge | Edge[] | undefined, type: EdgeType | undefined): Edge[] {
  const list = held === undefined ? [] : Array.isArray(held) ? held : [held];
  return type ? list.filter((e) => e.type === type) : list.slice();
}
