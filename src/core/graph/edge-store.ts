import type { Edge, EdgeType } from '../model/edges';

/**
 * Typed edges, each owned by the note whose content implies it. Two owners may imply the same
 * edge (a supervision and a session both say the supervision discusses a client): it stays while
 * any owner holds it.
 */
export class EdgeStore {
  private readonly owned = new Map<string, Edge[]>();
  private readonly from = new Map<string, Map<string, Edge>>();
  private readonly to = new Map<string, Map<string, Edge>>();
  private readonly refs = new Map<string, number>();

  edgesOut(id: string, type?: EdgeType): Edge[] {
    return filterType(this.from.get(id), type);
  }

  edgesIn(id: string, type?: EdgeType): Edge[] {
    return filterType(this.to.get(id), type);
  }

  /** Every owner's edges, for the cache. */
  ownedEdges(): IterableIterator<[owner: string, edges: Edge[]]> {
    return this.owned.entries();
  }

  /** Replaces what a note owns. */
  set(owner: string, edges: readonly Edge[]): void {
    for (const edge of this.owned.get(owner) ?? []) this.unref(edge);
    // Kept as long as the note: a list of its own size (one grown by push holds room for 17).
    if (edges.length > 0) this.owned.set(owner, edges.slice());
    else this.owned.delete(owner);
    for (const edge of edges) this.ref(edge);
  }

  private ref(edge: Edge): void {
    const key = edgeKey(edge);
    const count = this.refs.get(key) ?? 0;
    this.refs.set(key, count + 1);
    if (count > 0) return;
    mapOf(this.from, edge.from).set(key, edge);
    mapOf(this.to, edge.to).set(key, edge);
  }

  private unref(edge: Edge): void {
    const key = edgeKey(edge);
    const count = (this.refs.get(key) ?? 0) - 1;
    if (count > 0) {
      this.refs.set(key, count);
      return;
    }
    this.refs.delete(key);
    deleteFrom(this.from, edge.from, key);
    deleteFrom(this.to, edge.to, key);
  }
}

export function edgeKey(edge: Edge): string {
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
