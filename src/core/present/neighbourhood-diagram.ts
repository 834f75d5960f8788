import type { EdgeType, NodeType } from '../model/edges';
import type { GraphReader } from '../graph/relationship-graph';
import type { IsoDay } from '../model/note';
import type { NoteContext } from './note-context';

/** One person or note of the open note's neighbourhood, before it is placed. */
export interface NeighbourNode {
  id: string;
  /** The note to open; null for a client or person without a note. */
  path: string | null;
  type: NodeType;
  /** The note's name, or the id of a node without a note. */
  name: string;
  date: IsoDay | null;
  /** The note open in the editor. */
  current: boolean;
}

export interface DiagramEdge {
  from: string;
  to: string;
  type: EdgeType;
}

export interface NeighbourRow {
  /** The row's name, one entry per line. */
  label: string[];
  nodes: NeighbourNode[];
  /** Notes of this row left out to keep the diagram legible. */
  more: number;
}

/** Who and what surrounds the open note, row by row, the upper relationship above the lower one. */
export interface Neighbourhood {
  rows: NeighbourRow[];
  edges: DiagramEdge[];
}

export interface NeighbourhoodOptions {
  /** Most recent notes kept per row; the open note is always kept. */
  perRow: number;
}

/**
 * The open note's neighbourhood in up to four rows: supervisors, supervisions, the practitioner
 * beside the clients, then the clients' sessions.
 */
export function neighbourhood(graph: GraphReader, context: NoteContext, options: Partial<NeighbourhoodOptions> = {}): Neighbourhood {
  const perRow = options.perRow ?? 4;
  const clients = context.clients.slice(0, perRow);
  const sessions = new Set<string>();
  const supervisions = new Set<string>();
  for (const client of clients) {
    for (const e of graph.edgesIn(client, 'session-of')) sessions.add(e.from);
    for (const e of graph.edgesIn(client, 'discusses')) supervisions.add(e.from);
  }
  if (context.kind === 'supervision') supervisions.add(context.path);

  const keptSessions = mostRecent(graph, sessions, context.path, perRow);
  const keptSupervisions = mostRecent(graph, supervisions, context.path, perRow);
  const supervisors = new Set<string>();
  for (const s of keptSupervisions) for (const e of graph.edgesOut(s, 'supervised-by')) supervisors.add(e.to);
  const practitioners = new Set<string>();
  for (const id of [...clients, ...keptSessions]) {
    for (const { link, target } of graph.links(id)) if (link.property === 'practitioner' && target) practitioners.add(target);
  }

  const node = (id: string, type: NodeType): NeighbourNode => {
    const note = graph.note(id);
    return { id, path: note ? id : null, type, name: note?.name ?? id, date: note?.date ?? null, current: id === context.path };
  };
  const plans: NeighbourRow[] = [
    { label: ['Supervisor'], nodes: [...supervisors].sort().map((id) => node(id, 'supervisor')), more: 0 },
    { label: ['Supervision'], nodes: keptSupervisions.map((id) => node(id, 'supervision')), more: supervisions.size - keptSupervisions.length },
    {
      label: ['Practitioner', 'and client'],
      nodes: [...[...practitioners].sort().map((id) => node(id, 'practitioner')), ...clients.map((id) => node(id, 'client'))],
      more: context.clients.length - clients.length,
    },
    { label: ['Sessions'], nodes: keptSessions.map((id) => node(id, 'session')), more: sessions.size - keptSessions.length },
  ];
  const rows = plans.filter((r) => r.nodes.length > 0);

  const placed = new Set(rows.flatMap((r) => r.nodes.map((n) => n.id)));
  const edges: DiagramEdge[] = [];
  const edge = (from: string, to: string, type: EdgeType): void => {
    if (placed.has(from) && placed.has(to)) edges.push({ from, to, type });
  };
  for (const s of keptSessions) for (const e of graph.edgesOut(s, 'session-of')) edge(s, e.to, 'session-of');
  for (const s of keptSupervisions) {
    for (const e of graph.edgesOut(s, 'discusses')) edge(s, e.to, 'discusses');
    for (const e of graph.edgesOut(s, 'supervised-by')) edge(s, e.to, 'supervised-by');
  }
  for (const p of supervisors) for (const e of graph.edgesOut(p, 'supervises')) edge(p, e.to, 'supervises');
  for (const c of clients) for (const { link, target } of graph.links(c)) if (link.property === 'practitioner' && target) edge(c, target, 'links-to');
  return { rows, edges };
}

/** The open note plus the most recent others, in date order. */
function mostRecent(graph: GraphReader, ids: Set<string>, current: string, count: number): string[] {
  const byDate = [...ids].sort((a, b) => compare(graph.note(b)?.date ?? '', graph.note(a)?.date ?? '') || compare(a, b));
  const kept = byDate.slice(0, count);
  if (ids.has(current) && !kept.includes(current)) kept[kept.length - 1] = current;
  return kept.sort((a, b) => compare(graph.note(a)?.date ?? '', graph.note(b)?.date ?? '') || compare(a, b));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Layout: pixels, not a viewBox, so that text keeps its size whatever the sidebar's width.

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode extends NeighbourNode {
  /** What the node shows, shortened to fit its place. */
  label: string;
  /** Everything it stands for, for its tooltip and screen readers. */
  fullLabel: string;
  /** Centre and size of its box. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge extends DiagramEdge {
  /** From the border of one box to the border of the other. */
  points: Point[];
}

export interface PlacedRow {
  lines: { text: string; x: number; y: number }[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  fontSize: number;
  rows: PlacedRow[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export interface DiagramLayoutOptions {
  width: number;
  /** What a node shows (a short date, a code...) and what it stands for. */
  label: (node: NeighbourNode) => { short: string; full: string };
}

export const DIAGRAM_FONT_PX = 11;
/** A generous average glyph width at 11 px, so that a label never outgrows its box. */
const CHAR_PX = 6.8;
const PAD_X = 7;
const BOX_H = 22;
const ROW_H = 44;
const GUTTER = 78;
/** Narrowest place a node gets: a row keeps the open note and the latest notes that fit. */
const MIN_SLOT = 62;
const RIGHT = 4;
/** Space kept between an edge and any box it does not join. */
const CLEARANCE = 2;

/** Places the neighbourhood at a given width in pixels: row names in a left gutter, nodes as labelled boxes, edges routed around boxes. */
export function layoutDiagram(hood: Neighbourhood, options: DiagramLayoutOptions): DiagramLayout {
  const width = Math.max(options.width, GUTTER + 120);
  const plotLeft = GUTTER;
  const plotWidth = width - GUTTER - RIGHT;
  const layout: DiagramLayout = { width, height: hood.rows.length * ROW_H, fontSize: DIAGRAM_FONT_PX, rows: [], nodes: [], edges: [] };
  const rowOf = new Map<string, number>();
  const fits = Math.max(1, Math.floor(plotWidth / MIN_SLOT));
  hood.rows.forEach((full, r) => {
    const row = keepFitting(full, fits);
    const cy = r * ROW_H + ROW_H / 2;
    const lines = row.more > 0 ? [...row.label, `+${row.more} more`] : row.label;
    const top = cy - ((lines.length - 1) * (DIAGRAM_FONT_PX + 2)) / 2;
    layout.rows.push({ lines: lines.map((text, i) => ({ text, x: 0, y: Math.round(top + i * (DIAGRAM_FONT_PX + 2)) })) });
    const slot = plotWidth / row.nodes.length;
    row.nodes.forEach((node, i) => {
      const { short, full } = options.label(node);
      const room = Math.max(24, slot - 8);
      const label = fit(short, room - 2 * PAD_X);
      const boxWidth = Math.min(room, Math.ceil(label.length * CHAR_PX + 2 * PAD_X));
      layout.nodes.push({ ...node, label, fullLabel: full, x: Math.round(plotLeft + (i + 0.5) * slot), y: cy, width: boxWidth, height: BOX_H });
      rowOf.set(node.id, r);
    });
  });

  const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const edge of hood.edges) {
    const a = boxes.get(edge.from);
    const b = boxes.get(edge.to);
    if (!a || !b) continue;
    const points = route(a, b, rowOf.get(a.id)!, rowOf.get(b.id)!, layout, plotLeft, width - RIGHT);
    if (points) layout.edges.push({ ...edge, points });
  }
  return layout;
}

/** A row with at most `count` nodes: the open note and the last ones (rows are in date order). */
function keepFitting(row: NeighbourRow, count: number): NeighbourRow {
  if (row.nodes.length <= count) return row;
  const kept = row.nodes.slice(-count);
  const current = row.nodes.find((n) => n.current);
  if (current && !kept.includes(current)) kept[0] = current;
  kept.sort((p, q) => row.nodes.indexOf(p) - row.nodes.indexOf(q));
  return { ...row, nodes: kept, more: row.more + row.nodes.length - kept.length };
}

function fit(text: string, room: number): string {
  const chars = Math.max(3, Math.floor(room / CHAR_PX));
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

type Box = Pick<PlacedNode, 'id' | 'x' | 'y' | 'width' | 'height'>;

/**
 * Edges between rows run from the bottom border of the upper box to the top border of the lower one,
 * so they stay in the gap between rows and never cross a box; an edge that skips a row passes it
 * through a free stretch. Within a row, a straight line between neighbours, else a detour through
 * the gap below (above, for the last row).
 */
function route(a: Box, b: Box, rowA: number, rowB: number, layout: DiagramLayout, left: number, right: number): Point[] | undefined {
  const others = layout.nodes.filter((n) => n.id !== a.id && n.id !== b.id);
  const gapY = (upper: number): number => upper * ROW_H + ROW_H; // the line between row `upper` and the next
  let points: Point[];
  if (rowA === rowB) {
    const direct = [borderPoint(a, b), borderPoint(b, a)];
    if (!pathCrosses(direct, others)) return direct;
    const below = rowA < layout.height / ROW_H - 1;
    const y = below ? gapY(rowA) : gapY(rowA - 1);
    const edgeY = (box: Box): number => box.y + ((below ? 1 : -1) * box.height) / 2;
    points = [
      { x: a.x, y: edgeY(a) },
      { x: a.x, y },
      { x: b.x, y },
      { x: b.x, y: edgeY(b) },
    ];
  } else {
    const [top, bottom, topRow, bottomRow] = rowA < rowB ? [a, b, rowA, rowB] : [b, a, rowB, rowA];
    const passes: number[] = [];
    let x = top.x;
    for (let r = topRow + 1; r < bottomRow; r++) {
      const free = freeX(layout.nodes, r, x, bottom.x, left, right);
      if (free === undefined) return undefined;
      passes.push(free);
      x = free;
    }
    points = [{ x: within(top, passes[0] ?? bottom.x), y: top.y + top.height / 2 }];
    passes.forEach((px, i) => {
      const cy = (topRow + 1 + i) * ROW_H + ROW_H / 2;
      points.push({ x: px, y: cy - BOX_H / 2 - CLEARANCE * 2 }, { x: px, y: cy + BOX_H / 2 + CLEARANCE * 2 });
    });
    points.push({ x: within(bottom, passes.at(-1) ?? top.x), y: bottom.y - bottom.height / 2 });
    if (top !== a) points.reverse();
  }
  return pathCrosses(points, others) ? undefined : points;
}

/** The x on a box's top or bottom border nearest to `x`, kept off its rounded ends. */
function within(box: Box, x: number): number {
  const inset = Math.min(box.height / 2, box.width / 2);
  return round2(Math.min(Math.max(x, box.x - box.width / 2 + inset), box.x + box.width / 2 - inset));
}

/** An x inside row `row` where a vertical line passes no box: the middle of the free stretch nearest the way to `target`. */
function freeX(nodes: readonly PlacedNode[], row: number, from: number, target: number, left: number, right: number): number | undefined {
  const cy = row * ROW_H + ROW_H / 2;
  const inRow = nodes.filter((n) => n.y === cy).sort((p, q) => p.x - q.x);
  const stretches: [number, number][] = [];
  let start = left;
  for (const n of inRow) {
    stretches.push([start, n.x - n.width / 2 - CLEARANCE * 2]);
    start = n.x + n.width / 2 + CLEARANCE * 2;
  }
  stretches.push([start, right]);
  const wanted = (from + target) / 2;
  let best: number | undefined;
  for (const [s, e] of stretches) {
    if (e - s < 4) continue;
    const x = Math.round(Math.min(Math.max(wanted, s + 2), e - 2));
    if (best === undefined || Math.abs(x - wanted) < Math.abs(best - wanted)) best = x;
  }
  return best;
}

/** Where the line from a box's centre towards another's centre leaves the first box. */
function borderPoint(from: Box, to: Box): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const hw = from.width / 2;
  const hh = from.height / 2;
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return { x: round2(from.x + dx * t), y: round2(from.y + dy * t) };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Whether any segment of a path enters a box (grown by the clearance). */
export function pathCrosses(points: readonly Point[], boxes: readonly Box[]): boolean {
  for (let i = 1; i < points.length; i++) {
    for (const box of boxes) if (segmentHitsBox(points[i - 1], points[i], box, CLEARANCE)) return true;
  }
  return false;
}

/** Liang-Barsky: does the segment pass through the box grown by `margin`? */
export function segmentHitsBox(p: Point, q: Point, box: Box, margin = 0): boolean {
  const minX = box.x - box.width / 2 - margin;
  const maxX = box.x + box.width / 2 + margin;
  const minY = box.y - box.height / 2 - margin;
  const maxY = box.y + box.height / 2 + margin;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const clips: [number, number][] = [
    [-dx, p.x - minX],
    [dx, maxX - p.x],
    [-dy, p.y - minY],
    [dy, maxY - p.y],
  ];
  for (const [d, n] of clips) {
    if (d === 0) {
      if (n < 0) return false;
    } else {
      const t = n / d;
      if (d < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return t1 - t0 > 1e-6;
}
