import { nameGiven } from '../parse/link-syntax';
import { unresolvedId } from '../model/edges';
import { personOf, type PersonRef } from '../graph/person-lookup';
import type { GraphReader } from '../graph/relationship-graph';
import type { Note } from '../model/note';
import { PROPERTY } from '../model/property-names';
import { scalarString } from '../parse/properties';

/** A supervisor as supervision notes name them: their person note's path, or the id of an unresolved link. */
export type SupervisorRef = PersonRef;

/** Who a supervision note's `supervisor` is, whether or not a person note resolves the link. */
export function supervisorOf(graph: GraphReader, supervision: string): SupervisorRef | undefined {
  return personOf(graph, supervision, PROPERTY.supervisor);
}

/**
 * The supervisor a user means by NAME: a supervisor's person note (supervisorChoices) by file name,
 * path or alias (case-insensitive), or a name supervision notes give without a person note; a link
 * to them (`[[Ann Lee]]`) as well.
 */
export function findSupervisor(graph: GraphReader, name: string): SupervisorRef | undefined {
  const wanted = nameGiven(name).toLowerCase();
  // Only someone who supervises: with role supervisor, or named by supervision notes as their supervisor.
  // A practitioner's note is no supervisor's, however it is named.
  const supervisors = new Set(supervisorChoices(graph).map((s) => s.id));
  const people = [...graph.allNotes()].filter((n) => n.content.kind === 'person' && !n.isTemplate && supervisors.has(n.path));
  const named = (n: Note): boolean => [n.name, n.path, n.path.replace(/\.md$/i, ''), ...n.content.aliases].some((x) => x.toLowerCase() === wanted);
  const person = people.filter(named).sort((a, b) => (a.path < b.path ? -1 : 1))[0];
  if (person) return { id: person.path, label: person.name };
  for (const note of supervisionNotes(graph)) {
    const ref = supervisorOf(graph, note.path);
    if (ref && ref.id === unresolvedId(wanted)) return ref;
  }
  return undefined;
}

/** Supervision notes that count: dated, outside the templates folder. */
export function supervisionNotes(graph: GraphReader): Note[] {
  return [...graph.allNotes()].filter((n) => n.content.kind === 'supervision' && !n.isTemplate && n.date !== undefined);
}

/** Every supervisor to pick from: person notes with `role: supervisor`, and names supervision notes give without one. */
export function supervisorChoices(graph: GraphReader): SupervisorRef[] {
  const found = new Map<string, SupervisorRef>();
  for (const n of graph.allNotes()) {
    if (n.content.kind === 'person' && !n.isTemplate && scalarString(n.content.properties.get(PROPERTY.role)?.value)?.toLowerCase() === 'supervisor') found.set(n.path, { id: n.path, label: n.name });
  }
  for (const note of supervisionNotes(graph)) {
    const ref = supervisorOf(graph, note.path);
    if (ref && !found.has(ref.id)) found.set(ref.id, ref);
  }
  return [...found.values()].sort((a, b) => a.label.localeCompare(b.label));
}
