import type { NoteContext } from '../present/note-context';
import type { EdgeType, NodeType } from '../model/edges';
import type { GraphReader } from './relationship-graph';

export interface DiagramNode {
  id: string;
  /** The note to open; null for a client or person without a note. */
  path: string | null;
  type: NodeType;
  label: string;
  x: number;
  y: number;
  /** The note open in the editor. */
  current: boolean;
}

export interface DiagramEdge {
  from: string;
  to: string;
  type: EdgeType;
}

export interface DiagramRow {
  label: string;
  y: number;
  /** Notes of this row left out to keep the diagram legible. */
  more: number;
}

export interface Diagram {
  width: number;
  height: number;
  rows: DiagramRow[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export interface DiagramOptions {
  width: number;
  rowHeight: number;
  /** Most recent notes kept per row; the open note is always kept. */
  perRow: number;
}

const DEFAULTS: DiagramOptions = { width: 300, rowHeight: 56, perRow: 4 };

/**
 * The open note's neighbourhood in four rows, the upper relationship above the lower one:
 * supervisors, supervisions, the practitioner beside the clients, then the clients' sessions.
 */
export function neighbourhoodDiagram(graph: GraphReader, context: NoteContext, options: Partial<DiagramOptions> = {}): Diagram {
  const o = { ...DEFAULTS, ...options };
  const clients = context.clients.slice(0, o.perRow);
  const sessions = new Set<string>();
  const supervisions = new Set<string>();
  for (const client of clients) {
    for (const e of graph.edgesIn(client, 'session-of')) sessions.add(e.from);
    for (const e of graph.edgesIn(client, 'discusses')) supervisions.add(e.from);
  }
  if (context.kind === 'supervision') supervisions.add(context.path);

  const keptSessions = mostRecent(graph, sessions, context.path, o.perRow);
  const keptSupervisions = mostRecent(graph, supervisions, context.path, o.perRow);
  const supervisors = new Set<string>();
  for (const s of keptSupervisions) for (const e of graph.edgesOut(s, 'supervised-by')) supervisors.add(e.to);
  const practitioners = new Set<string>();
  for (const id of [...clients, ...keptSessions]) {
    for (const { link, target } of graph.links(id)) if (link.property === 'practitioner' && target) practitioners.add(target);
  }

  const allRows: RowPlan[] = [
    { label: 'Supervisor', ids: [...supervisors].sort(), type: () => 'supervisor', more: 0 },
    { label: 'Supervision', ids: keptSupervisions, type: () => 'supervision', more: supervisions.size - keptSupervisions.length },
    { label: 'Practitioner and client', ids: [...[...practitioners].sort(), ...clients], type: (id) => (practitioners.has(id) ? 'practitioner' : 'client'), more: context.clients.length - clients.length },
    { label: 'Sessions', ids: keptSessions, type: () => 'session', more: sessions.size - keptSessions.length },
  ];
  const rows = allRows.filter((r) => r.ids.length > 0);

  const diagram: Diagram = { width: o.width, height: rows.length * o.rowHeight, rows: [], nodes: [], edges: [] };
  const placed = new Set<string>();
  rows.forEach((row, r) => {
    const y = r * o.rowHeight + o.rowHeight / 2;
    diagram.rows.push({ label: row.label, y, more: row.more });
    row.ids.forEach((id, i) => {
      const note = graph.note(id);
      diagram.nodes.push({
        id,
        path: note ? id : null,
        type: row.type(id),
        label: nodeLabel(graph, id, row.type(id)),
        x: Math.round(((i + 0.5) * o.width) / row.ids.length),
        y,
        current: id === context.path,
      });
      placed.add(id);
    });
  });

  const edge = (from: string, to: string, type: EdgeType): void => {
    if (placed.has(from) && placed.has(to)) diagram.edges.push({ from, to, type });
  };
  for (const s of keptSessions) for (const e of graph.edgesOut(s, 'session-of')) edge(s, e.to, 'session-of');
  for (const s of keptSupervisions) {
    for (const e of graph.edgesOut(s, 'discusses')) edge(s, e.to, 'discusses');
    for (const e of graph.edgesOut(s, 'supervised-by')) edge(s, e.to, 'supervised-by');
  }
  for (const p of supervisors) for (const e of graph.edgesOut(p, 'supervises')) edge(p, e.to, 'supervises');
  for (const c of clients) for (const { link, target } of graph.links(c)) if (link.property === 'practitioner' && target) edge(c, target, 'links-to');
  return diagram;
}

interface RowPlan {
  label: string;
  ids: string[];
  type: (id: string) => NodeType;
  more: number;
}

/** The open note plus the most recent others, in date order. */
function mostRecent(graph: GraphReader, ids: Set<string>, current: string, count: number): string[] {
  const byDate = [...ids].sort((a, b) => compare(graph.note(b)?.date ?? '', graph.note(a)?.date ?? '') || compare(a, b));
  const kept = byDate.slice(0, count);
  if (ids.has(current) && !kept.includes(current)) kept[kept.length - 1] = current;
  return kept.sort((a, b) => compare(graph.note(a)?.date ?? '', graph.note(b)?.date ?? '') || compare(a, b));
}

/** Dated notes by their date, which tells sessions apart better than their long names. */
function nodeLabel(graph: GraphReader, id: string, type: NodeType): string {
  const note = graph.note(id);
  if (!note) return id;
  if ((type === 'session' || type === 'supervision') && note.date) return note.date;
  return note.name;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
