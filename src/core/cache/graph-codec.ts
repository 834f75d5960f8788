import type { GraphData } from '../graph/relationship-graph';
import { EDGE_TYPES, type Edge } from '../model/edges';
import type { Note } from '../model/note';

/**
 * The graph's data with notes referred to by their position in the snapshot's list of notes:
 * numbers instead of repeated paths.
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

export function encodeGraph(data: GraphData, paths: readonly string[]): GraphState {
  const position = new Map(paths.map((path, i) => [path, i]));
  const targets = data.targets.map((list) => list.map((t) => (t === undefined ? LEFT_OUT : t === null ? UNRESOLVED : position.get(t)!)));
  // Every note has a position: an edge's end without one is an unresolved id.
  const node = (id: string): number | string => position.get(id) ?? id;
  const edges: (number | string)[] = [];
  for (const [owner, list] of data.edges) {
    for (const edge of list) edges.push(position.get(owner)!, EDGE_TYPES.indexOf(edge.type), node(edge.from), node(edge.to));
  }
  return { targets, edges };
}

/** The graph's data for these notes, in the snapshot's order; undefined when the state does not fit them. */
export function decodeGraph(state: unknown, notes: readonly Note[]): GraphData | undefined {
  if (!fits(state, notes)) return undefined;
  const path = (node: number | string): string => (typeof node === 'number' ? notes[node].path : node);
  const targets = state.targets.map((list) => list.map((at) => (at === LEFT_OUT ? undefined : at === UNRESOLVED ? null : notes[at].path)));
  const owned = new Map<string, Edge[]>();
  const { edges } = state;
  // Each owner's edges are written one after another: each list is made at its size, to be kept as it is.
  for (let k = 0; k < edges.length; ) {
    let end = k + 4;
    while (end < edges.length && edges[end] === edges[k]) end += 4;
    const owner = notes[edges[k] as number].path;
    const list = new Array<Edge>((end - k) / 4);
    for (let i = 0; k < end; k += 4, i++) list[i] = { from: path(edges[k + 2]), to: path(edges[k + 3]), type: EDGE_TYPES[edges[k + 1] as number] };
    const before = owned.get(owner);
    owned.set(owner, before ? [...before, ...list] : list);
  }
  return { targets, edges: owned.entries() };
}

/** Whether a state's shape fits these notes: one target per link, positions and types in range. */
function fits(state: unknown, notes: readonly Note[]): state is GraphState {
  if (typeof state !== 'object' || state === null) return false;
  const { targets, edges } = state as Partial<GraphState>;
  if (!Array.isArray(targets) || !Array.isArray(edges) || targets.length !== notes.length || edges.length % 4 !== 0) return false;
  const count = notes.length;
  const isPosition = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < count;
  for (let i = 0; i < count; i++) {
    const list = targets[i];
    if (!Array.isArray(list) || list.length !== (notes[i].content.linkCount ?? notes[i].content.links.length)) return false;
    for (const at of list) if (at !== UNRESOLVED && at !== LEFT_OUT && !isPosition(at)) return false;
  }
  for (let k = 0; k < edges.length; k += 4) {
    if (!isPosition(edges[k]) || EDGE_TYPES[edges[k + 1] as number] === undefined) return false;
    if ((typeof edges[k + 2] !== 'string' && !isPosition(edges[k + 2])) || (typeof edges[k + 3] !== 'string' && !isPosition(edges[k + 3]))) return false;
  }
  return true;
}
