import type { GraphReader } from '../graph/relationship-graph';
import type { IsoDay, Note } from '../model/note';
import { unreadPropertiesLine } from '../model/unread-properties';

/** A session or supervision note left out because its properties could not be read, with the line of its type. */
export interface UnreadNote {
  path: string;
  line: number;
}

/** The note as one left out, when its properties say session or supervision but could not be read. */
export function unreadNoteOf(note: Pick<Note, 'path' | 'diagnostics'>): UnreadNote | undefined {
  const line = unreadPropertiesLine(note);
  return line === undefined ? undefined : { path: note.path, line };
}

/**
 * The notes saying session or supervision whose properties could not be read, in path order: what
 * counts sessions (a preparation) says they are left out. `until`: only those dated, by their name,
 * on or before that day, or not dated at all.
 */
export function unreadNotes(graph: GraphReader, until?: IsoDay): UnreadNote[] {
  const found: UnreadNote[] = [];
  for (const note of graph.allNotes()) {
    const unread = unreadNoteOf(note);
    if (unread && (until === undefined || note.date === undefined || note.date <= until)) found.push(unread);
  }
  return byPath(found);
}

/** Notes left out in path order. */
export function byPath(notes: UnreadNote[]): UnreadNote[] {
  return notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
