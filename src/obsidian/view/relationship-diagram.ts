import type { DisplayNames } from '../../core/present/display-names';
import { shortDay } from '../../core/present/flag-labels';
import { layoutDiagram, type NeighbourNode, type Neighbourhood, type PlacedNode } from '../../core/present/neighbourhood-diagram';
import { activate } from './dom';

const TYPE_WORDS: Partial<Record<NeighbourNode['type'], string>> = { session: 'session', supervision: 'supervision', client: 'client', practitioner: 'practitioner', supervisor: 'supervisor' };

/** What a node shows: dated notes by their short date, clients by their code (and name unless masked). */
export function nodeLabel(node: NeighbourNode, names: DisplayNames): { short: string; full: string } {
  const type = TYPE_WORDS[node.type] ?? node.type;
  if (node.type === 'client') {
    const client = names.client(node.id);
    return { short: client, full: `${client} (client)` };
  }
  const name = names.text(node.name);
  if ((node.type === 'session' || node.type === 'supervision') && node.date) return { short: shortDay(node.date), full: `${name} (${type})` };
  return { short: name, full: `${name} (${type})` };
}

/**
 * The open note's neighbourhood as SVG built node by node, at the sidebar's width in pixels so its
 * text keeps its size; nodes with a note open it.
 */
export function renderDiagram(parent: HTMLElement, hood: Neighbourhood, names: DisplayNames, width: number, open: (path: string) => void): SVGSVGElement {
  const layout = layoutDiagram(hood, { width, label: (node) => nodeLabel(node, names) });
  const svg = parent.createSvg('svg', {
    cls: 'pp-diagram',
    attr: { width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}`, 'font-size': layout.fontSize, role: 'group', 'aria-label': 'People and notes around the open note' },
  });
  const back = svg.createSvg('g', { attr: { 'aria-hidden': 'true' } });
  for (const row of layout.rows) {
    for (const line of row.lines) back.createSvg('text', { cls: 'pp-diagram-row', attr: { x: line.x, y: line.y, 'dominant-baseline': 'central' } }).setText(line.text);
  }
  for (const edge of layout.edges) {
    back.createSvg('polyline', { cls: `pp-edge is-${edge.type}`, attr: { points: edge.points.map((p) => `${p.x},${p.y}`).join(' ') } });
  }
  for (const node of layout.nodes) renderNode(svg, node, open);
  return svg;
}

function renderNode(svg: SVGSVGElement, node: PlacedNode, open: (path: string) => void): void {
  const group = svg.createSvg('g', { cls: `pp-node is-${node.type}` });
  group.toggleClass('is-current', node.current);
  group.createSvg('rect', { attr: { x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width, height: node.height, rx: node.height / 2 } });
  group.createSvg('text', { attr: { x: node.x, y: node.y, 'text-anchor': 'middle', 'dominant-baseline': 'central' } }).setText(node.label);
  const { path } = node;
  if (path === null) {
    group.setAttrs({ role: 'img', 'aria-label': node.fullLabel });
    return;
  }
  group.addClass('is-link');
  group.setAttrs({ 'aria-label': `Open ${node.fullLabel}${node.current ? ', open now' : ''}`, 'data-pp-focus': `node:${node.id}` });
  activate(group, 'link', () => open(path));
}
