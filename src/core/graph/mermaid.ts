import type { Edge, EdgeType, NodeType } from '../model/edges';
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
  for (const pair of pairs(doc.edges)) lines.push(`  ${ids.get(pair.from)} ${pair.arrow} ${ids.get(pair.to)}`);
  return lines.join('\n') + '\n';
}

/**
 * One arrow per pair of nodes, however many edges join them: labelled with its typed relationships
 * (a plain link beside them says nothing more), else dotted for a plain link, both ways when each
 * links to the other.
 */
function pairs(edges: readonly Edge[]): { from: string; to: string; arrow: string }[] {
  const byPair = new Map<string, { a: string; b: string; ab: Set<EdgeType>; ba: Set<EdgeType> }>();
  for (const edge of edges) {
    const forward = edge.from <= edge.to;
    const [a, b] = forward ? [edge.from, edge.to] : [edge.to, edge.from];
    const key = `${a}\u0000${b}`;
    let pair = byPair.get(key);
    if (!pair) byPair.set(key, (pair = { a, b, ab: new Set(), ba: new Set() }));
    (forward ? pair.ab : pair.ba).add(edge.type);
  }
  return [...byPair.values()].map(({ a, b, ab, ba }) => {
    const typed = (types: Set<EdgeType>): EdgeType[] => [...types].filter((t) => t !== 'links-to');
    const [tab, tba] = [typed(ab), typed(ba)];
    if (tab.length > 0 && tba.length > 0) return { from: a, to: b, arrow: `<-->|${[...tab, ...tba].join(', ')}|` };
    if (tab.length > 0) return { from: a, to: b, arrow: `-->|${tab.join(', ')}|` };
    if (tba.length > 0) return { from: b, to: a, arrow: `-->|${tba.join(', ')}|` };
    if (ab.size > 0 && ba.size > 0) return { from: a, to: b, arrow: '<-.->' };
    return ab.size > 0 ? { from: a, to: b, arrow: '-.->' } : { from: b, to: a, arrow: '-.->' };
  });
}

/** A label as Mermaid shows it as written: `#` first, since Mermaid reads `#...;` as a character code. */
function escapeLabel(label: string): string {
  return label.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;')).replace(/[\r\n]+/g, ' ');
}
