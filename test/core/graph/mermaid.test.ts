import { describe, expect, it } from 'vitest';
import { toMermaid } from '../../../src/core/graph/mermaid';

describe('toMermaid', () => {
  it('shows labels as written: a #, quotes and angle brackets are written as Mermaid codes, # first', () => {
    const text = toMermaid({
      schema: 'parallel-process/graph@1',
      nodes: [
        { id: 'Sessions/2026-01-01 A#1; B.md', type: 'session', path: 'Sessions/2026-01-01 A#1; B.md', label: '2026-01-01 A#1; B' },
        { id: 'Clients/C-014.md', type: 'client', path: 'Clients/C-014.md', label: 'C-014 "Sam" <S>' },
      ],
      edges: [{ from: 'Sessions/2026-01-01 A#1; B.md', to: 'Clients/C-014.md', type: 'session-of' }],
    });
    expect(text).toBe('flowchart LR\n  n0["2026-01-01 A#35;1; B"]\n  n1(["C-014 #quot;Sam#quot; #lt;S#gt;"])\n  n0 -->|session-of| n1\n');
  });
});
