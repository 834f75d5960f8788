import type { Evidence } from '../model/flag';
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

/** A session where a practitioner shows a dynamic, with that evidence. */
export interface PractitionerHit {
  session: SessionRef;
  evidence: Evidence[];
}

/** What the rules read; the detector answers from its caches. */
export interface DetectionView {
  settings: DetectionSettings;
  /** A note's evidence, with path, type and date filled in. */
  evidence(path: string): Evidence[];
  /** The dynamics (and markers) a note has evidence of. */
  dynamicsOf(path: string): ReadonlySet<string>;
  kindOf(dynamic: string): DynamicKind;
  clientsDiscussedBy(supervisionPath: string): string[];
  sessionsOfClient(client: string): SessionRef[];
  sessionsBetween(fromDay: number, toDay: number): SessionRef[];
  sessionsOfPractitioner(practitioner: string): SessionRef[];
  /** The practitioner's sessions, in day order, with their evidence of this dynamic in the practitioner role. */
  practitionerHits(practitioner: string, dynamic: string): readonly PractitionerHit[];
  /** The practitioner a reflection names as its writer, if it names one. */
  reflectionPractitioner(path: string): string | undefined;
  clientLabel(client: string): string;
  /** The practitioner note path for a client, or null when unknown. */
  practitionerOf(client: string): string | null;
}

export function isFlaggable(kind: DynamicKind): boolean {
  return kind === 'dynamic' || kind === 'attachment';
}
