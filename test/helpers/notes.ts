import { parseNoteContent, placeNote } from '../../src/core/parse/parse-note';
import type { Note } from '../../src/core/model/note';

/** Builds note text from properties (as YAML lines) and a body. */
export function noteText(frontmatter: string, body: string): string {
  return `---\n${frontmatter.trim()}\n---\n${body}`;
}

export function parsedNote(path: string, text: string, templatesFolder = 'Templates'): Note {
  return placeNote(path, parseNoteContent(text), templatesFolder);
}
