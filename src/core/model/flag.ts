import type { IsoDay } from './note';
import type { NoteKind } from './note-types';
import type { Role } from './role';

export type FlagKind = 'mirror-upward' | 'mirror-downward' | 'mirror' | 'contracting' | 'personal-resonance' | 'practitioner-pattern';

export type EvidenceSource = 'property' | 'tag' | 'text' | 'contract';

export interface Evidence {
  path: string;
  /** The dynamic or marker this evidence shows (a flag also lists its markers). */
  dynamic: string;
  noteType: NoteKind;
  date: IsoDay | null;
  role: Role;
  source: EvidenceSource;
  line: number;
  text: string;
}

export interface Flag {
  id: string;
  kind: FlagKind;
  dynamic: string;
  client: string | null;
  practitioner: string | null;
  supervision: string | null;
  score: number;
  question: string;
  prompt: string;
  evidence: Evidence[];
}
