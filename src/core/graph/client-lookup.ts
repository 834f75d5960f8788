import { nameGiven } from '../parse/link-syntax';
import { PROPERTY } from '../model/property-names';
import { scalarString } from '../parse/properties';
import { unresolvedId } from '../model/edges';
import type { GraphReader } from './relationship-graph';

/**
 * The client id a user means by NAME: a client note by file name, path, `code` or alias
 * (case-insensitive), or a client with no note that session notes name; a link to them as well.
 */
export function findClientId(graph: GraphReader, name: string): string | undefined {
  return findClientIds(graph, name)[0];
}

/** Every client NAME may mean (findClientId), in path order: more than one when an alias is shared. */
export function findClientIds(graph: GraphReader, name: string): string[] {
  const wanted = nameGiven(name).toLowerCase();
  const matches: string[] = [];
  for (const note of graph.allNotes()) {
    if (note.content.kind !== 'client') continue;
    const code = scalarString(note.content.properties.get('code')?.value);
    const names = [note.name, note.path, note.path.replace(/\.md$/i, ''), code ?? '', ...note.content.aliases];
    if (names.some((n) => n.toLowerCase() === wanted)) matches.push(note.path);
  }
  if (matches.length > 0) return matches.sort();
  const id = unresolvedId(wanted);
  return graph.edgesIn(id, 'session-of').length > 0 || graph.edgesIn(id, 'discusses').length > 0 ? [id] : [];
}

/** How a client is named to the user: its note's `code`, else the note's name, else the name sessions (or a supervision) link to. */
export function clientLabel(graph: GraphReader, client: string): string {
  const note = graph.note(client);
  if (note) return scalarString(note.content.properties.get(PROPERTY.code)?.value) ?? note.name;
  for (const e of graph.edgesIn(client, 'session-of')) {
    const link = graph.links(e.from).find((l) => l.link.property === PROPERTY.client);
    if (link) return link.link.target;
  }
  // A client only a supervision names (in `cases`, say), as that note writes the name.
  for (const e of graph.edgesIn(client, 'discusses')) {
    const link = graph.links(e.from).find((l) => l.target === undefined && unresolvedId(l.link.target) === client);
    if (link) return link.link.target;
  }
  return client;
}
