import type { Note } from './note';
import { PROPERTY } from './property-names';

/**
 * A reflection is private unless it says `private: false` (SPEC section 4): a value that is not
 * plainly false (`"false"`, `no`) keeps it private, and the parser says so in a diagnostic.
 */
export function isPrivateNote(note: Note): boolean {
  return note.content.kind === 'reflection' && note.content.properties.get(PROPERTY.private)?.value !== false;
}
