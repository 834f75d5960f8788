import type { Diagram, DiagramNode } from '../../core/graph/neighbourhood-diagram';
import type { DisplayNames } from '../../core/present/display-names';

const LABEL_CHARS = 14;
const NODE_RADIUS = 7;

/** The open note's neighbourhood as SVG built node by node; nodes with a note open it. */
export function renderDiagram(parent: HTMLElement, diagram: Diagram, names: DisplayNames, open: (path: string) => void): SVGSVGElement {
  const svg = parent.createSvg('svg', {
    cls: 'pp-diagram',
    attr: { viewBox: `0 0 ${diagram.width} ${diagram.height}`, role: 'group', 'aria-label': 'Relationships of the open note' },
  });
  const at = new Map(diagram.nodes.map((n) => [n.id, n]));
  const edges = svg.createSvg('g', { cls: 'pp-diagram-edges', attr: { 'aria-hidden': 'true' } });
  for (const edge of diagram.edges) {
    const from = at.get(edge.from)!;
    const to = at.get(edge.to)!;
    edges.createSvg('line', { cls: `pp-edge is-${edge.type}`, attr: { x1: from.x, y1: from.y, x2: to.x, y2: to.y } });
  }
  for (const row of diagram.rows) {
    svg.createSvg('text', { cls: 'pp-diagram-row', attr: { x: 4, y: row.y - 14 } }).setText(row.label);
    if (row.more > 0) svg.createSvg('text', { cls: 'pp-diagram-more', attr: { x: diagram.width - 4, y: row.y - 14, 'text-anchor': 'end' } }).setText(`+${row.more} more`);
  }
  for (const node of diagram.nodes) renderNode(svg, node, names, open);
  return svg;
}

function renderNode(svg: SVGSVGElement, node: DiagramNode, names: DisplayNames, open: (path: string) => void): void {
  const label = node.type === 'client' ? names.client(node.id) : names.text(node.label);
  const group = svg.createSvg('g', { cls: `pp-node is-${node.type}` });
  group.toggleClass('is-current', node.current);
  group.createSvg('title').setText(`${label} (${node.type})`);
  group.createSvg('circle', { attr: { cx: node.x, cy: node.y, r: NODE_RADIUS } });
  const short = label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
  group.createSvg('text', { attr: { x: node.x, y: node.y + NODE_RADIUS + 12, 'text-anchor': 'middle' } }).setText(short);
  const { path } = node;
  if (path === null) return;
  group.addClass('is-link');
  group.setAttrs({ tabindex: 0, role: 'link', 'aria-label': `Open ${label} (${node.type})`, 'data-pp-focus': `node:${node.id}` });
  group.addEventListener('click', () => open(path));
  group.addEventListener('keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open(path);
  });
}
