import { describe, expect, it } from 'vitest';
import { DIAGRAM_FONT_PX, layoutDiagram, neighbourhood, segmentHitsBox, type DiagramLayout, type NeighbourNode } from '../../../src/core/present/neighbourhood-diagram';
import { shortDay } from '../../../src/core/present/flag-labels';
import { noteContext } from '../../../src/core/present/note-context';
import { engineWith, readFixtureVault } from '../../helpers/engine';

const engine = engineWith(readFixtureVault('examples/demo-vault'));
const graph = engine.graph;
const SUPERVISION = 'Supervision/2026-02-24 Supervision.md';
const SESSION = 'Sessions/C-014/2026-02-03 C-014.md';
/** As the view labels nodes: dated notes by their short date ("3 Feb"). */
const label = (node: NeighbourNode): { short: string; full: string } => ({ short: node.date ? shortDay(node.date) : node.name, full: node.name });

/** Every rule the sidebar's diagram must keep, at any width. */
function expectLegible(layout: DiagramLayout): void {
  expect(layout.fontSize).toBeGreaterThanOrEqual(11);
  const boxes = layout.nodes;
  for (const n of boxes) {
    // Inside the drawing, right of the row names.
    expect(n.x - n.width / 2).toBeGreaterThanOrEqual(70);
    expect(n.x + n.width / 2).toBeLessThanOrEqual(layout.width);
    // The label fits its box at a generous 6.8 px a character.
    expect(n.label.length * 6.8 + 8).toBeLessThanOrEqual(n.width + 0.01);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const apart = Math.abs(a.x - b.x) >= (a.width + b.width) / 2 + 4 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2 + 4;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
  }
  const byId = new Map(boxes.map((n) => [n.id, n]));
  for (const edge of layout.edges) {
    const ends = [byId.get(edge.from)!, byId.get(edge.to)!];
    // Ends on the border of each box...
    for (const [point, box] of [
      [edge.points[0], ends[0]],
      [edge.points[edge.points.length - 1], ends[1]],
    ] as const) {
      const onSide = Math.abs(Math.abs(point.x - box.x) - box.width / 2) < 0.02 && Math.abs(point.y - box.y) <= box.height / 2 + 0.02;
      const onTopOrBottom = Math.abs(Math.abs(point.y - box.y) - box.height / 2) < 0.02 && Math.abs(point.x - box.x) <= box.width / 2 + 0.02;
      expect(onSide || onTopOrBottom, `${edge.from} -> ${edge.to} ends inside or away from ${box.id}`).toBe(true);
    }
    // ...never enters a box or its label on the way, nor the row names on the left.
    for (let k = 1; k < edge.points.length; k++) {
      const [p, q] = [edge.points[k - 1], edge.points[k]];
      expect(Math.min(p.x, q.x)).toBeGreaterThanOrEqual(70);
      for (const box of boxes) {
        if (box === ends[0] || box === ends[1]) continue;
        expect(segmentHitsBox(p, q, box, 1), `${edge.from} -> ${edge.to} crosses ${box.id}`).toBe(false);
      }
      // Nor through its own boxes: only the first and last points touch them.
      if (k > 1) expect(segmentHitsBox(p, q, ends[0], -0.5)).toBe(false);
      if (k < edge.points.length - 1) expect(segmentHitsBox(p, q, ends[1], -0.5)).toBe(false);
    }
  }
}

describe('the neighbourhood of the open note', () => {
  it('gathers it in rows, supervisor above supervision above client above sessions', () => {
    const hood = neighbourhood(graph, noteContext(graph, SESSION)!);
    expect(hood.rows.map((r) => r.label.join(' '))).toEqual(['Supervisor', 'Supervision', 'Practitioner and client', 'Sessions']);
    const nodes = new Map(hood.rows.flatMap((r) => r.nodes).map((n) => [n.id, n]));
    expect(nodes.get('People/Ann Lee.md')?.type).toBe('supervisor');
    expect(nodes.get('People/Robin Hart.md')?.type).toBe('practitioner');
    expect(nodes.get(SESSION)).toMatchObject({ current: true, date: '2026-02-03', type: 'session', path: SESSION });
    expect(hood.edges).toContainEqual({ from: SESSION, to: 'Clients/C-014.md', type: 'session-of' });
    expect(hood.edges).toContainEqual({ from: SUPERVISION, to: 'People/Ann Lee.md', type: 'supervised-by' });
  });

  it('keeps the most recent sessions and always the open one, counting the rest', () => {
    const oldest = 'Sessions/C-014/2026-01-20 C-014.md';
    const hood = neighbourhood(graph, noteContext(graph, oldest)!, { perRow: 2 });
    const sessions = hood.rows.find((r) => r.label[0] === 'Sessions')!;
    expect(sessions.nodes.map((n) => n.id)).toEqual([oldest, 'Sessions/C-014/2026-03-03 C-014.md']);
    expect(sessions.more).toBe(2);
  });
});

describe('the diagram laid out in pixels', () => {
  for (const width of [240, 300, 320, 420, 600]) {
    for (const open of [SESSION, SUPERVISION, 'Clients/C-021.md', 'Sessions/C-033/2026-01-12 C-033.md']) {
      it(`is legible at ${width} px around ${open}: 11 px text, boxes apart, edges from border to border crossing no label`, () => {
        const layout = layoutDiagram(neighbourhood(graph, noteContext(graph, open)!), { width, label });
        expect(layout.width).toBe(Math.max(width, 198));
        expectLegible(layout);
        expect(layout.edges.length).toBeGreaterThan(0);
      });
    }
  }

  it('keeps rows in order from top to bottom, and every edge it was given when there is room', () => {
    const hood = neighbourhood(graph, noteContext(graph, SESSION)!);
    const layout = layoutDiagram(hood, { width: 420, label });
    const y = (id: string): number => layout.nodes.find((n) => n.id === id)!.y;
    const ys = ['People/Ann Lee.md', SUPERVISION, 'Clients/C-014.md', SESSION].map(y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(layout.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(hood.edges.map((e) => `${e.from}>${e.to}`).sort());
    expect(layout.fontSize).toBe(DIAGRAM_FONT_PX);
  });

  it('keeps the open note and the latest notes a narrow sidebar has room for, and says how many are left out', () => {
    const hood = neighbourhood(graph, noteContext(graph, 'Sessions/C-014/2026-01-20 C-014.md')!);
    const narrow = layoutDiagram(hood, { width: 300, label });
    const sessions = narrow.nodes.filter((n) => n.type === 'session');
    expect(sessions.length).toBe(3);
    expect(sessions.map((n) => n.id)).toContain('Sessions/C-014/2026-01-20 C-014.md');
    expect(sessions.map((n) => n.id)).toContain('Sessions/C-014/2026-03-03 C-014.md');
    expect(narrow.rows.at(-1)!.lines.map((l) => l.text)).toEqual(['Sessions', '+1 more']);
    // At 300 px a session shows its whole short date.
    for (const n of sessions) expect(n.label).toBe(shortDay(n.date!));
  });

  it('shortens a label that cannot fit, never the box beyond its place', () => {
    const hood = neighbourhood(graph, noteContext(graph, SUPERVISION)!);
    const layout = layoutDiagram(hood, { width: 240, label: (n) => ({ short: `${n.name} with a much longer name than fits`, full: n.name }) });
    for (const n of layout.nodes) expect(n.label.endsWith('…')).toBe(true);
    expectLegible(layout);
  });
});
