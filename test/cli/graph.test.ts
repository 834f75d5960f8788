import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/core/graph/graph-document';
import { runCli } from './run-cli';

const DEMO = 'examples/demo-vault';

function graphJson(...args: string[]): GraphDocument {
  const result = runCli(['graph', DEMO, '--json', ...args]);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as GraphDocument;
}

describe('parallel-process graph', () => {
  it('prints the graph document with typed nodes and edges', () => {
    const doc = graphJson();
    expect(doc.schema).toBe('parallel-process/graph@1');
    const node = (id: string) => doc.nodes.find((n) => n.id === id);
    expect(node('Clients/C-014.md')).toEqual({ id: 'Clients/C-014.md', type: 'client', path: 'Clients/C-014.md', label: 'C-014' });
    expect(node('People/Ann Lee.md')?.type).toBe('supervisor');
    expect(node('parallel process - reading list')).toMatchObject({ type: 'unresolved', path: null });
    const discusses = doc.edges.filter((e) => e.type === 'discusses').map((e) => `${e.from} -> ${e.to}`);
    expect(discusses).toEqual([
      'Supervision/2026-01-27 Supervision.md -> Clients/C-021.md',
      'Supervision/2026-01-27 Supervision.md -> Clients/C-033.md',
      'Supervision/2026-02-24 Supervision.md -> Clients/C-014.md',
      'Supervision/2026-02-24 Supervision.md -> Clients/C-021.md',
    ]);
    for (const e of doc.edges) {
      expect(doc.nodes.some((n) => n.id === e.from)).toBe(true);
      expect(doc.nodes.some((n) => n.id === e.to)).toBe(true);
    }
  });

  it('leaves the templates folder out: no template note, and none of their {{placeholder}} links', () => {
    const doc = graphJson();
    expect(doc.nodes.filter((n) => n.id.startsWith('Templates/') || n.label.includes('{{'))).toEqual([]);
    expect(doc.edges.filter((e) => e.from.startsWith('Templates/') || e.to.startsWith('Templates/'))).toEqual([]);
    const mermaid = runCli(['graph', DEMO, '--mermaid']).stdout;
    // A supervision is drawn as a hexagon, {{"label"}}; a placeholder would be a label, "{{client}}".
    expect(mermaid).toContain('{{"2026-02-24 Supervision"}}');
    expect(mermaid).not.toMatch(/"\{\{/);
  });

  it('keeps one client\'s neighbourhood with --client, by code or alias', () => {
    const byAlias = graphJson('--client', 'sam');
    expect(byAlias).toEqual(graphJson('--client', 'C-014'));
    const ids = byAlias.nodes.map((n) => n.id);
    expect(ids).toContain('Supervision/2026-02-24 Supervision.md');
    expect(ids).toContain('People/Ann Lee.md');
    expect(ids).not.toContain('Clients/C-033.md');
    expect(ids).not.toContain('Supervision/2026-01-27 Supervision.md');
  });

  it('prints a Mermaid flowchart with one arrow per pair of notes, typed where the pair has a type', () => {
    const result = runCli(['graph', DEMO, '--mermaid', '--client', 'C-021']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines).toContain('  n0(["C-021"])');
    expect(lines).toContain('  n3["2026-01-29 C-021"]');
    // The session links to its client and is a session of it: one typed arrow, not a plain one too.
    expect(lines.filter((l) => /^ {2}n3 .* n0$/.test(l))).toEqual(['  n3 -->|session-of| n0']);
  });

  it('draws each pair of nodes once in the whole vault\'s flowchart', () => {
    const lines = runCli(['graph', DEMO, '--mermaid']).stdout.trim().split('\n');
    const arrows = lines.map((l) => /^ {2}(n\d+) (\S+) (n\d+)$/.exec(l)).filter((m): m is RegExpExecArray => m !== null);
    expect(arrows.length).toBeGreaterThan(20);
    const pairs = arrows.map(([, a, , b]) => [a, b].sort().join(' '));
    expect(new Set(pairs).size).toBe(pairs.length);
    const doc = graphJson();
    const typedPairs = new Set(doc.edges.filter((e) => e.type !== 'links-to').map((e) => [e.from, e.to].sort().join('\u0000')));
    const allPairs = new Set(doc.edges.map((e) => [e.from, e.to].sort().join('\u0000')));
    expect(arrows.length).toBe(allPairs.size);
    expect(arrows.filter(([, , arrow]) => arrow.includes('|')).length).toBe(typedPairs.size);
  });

  it('prints a file name with a line break in it on one line of the readable graph', () => {
    const vault = mkdtempSync(join(tmpdir(), 'pp-graph-'));
    try {
      writeFileSync(join(vault, 'Odd\nname.md'), '---\ntype: client\ncode: C-1\n---\nSee [[Other]].\n');
      const result = runCli(['graph', vault]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('client       Odd\\nname.md\n');
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
  });
});
