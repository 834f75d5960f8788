import { personOf } from '../graph/person-lookup';
import type { GraphReader } from '../graph/relationship-graph';
import type { Flag } from '../model/flag';
import { writtenBySupervisor } from '../model/note-author';
import { PROPERTY } from '../model/property-names';
import type { Chair } from './flag-labels';

/** The key of the group of a supervisor's own flags: their own supervision and reflections. */
export const OWN_GROUP = '';

export interface SuperviseeGroup {
  /** The supervisee's person note path (or unresolved link id); OWN_GROUP for the supervisor's own. */
  key: string;
  label: string;
}

export interface SuperviseeGrouping {
  /** Supervisees by name, then the supervisor's own group. */
  groups: SuperviseeGroup[];
  /** Each flag's group key. */
  groupOf: ReadonlyMap<string, string>;
}

/** The chair a flag is read from: the supervisor's for a flag grouped under a supervisee, else the practitioner's. */
export function chairOf(grouping: SuperviseeGrouping | undefined, flagId: string): Chair {
  const key = grouping?.groupOf.get(flagId);
  return key === undefined || key === OWN_GROUP ? 'practitioner' : 'supervisor';
}

/**
 * A supervisor's flags by supervisee. A flag of a supervision note the supervisor wrote belongs to
 * the note's supervisee (else the client's practitioner); a pattern across clients to its
 * practitioner. The supervisor's own supervision (of their supervision) and reflections make the
 * supervisor's own group.
 */
export function groupBySupervisee(graph: GraphReader, flags: readonly Flag[]): SuperviseeGrouping {
  const labels = new Map<string, string>();
  const groupOf = new Map<string, string>();
  const practitioner = (flag: Flag): string => {
    if (flag.practitioner === null) return OWN_GROUP;
    if (!labels.has(flag.practitioner)) labels.set(flag.practitioner, graph.note(flag.practitioner)?.name ?? flag.practitioner);
    return flag.practitioner;
  };
  for (const flag of flags) {
    let key = OWN_GROUP;
    const note = flag.supervision === null ? undefined : graph.note(flag.supervision);
    if (note && writtenBySupervisor(note)) {
      const supervisee = personOf(graph, note.path, PROPERTY.supervisee);
      if (supervisee) {
        key = supervisee.id;
        labels.set(key, supervisee.label);
      } else key = practitioner(flag);
    } else if (flag.kind === 'practitioner-pattern') key = practitioner(flag);
    groupOf.set(flag.id, key);
  }
  const used = new Set(groupOf.values());
  const groups = [...labels].filter(([key]) => used.has(key)).map(([key, label]) => ({ key, label }));
  groups.sort((a, b) => a.label.localeCompare(b.label));
  if (used.has(OWN_GROUP)) groups.push({ key: OWN_GROUP, label: 'Your own supervision and reflections' });
  return { groups, groupOf };
}
