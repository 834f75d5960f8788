import type { GraphDocument } from '../core/graph/graph-document';
import { oneLine } from './terminal-text';

/** The graph as readable text: each node with its typed relationships (plain links summarised). */
export function formatGraph(doc: GraphDocument): string {
  const label = new Map(doc.nodes.map((n) => [n.id, oneLine(n.label)]));
  const out: string[] = [`${doc.nodes.length} nodes, ${doc.edges.length} edges`];
  for (const node of doc.nodes) {
    const typed = doc.edges.filter((e) => e.from === node.id && e.type !== 'links-to');
    const plain = doc.edges.filter((e) => e.from === node.id && e.type === 'links-to').length;
    if (typed.length === 0 && plain === 0 && node.type === 'note') continue;
    out.push(`${node.type.padEnd(12)} ${oneLine(node.path ?? `${node.label} (no note)`)}`);
    for (const e of typed) out.push(`${' '.repeat(13)}${e.type} -> ${label.get(e.to) ?? oneLine(e.to)}`);
    if (plain > 0) out.push(`${' '.repeat(13)}links to ${plain} note${plain === 1 ? '' : 's'}`);
  }
  return out.join('\n') + '\n';
}
