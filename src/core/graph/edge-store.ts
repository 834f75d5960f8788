import type { Edge, EdgeType } from '../model/edges';
import { flatString } from '../util/flat-string';
import { NestedMap } from '../util/multimap';

/**
 * Typed edges, each owned by the note whose content implies it. Two owners may imply the same
 * edge (a supervision and a session both say the supervision discusses a client): it stays while
 * any owner holds it.
 */
export class EdgeStore {
  private readonly owned = new Map<string, Edge[]>();
  /** By node, by edge key: most nodes have one edge out, and many one in. */
  private readonly from = new NestedMap<Edge>();
  private readonly to = new NestedMap<Edge>();
  /** How many owners hold an edge, for the few edges two or more hold; one holds every other edge. */
  private readonly shared = new Map<string, number>();
  /** Whether `from`, `to` and `shared` hold every owned edge: a restore leaves them for the first use. */
  private indexed = true;

  edgesOut(id: string, type?: EdgeType): Edge[] {
    this.ensureIndexed();
    return filterType(this.from.values(id), type);
  }

  edgesIn(id: string, type?: EdgeType): Edge[] {
    this.ensureIndexed();
    return filterType(this.to.values(id), type);
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
    const key = edgeKey(edge);
    if (this.from.get(edge.from, key) !== undefined) {
      this.shared.set(key, (this.shared.get(key) ?? 1) + 1);
      return;
    }
    // The key is kept as long as the edge: one piece, not the five it was joined from.
    flatString(key);
    this.from.set(edge.from, key, edge);
    this.to.set(edge.to, key, edge);
  }

  private unref(edge: Edge): void {
    const key = edgeKey(edge);
    const owners = this.shared.get(key);
    if (owners !== undefined) {
      if (owners > 2) this.shared.set(key, owners - 1);
      else this.shared.delete(key);
      return;
    }
    this.from.delete(edge.from, key);
    this.to.delete(edge.to, key);
  }
}

export function edgeKey(edge: Edge): string {
  return `${edge.type}\u0000${edge.from}\u0000${edge.to}`;
}

function filterType(edges: Iterable<Edge>, type: EdgeType | undefined): Edge[] {
  const list = [...edges];
  return type ? list.filter((e) => e.type === type) : list;
}
