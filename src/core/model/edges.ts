export const EDGE_TYPES = ['session-of', 'discusses', 'supervised-by', 'supervises', 'reflects-on', 'links-to'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface Edge {
  from: string;
  to: string;
  type: EdgeType;
}

export type NodeType =
  | 'client'
  | 'session'
  | 'supervision'
  | 'reflection'
  | 'practitioner'
  | 'supervisor'
  | 'person'
  | 'note'
  | 'unresolved';

/** Node id of an unresolved link target: its lower-case name, which cannot clash with a `.md` path. */
export function unresolvedId(target: string): string {
  return target.replace(/\.md$/i, '').toLowerCase();
}
