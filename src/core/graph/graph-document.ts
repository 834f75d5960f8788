import type { Note } from '../model/note';
import { scalarString } from '../parse/properties';
import { normalizeKey } from '../parse/keys';
import { unresolvedId, type Edge, type NodeType } from '../model/edges';
import { isPrivateNote } from '../model/private-note';
import type { GraphReader } from './relationship-graph';

export interface GraphNode {
  id: string;
  type: NodeType;
  /** Vault-relative path; null for an unresolved link target. */
  path: string | null;
  label: string;
}

export interface GraphDocument {
  schema: 'parallel-process/graph@1';
  nodes: GraphNode[];
  edges: Edge[];
}

export interface GraphDocumentOptions {
  /** One client's neighbourhood instead of the whole graph. */
  clientId?: string;
  /** Private reflections are left out, with their names, links and edges, unless asked for. */
  includePrivate?: boolean;
}

/**
 * The whole graph, or one client's neighbourhood, as the document of SPEC section 4. Notes in the
 * templates folder are left out with their links: they describe notes to come, not the practice.
 * So are private reflections unless asked for: not their path, their name nor what they link to.
 */
export function graphDocument(graph: GraphReader, options: GraphDocumentOptions = {}): GraphDocument {
  const { clientId, includePrivate = false } = options;
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, Edge>();
  const leftOut = new Set<string>();
  for (const note of graph.allNotes()) if (note.isTemplate || (!includePrivate && isPrivateNote(note))) leftOut.add(note.path);
  const roles = personRoles(graph, leftOut);
  const addEdge = (edge: Edge): void => {
    if (!leftOut.has(edge.from) && !leftOut.has(edge.to)) edges.set(`${edge.type}\u0000${edge.from}\u0000${edge.to}`, edge);
  };
  const notes = [...graph.allNotes()].filter((n) => !leftOut.has(n.path)).sort((a, b) => compare(a.path, b.path));

  for (const note of notes) nodes.set(note.path, { id: note.path, type: nodeType(note, roles), path: note.path, label: note.name });
  for (const note of notes) {
    for (const { link, target } of graph.links(note.path)) {
      if (target && leftOut.has(target)) continue;
      const to = target ?? unresolvedId(link.target);
      if (!nodes.has(to)) nodes.set(to, { id: to, type: 'unresolved', path: null, label: link.target.replace(/\.md$/i, '') });
      addEdge({ from: note.path, to, type: 'links-to' });
    }
    for (const edge of graph.edgesOut(note.path)) addEdge(edge);
  }
  for (const node of [...nodes.values()]) {
    for (const edge of graph.edgesOut(node.id)) {
      if (leftOut.has(edge.to)) continue;
      if (!nodes.has(edge.to)) nodes.set(edge.to, { id: edge.to, type: 'unresolved', path: null, label: edge.to });
      addEdge(edge);
    }
  }

  let keep: Set<string> | undefined;
  if (clientId !== undefined) keep = neighbourhood(graph, clientId);
  const nodeList = [...nodes.values()].filter((n) => !keep || keep.has(n.id)).sort((a, b) => compare(a.id, b.id));
  const edgeList = [...edges.values()]
    .filter((e) => !keep || (keep.has(e.from) && keep.has(e.to)))
    .sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.type, b.type));
  return { schema: 'parallel-process/graph@1', nodes: nodeList, edges: edgeList };
}

/** A client, their sessions, the supervisions that discuss them, the people involved and reflections on any of these. */
export function neighbourhood(graph: GraphReader, clientId: string): Set<string> {
  const keep = new Set<string>([clientId]);
  const sessions = graph.edgesIn(clientId, 'session-of').map((e) => e.from);
  const supervisions = graph.edgesIn(clientId, 'discusses').map((e) => e.from);
  for (const id of [...sessions, ...supervisions]) keep.add(id);
  for (const s of supervisions) {
    for (const e of graph.edgesOut(s, 'supervised-by')) {
      keep.add(e.to);
      for (const sup of graph.edgesOut(e.to, 'supervises')) keep.add(sup.to);
    }
  }
  for (const path of [clientId, ...sessions]) {
    for (const { link, target } of graph.links(path)) if (link.property === 'practitioner' && target) keep.add(target);
  }
  for (const id of [...keep]) for (const e of graph.edgesIn(id, 'reflects-on')) keep.add(e.from);
  return keep;
}

type Roles = Map<string, 'practitioner' | 'supervisor'>;

/** People are typed by their `role`, else by how notes refer to them (supervisor wins over practitioner). */
function personRoles(graph: GraphReader, leftOut: ReadonlySet<string>): Roles {
  const roles: Roles = new Map();
  for (const note of graph.allNotes()) {
    if (leftOut.has(note.path)) continue;
    for (const { link, target } of graph.links(note.path)) {
      if (!target) continue;
      if (link.property === 'supervisor' && note.content.kind === 'supervision') roles.set(target, 'supervisor');
      else if ((link.property === 'practitioner' || link.property === 'supervisee') && !roles.has(target)) roles.set(target, 'practitioner');
    }
  }
  return roles;
}

function nodeType(note: Note, roles: Roles): NodeType {
  const kind = note.content.kind;
  if (kind === 'client' || kind === 'session' || kind === 'supervision' || kind === 'reflection') return kind;
  const role = scalarString(note.content.properties.get('role')?.value);
  const declared = role === undefined ? undefined : normalizeKey(role);
  if (kind === 'person' && (declared === 'practitioner' || declared === 'supervisor')) return declared;
  return roles.get(note.path) ?? (kind === 'person' ? 'person' : 'note');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
