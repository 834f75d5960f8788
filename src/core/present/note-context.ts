import type { GraphReader } from '../graph/relationship-graph';
import type { Flag } from '../model/flag';

/** The note open in the editor, when it is one the flags can be about. */
export interface NoteContext {
  path: string;
  kind: 'session' | 'supervision' | 'client';
  /** The clients it is about: its own client, the clients it discusses, or itself. */
  clients: string[];
}

export function noteContext(graph: GraphReader, path: string | null | undefined): NoteContext | undefined {
  if (!path) return undefined;
  const kind = graph.note(path)?.content.kind;
  switch (kind) {
    case 'session': {
      const client = graph.clientOf(path);
      return { path, kind, clients: client ? [client] : [] };
    }
    case 'supervision':
      return { path, kind, clients: graph.edgesOut(path, 'discusses').map((e) => e.to).sort() };
    case 'client':
      return { path, kind, clients: [path] };
    default:
      return undefined;
  }
}

/** Whether a flag is about the context note: it cites it, is anchored on it, or is about its client. */
export function involves(flag: Flag, context: NoteContext): boolean {
  if (flag.supervision === context.path) return true;
  if (flag.client !== null && context.clients.includes(flag.client)) return true;
  return flag.evidence.some((e) => e.path === context.path);
}
