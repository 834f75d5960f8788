import type { GraphDocument } from '../core/graph/graph-document';
import { pushTo } from '../core/util/multimap';
import { oneLine } from '../core/text/control-characters';

/** The graph as readable text: each node with its typed relationships (plain links summarised). */
export function formatGraph(doc: GraphDocument): string {
  const label = new Map(doc.nodes.map((n) => [n.id, oneLine(n.label)]));
  const out: string[] = [`${doc.nodes.length} nodes, ${doc.edges.length} edges`];
  // Each node's edges found once, not by a pass over every edge per node (quadratic in a large vault).
  const typedFrom = new Map<string, GraphDocument['edges']>();
  const plainFrom = new Map<string, number>();
  for (const e of doc.edges) {
    if (e.type === 'links-to') plainFrom.set(e.from, (plainFrom.get(e.from) ?? 0) + 1);
    else pushTo(typedFrom, e.from, e);
  }
  for (const node of doc.nodes) {
    const typed = typedFrom.get(node.id) ?? [];
    const plain = plainFrom.get(node.id) ?? 0;
    if (typed.length === 0 && plain === 0 && node.type === 'note') continue;
    out.push(`${node.type.padEnd(12)} ${oneLine(node.path ?? `${node.label} (no note)`)}`);
    for (const e of typed) out.push(`${' '.repeat(13)}${e.type} -> ${label.get(e.to) ?? oneLine(e.to)}`);
    if (plain > 0) out.push(`${' '.repeat(13)}links to ${plain} note${plain === 1 ? '' : 's'}`);
  }
  return out.join('\n') + '\n';
}
