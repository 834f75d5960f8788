import type { GraphDocument } from '../core/graph/graph-document';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A file name or label on one line of a terminal: control characters (a line break in a name) escaped. */
function printable(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** The graph as readable text: each node with its typed relationships (plain links summarised). */
export function formatGraph(doc: GraphDocument): string {
  const label = new Map(doc.nodes.map((n) => [n.id, printable(n.label)]));
  const out: string[] = [`${doc.nodes.length} nodes, ${doc.edges.length} edges`];
  for (const node of doc.nodes) {
    const typed = doc.edges.filter((e) => e.from === node.id && e.type !== 'links-to');
    const plain = doc.edges.filter((e) => e.from === node.id && e.type === 'links-to').length;
    if (typed.length === 0 && plain === 0 && node.type === 'note') continue;
    out.push(`${node.type.padEnd(12)} ${printable(node.path ?? `${node.label} (no note)`)}`);
    for (const e of typed) out.push(`${' '.repeat(13)}${e.type} -> ${label.get(e.to) ?? printable(e.to)}`);
    if (plain > 0) out.push(`${' '.repeat(13)}links to ${plain} note${plain === 1 ? '' : 's'}`);
  }
  return out.join('\n') + '\n';
}
