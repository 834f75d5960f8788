import type { Note } from '../model/note';
import { PROPERTY } from '../model/property-names';
import { unresolvedId } from '../model/edges';
import { scalarString } from '../parse/properties';
import { addTo, removeFrom } from '../util/multimap';

/**
 * Client notes by the codes and aliases they go by. Links do not resolve to aliases (Obsidian does
 * not), but a supervision note that names a client by code or alias in `cases`, or in a link that
 * resolves to no note, discusses that client (SPEC section 2): this is where such a name is looked up.
 */
export class ClientNames {
  /** Client note paths by name, as unresolvedId() writes a link's target (lower case, no `.md`). */
  private readonly byName = new Map<string, Set<string>>();

  add(note: Note): void {
    for (const name of clientNamesOf(note)) addTo(this.byName, name, note.path);
  }

  remove(note: Note): void {
    for (const name of clientNamesOf(note)) removeFrom(this.byName, name, note.path);
  }

  /** The client note a link's target names by code or alias: of several, the shortest path, then the one that sorts first. */
  find(target: string): string | undefined {
    const paths = this.byName.get(unresolvedId(target));
    if (!paths) return undefined;
    let found: string | undefined;
    for (const path of paths) if (found === undefined || path.length < found.length || (path.length === found.length && path < found)) found = path;
    return found;
  }
}

/** The names other notes may call a client note by: its code and aliases, as unresolvedId() writes them. None for other notes. */
export function clientNamesOf(note: Note): string[] {
  if (note.content.kind !== 'client') return [];
  const code = scalarString(note.content.properties.get(PROPERTY.code)?.value);
  const names = code === undefined || code.trim() === '' ? [] : [unresolvedId(code.trim())];
  for (const alias of note.content.aliases) names.push(unresolvedId(alias));
  return names;
}
