import type { EvidenceSource, Role } from '../model/flag';

/** One piece of evidence of a dynamic in one note, before it is attached to a flag. */
export interface NoteEvidence {
  dynamic: string;
  role: Role;
  source: EvidenceSource;
  line: number;
  text: string;
}
