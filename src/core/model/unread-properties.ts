import type { Note } from './note';

/** The line of a note's `type` when its properties say session or supervision but could not be read (parse/parse-note.ts). */
export function unreadPropertiesLine(note: Pick<Note, 'diagnostics'>): number | undefined {
  return note.diagnostics.find((d) => d.code === 'unread-properties')?.line;
}
