import type { GraphReader } from '../graph/relationship-graph';
import { isPrivateReflection } from './private-notes';
import type { Flag } from '../model/flag';
import type { IsoDay } from '../model/note';

export interface FlagFilter {
  /** Keep flags with evidence dated on or after this day. */
  since?: IsoDay;
  /** Keep flags with no evidence dated after this day: what could be seen then (preparing a past supervision). */
  until?: IsoDay;
  /** Keep flags about this client (by id) or with evidence from their sessions. */
  clientId?: string;
  /** Private reflections stay out of reports unless asked for. */
  includePrivate: boolean;
}

export interface SelectedFlags {
  flags: Flag[];
  /** How many flags were left out because they rest on a private reflection. */
  hiddenPrivate: number;
}

export function selectFlags(flags: readonly Flag[], graph: GraphReader, filter: FlagFilter): SelectedFlags {
  let hiddenPrivate = 0;
  const selected = flags.filter((flag) => {
    if (filter.since && !flag.evidence.some((e) => e.date !== null && e.date >= filter.since!)) return false;
    if (filter.until && flag.evidence.some((e) => e.date !== null && e.date > filter.until!)) return false;
    if (filter.clientId !== undefined && flag.client !== filter.clientId && !flag.evidence.some((e) => graph.clientOf(e.path) === filter.clientId)) return false;
    if (!filter.includePrivate && restsOnPrivate(flag, graph)) {
      hiddenPrivate++;
      return false;
    }
    return true;
  });
  return { flags: selected, hiddenPrivate };
}

/** Whether any of a flag's evidence is a private reflection's: such a flag stays out of every output unless asked for. */
export function restsOnPrivate(flag: Flag, graph: GraphReader): boolean {
  return flag.evidence.some((e) => isPrivateReflection(graph, e.path));
}
