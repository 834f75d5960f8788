import { createCueReader } from '../../src/core/cues/cue-hits';
import { readNoteCues } from '../../src/core/cues/note-cues';
import type { Note, NoteContent } from '../../src/core/model/note';
import { parseNoteContent, placeNote } from '../../src/core/parse/parse-note';
import { defaultDefinitions } from '../../src/core/taxonomy/default-taxonomy';

/** Builds note text from properties (as YAML lines) and a body. */
export function noteText(frontmatter: string, body: string): string {
  return `---\n${frontmatter.trim()}\n---\n${body}`;
}

const reader = createCueReader(defaultDefinitions());

/** A note's content as read: parsed, with its cues read with the default taxonomy (the index then keeps it compacted, cache/content-codec.ts). */
export function noteContent(data: string | Uint8Array): NoteContent {
  const parsed = parseNoteContent(data);
  return { ...parsed, cueHits: readNoteCues(parsed, reader) };
}

export function parsedNote(path: string, text: string, templatesFolder = 'Templates'): Note {
  return placeNote(path, noteContent(text), templatesFolder);
}
