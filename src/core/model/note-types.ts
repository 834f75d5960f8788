import type { EdgeType } from './edges';
import type { Role } from './role';
import { PROPERTY, type PropertyName } from './property-names';

export const NOTE_TYPE_NAMES = ['client', 'session', 'supervision', 'reflection', 'person'] as const;
export type NoteType = (typeof NOTE_TYPE_NAMES)[number];
/** `other` is any note without one of the five types: part of the graph, never evidence. */
export type NoteKind = NoteType | 'other';

/** Everything the core knows about one note type; the rest of the core asks this table. */
export interface NoteTypeSpec {
  /** Placed in time by its `date` (or file name); without one it gets a diagnostic. */
  dated: boolean;
  /** Its body text (and free-text property) is read for dynamics. */
  readsBody: boolean;
  /** A property of free text read like the body, and the marker filling it in names by itself. */
  freeText?: { property: PropertyName; marker: string; role: Role | 'author' };
  /** Which role each dynamics property speaks for (SPEC section 1). */
  propertyRoles: readonly (readonly [PropertyName, Role])[];
  /** Properties whose plain values name a note (`client: C-014` links to the note `C-014`). */
  linkProperties: readonly PropertyName[];
  /** The typed edges such a note owns (SPEC section 2), derived in graph/typed-edges.ts. */
  edges: readonly EdgeType[];
}

const NOT_EVIDENCE = { dated: false, readsBody: false, propertyRoles: [], edges: [] } as const;

/** In the order reports count them. */
export const NOTE_TYPES: Readonly<Record<NoteKind, NoteTypeSpec>> = {
  session: {
    dated: true,
    readsBody: true,
    freeText: { property: PROPERTY.feltSense, marker: 'felt-sense', role: 'practitioner' },
    propertyRoles: [
      [PROPERTY.clientDynamics, 'client'],
      [PROPERTY.practitionerDynamics, 'practitioner'],
      [PROPERTY.themes, 'client'],
      [PROPERTY.dynamics, 'unknown'],
    ],
    linkProperties: [PROPERTY.client, PROPERTY.practitioner],
    edges: ['session-of'],
  },
  supervision: {
    dated: true,
    readsBody: true,
    freeText: { property: PROPERTY.parallelProcess, marker: 'parallel-explicit', role: 'author' },
    propertyRoles: [
      [PROPERTY.superviseeDynamics, 'supervisee'],
      [PROPERTY.supervisorDynamics, 'supervisor'],
      [PROPERTY.themes, 'unknown'],
      [PROPERTY.dynamics, 'unknown'],
    ],
    linkProperties: [PROPERTY.supervisor, PROPERTY.supervisee, PROPERTY.cases],
    edges: ['discusses', 'supervised-by', 'supervises'],
  },
  client: { ...NOT_EVIDENCE, linkProperties: [PROPERTY.practitioner] },
  reflection: {
    dated: true,
    readsBody: true,
    propertyRoles: [
      [PROPERTY.themes, 'self'],
      [PROPERTY.dynamics, 'self'],
    ],
    linkProperties: [PROPERTY.practitioner],
    edges: ['reflects-on'],
  },
  person: { ...NOT_EVIDENCE, linkProperties: [] },
  other: { ...NOT_EVIDENCE, linkProperties: [] },
};

/**
 * Properties read as links in every note, whatever its type: a note whose type is missing or
 * misspelt still links to the client it names.
 */
export const LINK_PROPERTIES: ReadonlySet<string> = new Set(Object.values(NOTE_TYPES).flatMap((t) => t.linkProperties));

/** Properties that name one note (every link property but `cases`, which lists several). */
export function namesOneNote(property: string): boolean {
  return LINK_PROPERTIES.has(property) && property !== PROPERTY.cases;
}
