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

  /** Replaces what a note owns. */
  set(owner: string, edges: readonly Edge[]): void {
    this.ensureIndexed();
    for (const edge of this.owned.get(owner) ?? []) this.unref(edge);
    // Kept as long as the note: a list of its own size (one grown by push holds room for 17).
    if (edges.length > 0) this.owned.set(owner, edges.slice());
    else this.owned.delete(owner);
    for (const edge of edges) this.ref(edge);
  }

  private ref(edge: Edge): void {
    if (findEdge(this.from.get(edge.from), edge) >= 0) {
      const key = edgeKey(edge);
      this.shared.set(key, (this.shared.get(key) ?? 1) + 1);
      return;
    }
    addEdge(this.from, edge.from, edge);
    addEdge(this.to, edge.to, edge);
  }

  private unref(edge: Edge): void {
    if (this.shared.size > 0) {
      const key = edgeKey(edge);
      const owners = this.shared.get(key);
      if (owners !== undefined) {
        if (owners > 2) this.shared.set(key, owners - 1);
        else this.shared.delete(key);
        return;
      }
    }
    deleteEdge(this.from, edge.from, edge);
    deleteEdge(this.to, edge.to, edge);
  }
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

function deleteEdge(map: Map<string, Edge | Edge[]>, node: string, edge: Edge): void {
  const held = map.get(node);
  const at = findEdge(held, edge);
  if (at < 0) return;
  if (!Array.isArray(held)) map.delete(node);
  else {
    held.splice(at, 1);
    if (held.length === 1) map.set(node, held[0]);
  }
}

export function edgeKey(edge: Edge): string {
  return `${edge.type}\u0000${edge.from}\u0000${edge.to}`;
}

function filterType(held: Edge | Edge[] | undefined, type: EdgeType | undefined): Edge[] {
  const list = held === undefined ? [] : Array.isArray(held) ? held : [held];
  return type ? list.filter((e) => e.type === type) : list.slice();
}
