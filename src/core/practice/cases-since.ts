import type { GraphReader } from '../graph/relationship-graph';
import type { IsoDay, Note } from '../model/note';
import { supervisionNotes, supervisorOf, type SupervisorRef } from './supervisors';

export interface CasesSince {
  /** The last supervision with this supervisor before the date, if any. */
  last?: Note;
  /** Each client's sessions since then, in order of date; clients in order of their first session. */
  byClient: Map<string, Note[]>;
  /** The same sessions, each with its client, in order of date. */
  inOrder: { client: string; session: Note }[];
  /** Clients some supervision before the date has discussed. */
  discussed: ReadonlySet<string>;
}

const byDateThenPath = (a: Note, b: Note): number => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.path < b.path ? -1 : 1);

/**
 * The sessions to bring to a supervision with one supervisor on `date`: those since the last
 * supervision with them, of the clients that supervisor last discussed or no one has yet. A client
 * belongs to the supervisor who last discussed them, so a practitioner with a clinical and a coaching
 * supervisor gets each one's own cases. A session on the day of the last supervision is kept unless
 * that supervision discussed its client: notes give days, not hours, and a session written up after
 * supervision that day must not drop out of the next one.
 */
export function casesSince(graph: GraphReader, supervisor: SupervisorRef, date: IsoDay): CasesSince {
  const before = supervisionNotes(graph)
    .filter((n) => n.date! < date)
    .sort(byDateThenPath);
  // Who last discussed each client; a supervision note that names no supervisor takes a client from nobody.
  const ownerOf = new Map<string, string>();
  const discussed = new Set<string>();
  let last: Note | undefined;
  for (const supervision of before) {
    const by = supervisorOf(graph, supervision.path)?.id;
    if (by === supervisor.id) last = supervision;
    for (const edge of graph.edgesOut(supervision.path, 'discusses')) {
      discussed.add(edge.to);
      if (by !== undefined) ownerOf.set(edge.to, by);
    }
  }
  const since = last?.date ?? '';
  const broughtLast = new Set(last ? graph.edgesOut(last.path, 'discusses').map((e) => e.to) : []);
  const byClient = new Map<string, Note[]>();
  const inOrder: { client: string; session: Note }[] = [];
  const sessions = [...graph.allNotes()].filter((n) => n.content.kind === 'session' && !n.isTemplate && n.date !== undefined && n.date >= since && n.date <= date).sort(byDateThenPath);
  for (const session of sessions) {
    const client = graph.clientOf(session.path);
    if (client === undefined) continue;
    if (ownerOf.has(client) && ownerOf.get(client) !== supervisor.id) continue;
    if (session.date === since && broughtLast.has(client)) continue;
    inOrder.push({ client, session });
    const list = byClient.get(client);
    if (list) list.push(session);
    else byClient.set(client, [session]);
  }
  return { last, byClient, inOrder, discussed };
}
