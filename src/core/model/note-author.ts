import { scalarString } from '../parse/properties';
import type { Note } from './note';
import { PROPERTY } from './property-names';

/**
 * Whether the supervisor wrote the note (`author: supervisor`, SPEC section 1): a supervision note
 * from the supervisor's chair, or a case summary a supervisor keeps as a supervisee presented it.
 * Any other value, or none, is the default: the supervisee (the practitioner) wrote it.
 */
export function writtenBySupervisor(note: Note): boolean {
  return scalarString(note.content.properties.get(PROPERTY.author)?.value)?.trim().toLowerCase() === 'supervisor';
}
