import type { IsoDay } from './note';
import type { NoteKind } from './note-types';
import type { Role } from './role';

export type FlagKind = 'mirror-upward' | 'mirror-downward' | 'mirror' | 'contracting' | 'personal-resonance' | 'practitioner-pattern';

/** `learnt`: a sentence the learnt sentence reader heard, where no cue or pattern was found (cues/learnt/). */
export type EvidenceSource = 'property' | 'tag' | 'text' | 'contract' | 'learnt';

/** Whether evidence was read from a sentence of a note's body: by a cue, a pattern or the learnt reader. */
export function fromSentence(e: Pick<Evidence, 'source'>): boolean {
  return e.source === 'text' || e.source === 'learnt';
}

export interface Evidence {
  path: string;
  /** The dynamic or marker this evidence shows (a flag also lists its markers). */
  dynamic: string;
  noteType: NoteKind;
  date: IsoDay | null;
  role: Role;
  /** Every role the item has, when a sentence or property gives it more than one (role is the first). */
  roles?: Role[];
  source: EvidenceSource;
  line: number;
  text: string;
  /**
   * In a supervision note, the case a sentence belongs to: the client ids it is about, or empty when
   * it belongs to no case (it counts for every client discussed, with less weight). Absent for
   * properties and other notes.
   */
  scope?: readonly string[];
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

/** Every role an evidence item has. */
export function rolesOf(e: Pick<Evidence, 'role' | 'roles'>): readonly Role[] {
  return e.roles ?? [e.role];
}

/** Whether an evidence item has this role: rolesOf(e).includes(role) with no list made (rules ask it of every item). */
export function hasRole(e: Pick<Evidence, 'role' | 'roles'>, role: Role): boolean {
  return e.role === role || (e.roles?.includes(role) ?? false);
}
