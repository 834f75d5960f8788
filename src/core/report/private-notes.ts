import type { GraphReader } from '../graph/relationship-graph';
import { isPrivateNote } from '../model/private-note';

export function isPrivateReflection(graph: GraphReader, path: string): boolean {
  const note = graph.note(path);
  return note !== undefined && isPrivateNote(note);
}
