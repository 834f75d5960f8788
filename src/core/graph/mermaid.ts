import type { NodeType } from '../model/edges';
import type { GraphDocument } from './graph-document';

const SHAPES: Record<NodeType, [string, string]> = {
  client: ['([', '])'],
  session: ['[', ']'],
  supervision: ['{{', '}}'],
  reflection: ['[/', '/]'],
  practitioner: ['((', '))'],
  supervisor: ['((', '))'],
  person: ['((', '))'],
  note: ['[', ']'],
  unresolved: ['>', ']'],
};

/** A Mermaid flowchart of a graph document that a user can paste into a note. */
export function toMermaid(doc: GraphDocument): string {
  const ids = new Map(doc.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const node of doc.nodes) {
    const [open, close] = SHAPES[node.type];
    lines.push(`  ${ids.get(node.id)}${open}"${escapeLabel(node.label)}"${close}`);
  }
  for (const edge of doc.edges) {
    const arrow = edge.type === 'links-to' ? '-.->' : `-->|${edge.type}|`;
    lines.push(`  ${ids.get(edge.from)} ${arrow} ${ids.get(edge.to)}`);
  }
  return lines.join('\n') + '\n';
}

function escapeLabel(label: string): string {
  return label.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;')).replace(/[\r\n]+/g, ' ');
}
