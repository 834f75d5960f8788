import { unresolvedId } from '../model/edges';
import type { GraphReader } from './relationship-graph';

/** A person as a note's property names them: their person note's path, or the id of an unresolved link. */
export interface PersonRef {
  id: string;
  label: string;
}

/** Who a note's person property (`supervisor`, `supervisee`, `practitioner`) names, whether or not a person note resolves the link. */
export function personOf(graph: GraphReader, path: string, property: string): PersonRef | undefined {
  const target = graph.linkTarget(path, property);
  const person = target === undefined ? undefined : graph.note(target);
  if (person) return { id: person.path, label: person.name };
  // Without a person note the link stays unresolved: named as written, with the graph's id for it.
  const link = graph.links(path).find((l) => l.link.property === property);
  return link ? { id: target ?? unresolvedId(link.link.target), label: link.link.target.replace(/\.md$/i, '') } : undefined;
}
