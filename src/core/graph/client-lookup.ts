import { scalarString } from '../parse/properties';
import { unresolvedId } from '../model/edges';
import type { RelationshipGraph } from './relationship-graph';

/**
 * The client id a user means by NAME: a client note by file name, path, `code` or alias
 * (case-insensitive), or a client with no note that session notes name.
 */
export function findClientId(graph: RelationshipGraph, name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  const matches: string[] = [];
  for (const note of graph.allNotes()) {
    if (note.content.kind !== 'client') continue;
    const code = scalarString(note.content.properties.get('code')?.value);
    const names = [note.name, note.path, note.path.replace(/\.md$/i, ''), code ?? '', ...note.content.aliases];
    if (names.some((n) => n.toLowerCase() === wanted)) matches.push(note.path);
  }
  if (matches.length > 0) return matches.sort()[0];
  const id = unresolvedId(wanted);
  return graph.edgesIn(id, 'session-of').length > 0 || graph.edgesIn(id, 'discusses').length > 0 ? id : undefined;
}
