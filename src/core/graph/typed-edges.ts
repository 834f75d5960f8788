import { unresolvedId, type Edge, type EdgeType } from '../model/edges';
import type { Note } from '../model/note';
import { NOTE_TYPES } from '../model/note-types';
import { PROPERTY } from '../model/property-names';
import { edgeKey } from './edge-store';
import type { ResolvedLink } from './link-index';

/** What deriving a note's edges reads: the other notes, and how links resolve. */
export interface EdgeSources {
  note(path: string): Note | undefined;
  links(path: string): readonly ResolvedLink[];
  linkSources(path: string): Iterable<string>;
  linkTarget(path: string, property: string): string | undefined;
  clientOf(sessionPath: string): string | undefined;
  /** The client note a link's target names by code or alias. */
  clientNamed(target: string): string | undefined;
}

type Derive = (note: Note, graph: EdgeSources, add: (from: string, to: string) => void) => void;

/** How each edge type follows from the note that owns it (SPEC section 2); note-types.ts says which types own which. */
const DERIVE: Readonly<Record<EdgeType, Derive>> = {
  'session-of': (note, graph, add) => {
    const client = graph.clientOf(note.path);
    if (client) add(note.path, client);
  },
  discusses: (note, graph, add) => {
    for (const client of clientsDiscussedBy(note.path, graph)) add(note.path, client);
  },
  'supervised-by': (note, graph, add) => {
    const supervisor = graph.linkTarget(note.path, PROPERTY.supervisor);
    if (supervisor) add(note.path, supervisor);
  },
  supervises: (note, graph, add) => {
    const supervisor = graph.linkTarget(note.path, PROPERTY.supervisor);
    const supervisee = graph.linkTarget(note.path, PROPERTY.supervisee);
    if (supervisor && supervisee) add(supervisor, supervisee);
  },
  'reflects-on': (note, graph, add) => {
    for (const { target } of graph.links(note.path)) {
      const kind = target ? graph.note(target)?.content.kind : undefined;
      if (target && (kind === 'session' || kind === 'supervision' || kind === 'client')) add(note.path, target);
    }
  },
  // Plain links are the graph's links themselves; no note owns them as typed edges.
  'links-to': () => undefined,
};

/** The typed edges a note's content implies, given its neighbours, each once. */
export function typedEdges(note: Note, graph: EdgeSources): Edge[] {
  const edges: Edge[] = [];
  const seen = new Set<string>();
  for (const type of NOTE_TYPES[note.content.kind].edges) {
    DERIVE[type](note, graph, (from, to) => {
      const edge: Edge = { from, to, type };
      const key = edgeKey(edge);
      if (seen.has(key)) return;
      seen.add(key);
      edges.push(edge);
    });
  }
  return edges;
}

/**
 * SPEC section 2: S discusses C when S links to C's client note or to a session note of C, when a
 * session note of C links to S, or when one of S's `cases` values or unresolved links names C's code
 * or one of C's aliases; a `cases` value that names no client note is a client without one.
 */
function clientsDiscussedBy(path: string, graph: EdgeSources): Set<string> {
  const clients = new Set<string>();
  for (const { link, target } of graph.links(path)) {
    if (target === undefined) {
      const named = graph.clientNamed(link.target);
      if (named) clients.add(named);
      else if (link.property === PROPERTY.cases) clients.add(unresolvedId(link.target));
      continue;
    }
    const kind = graph.note(target)?.content.kind;
    if (kind === 'client') clients.add(target);
    else if (kind === 'session') {
      const client = graph.clientOf(target);
      if (client) clients.add(client);
    }
  }
  for (const source of graph.linkSources(path)) {
    if (graph.note(source)?.content.kind !== 'session') continue;
    const client = graph.clientOf(source);
    if (client) clients.add(client);
  }
  return clients;
}
