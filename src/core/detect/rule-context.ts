import type { Evidence } from '../model/flag';
import type { Note } from '../model/note';
import type { NoteKind } from '../model/note-types';
import type { IsoDay } from '../model/note';
import type { DynamicKind } from '../taxonomy/taxonomy';
import type { DetectionSettings } from './settings';

/** A dated session note as the rules see it. */
export interface SessionRef {
  path: string;
  client: string;
  practitioner: string;
  day: number;
  date: IsoDay;
}

/** A reflection note placed in time, with the practitioner it names as its writer, if any. */
export interface ReflectionRef {
  day: number;
  practitioner?: string;
}

/** What the rules read: the detector answers from its session facts and evidence store. */
export interface RuleContext {
  settings: DetectionSettings;
  note(path: string): Note | undefined;
  /** A note's evidence, with path, type and date filled in. */
  evidence(path: string): Evidence[];
  /** The dynamics (and markers) a note has evidence of. */
  dynamicsOf(path: string): ReadonlySet<string>;
  kindOf(dynamic: string): DynamicKind;
  /** A dynamic's short label, for questions. */
  labelOf(dynamic: string): string;
  /** Paths of the notes of one type, templates included. */
  notesOfKind(kind: NoteKind): Iterable<string>;
  clientsDiscussedBy(supervisionPath: string): string[];
  /** The supervisions that discuss a client. */
  supervisionsOf(client: string): string[];
  sessionsOfClient(client: string): SessionRef[];
  /** How many of a client's dated sessions have evidence of a dynamic (or marker). */
  sessionsWithDynamic(client: string, dynamic: string): number;
  sessionsBetween(fromDay: number, toDay: number): SessionRef[];
  sessionsOfPractitioner(practitioner: string): SessionRef[];
  /** Every practitioner id that has sessions (a person note's path, an unresolved name, or '' for none). */
  practitioners(): Iterable<string>;
  /** Every dated reflection. */
  reflections(): ReadonlyMap<string, ReflectionRef>;
  clientLabel(client: string): string;
  /** The practitioner note path for a client, or null when unknown. */
  practitionerOf(client: string): string | null;
  /**
   * In a supervision note the supervisor wrote (`author: supervisor`): the supervisee, by name (the
   * note's `supervisee`, else the client's practitioner); undefined when the supervisee wrote it.
   */
  superviseeNamed(supervisionPath: string, client: string): string | undefined;
}

export function isFlaggable(kind: DynamicKind): boolean {
  return kind === 'dynamic' || kind === 'attachment';
}
