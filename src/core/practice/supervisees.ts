import { clientLabel } from '../graph/client-lookup';
import { personOf, type PersonRef } from '../graph/person-lookup';
import type { GraphReader } from '../graph/relationship-graph';
import type { IsoDay, Note } from '../model/note';
import { writtenBySupervisor } from '../model/note-author';
import { PROPERTY } from '../model/property-names';
import { scalarString } from '../parse/properties';
import type { PresentedCase } from '../templates/supervisor-notes';

/** A supervisee's client, for the supervisor's pickers. */
export interface SuperviseeClient {
  /** Client id: the client note's path, or the name sessions give. */
  id: string;
  label: string;
  /** The name to link: the client note's name, or the name as sessions give it. */
  name: string;
}

const notesOf = (graph: GraphReader, kind: 'supervision' | 'session'): Note[] =>
  [...graph.allNotes()].filter((n) => n.content.kind === kind && !n.isTemplate && writtenBySupervisor(n));

/** Everyone a supervisor may write about: person notes with `role: practitioner`, and the supervisees their notes name without one. */
export function superviseeChoices(graph: GraphReader): PersonRef[] {
  const found = new Map<string, PersonRef>();
  for (const n of graph.allNotes()) {
    if (n.content.kind === 'person' && !n.isTemplate && scalarString(n.content.properties.get(PROPERTY.role)?.value)?.toLowerCase() === 'practitioner') found.set(n.path, { id: n.path, label: n.name });
  }
  for (const note of notesOf(graph, 'supervision')) {
    const ref = personOf(graph, note.path, PROPERTY.supervisee);
    if (ref && !found.has(ref.id)) found.set(ref.id, ref);
  }
  return [...found.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * A supervisee's clients: client notes whose `practitioner` is the supervisee, the clients of case
 * summaries presented by them, and the clients of the supervisor's earlier notes on them.
 */
export function superviseeClients(graph: GraphReader, supervisee: string): SuperviseeClient[] {
  const ids = new Set<string>();
  for (const n of graph.allNotes()) {
    if (n.content.kind === 'client' && !n.isTemplate && graph.linkTarget(n.path, PROPERTY.practitioner) === supervisee) ids.add(n.path);
  }
  for (const summary of notesOf(graph, 'session')) {
    const client = graph.clientOf(summary.path);
    if (client && presenterOf(graph, summary, client) === supervisee) ids.add(client);
  }
  for (const note of notesOf(graph, 'supervision')) {
    if (graph.linkTarget(note.path, PROPERTY.supervisee) !== supervisee) continue;
    for (const e of graph.edgesOut(note.path, 'discusses')) ids.add(e.to);
  }
  return [...ids].map((id) => ({ id, label: clientLabel(graph, id), name: graph.note(id)?.name ?? clientLabel(graph, id) })).sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The cases a supervisee presents at a supervision on `today`: the clients of the case summaries
 * written since the supervisor's last note on them (each with its latest summary), to tick first.
 */
export function presentedCases(graph: GraphReader, supervisee: string, today: IsoDay): { since: IsoDay | undefined; cases: Map<string, PresentedCase> } {
  let since: IsoDay | undefined;
  for (const note of notesOf(graph, 'supervision')) {
    if (note.date && note.date < today && (since === undefined || note.date > since) && graph.linkTarget(note.path, PROPERTY.supervisee) === supervisee) since = note.date;
  }
  const latest = new Map<string, Note>();
  for (const summary of notesOf(graph, 'session')) {
    const client = graph.clientOf(summary.path);
    if (!client || !summary.date || summary.date > today || (since !== undefined && summary.date <= since)) continue;
    if (presenterOf(graph, summary, client) !== supervisee) continue;
    const current = latest.get(client);
    if (!current || summary.date > current.date! || (summary.date === current.date && summary.path > current.path)) latest.set(client, summary);
  }
  const cases = new Map<string, PresentedCase>();
  for (const [client, summary] of latest) cases.set(client, { client: graph.note(client)?.name ?? clientLabel(graph, client), summary: summary.name });
  return { since, cases };
}

/** Who presented a case summary: its `practitioner`, else its client's. */
function presenterOf(graph: GraphReader, summary: Note, client: string): string | undefined {
  return graph.linkTarget(summary.path, PROPERTY.practitioner) ?? graph.linkTarget(client, PROPERTY.practitioner);
}
