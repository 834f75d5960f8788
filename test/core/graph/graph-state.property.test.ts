import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_TYPES } from '../../../src/core/model/edges';
import { graphDocument } from '../../../src/core/graph/graph-document';
import { decodeGraph, encodeGraph, type GraphState } from '../../../src/core/cache/graph-codec';
import type { Note } from '../../../src/core/model/note';
import type { RelationshipGraph } from '../../../src/core/graph/relationship-graph';
import { VaultIndex, type StampedContent } from '../../../src/core/index/vault-index';
import { noteText } from '../../helpers/notes';
import { editArb, render, type Edit } from '../../helpers/random-vault';

/** Applies edits to a map of file texts, and to an index when one is given. */
function play(edits: Edit[], files: Map<string, string>, index?: VaultIndex): void {
  for (const edit of edits) {
    if (edit.op === 'upsert') {
      files.set(edit.path, render(edit.note));
      index?.upsert({ path: edit.path, data: files.get(edit.path)! });
    } else if (edit.op === 'remove') {
      files.delete(edit.path);
      index?.remove(edit.path);
    } else if (files.has(edit.path) && !files.has(edit.to) && edit.path !== edit.to) {
      files.set(edit.to, files.get(edit.path)!);
      files.delete(edit.path);
      index?.rename(edit.path, edit.to);
    }
  }
}

function loaded(files: Map<string, string>): VaultIndex {
  const index = new VaultIndex();
  index.startBulk();
  for (const [path, data] of files) index.upsert({ path, data });
  index.finishBulk();
  return index;
}

/** Everything the graph answers: nodes, links, typed edges both ways, and who links to whom. */
function answers(index: VaultIndex): unknown {
  const paths = [...index.entries()].map(([path]) => path).sort();
  const sorted = (edges: { from: string; to: string; type: string }[]) => edges.map((e) => `${e.type}:${e.from}>${e.to}`).sort();
  return {
    document: graphDocument(index.graph, { includePrivate: true }),
    stats: index.stats(),
    perNote: paths.map((path) => ({
      out: sorted(index.graph.edgesOut(path)),
      in: sorted(index.graph.edgesIn(path)),
      linkedFrom: index.graph.linkedFrom(path).sort(),
      links: index.graph.links(path).map((l) => [l.link.target, l.link.line, l.target]),
    })),
  };
}

/** The graph's data as the cache writes it (graph.data, then encodeGraph). */
function exportState(graph: RelationshipGraph, paths: string[]): GraphState | undefined {
  const data = graph.data(paths);
  return data && encodeGraph(data, paths);
}

/** How the cache gives the data back once the notes are placed. */
function takeUp(state: GraphState): (placed: readonly Note[]) => ReturnType<typeof decodeGraph> {
  return (placed) => decodeGraph(state, placed);
}

describe('graph state for the persistent cache', () => {
  it('taken up, answers as the graph it was exported from, and follows later edits as a fresh build does', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 20 }), fc.array(editArb, { maxLength: 8 }), (before, after) => {
        const files = new Map<string, string>();
        play(before, files);
        const old = loaded(files);
        const notes = old.parsedNotes();
        const state = exportState(old.graph, [...notes.keys()])!;
        expect(state).toBeDefined();

        const restored = new VaultIndex();
        restored.restoreAll(notes, takeUp(JSON.parse(JSON.stringify(state)) as GraphState));
        expect(answers(restored)).toEqual(answers(old));

        // Changed before anything is read: what a restore leaves for later is made by the first
        // change, which must leave it right for the reads and changes after it.
        const untouched = new VaultIndex();
        untouched.restoreAll(notes, takeUp(JSON.parse(JSON.stringify(state)) as GraphState));
        const half = Math.ceil(after.length / 2);
        const changed = new Map(files);
        play(after.slice(0, half), changed, untouched);
        expect(answers(untouched)).toEqual(answers(loaded(changed)));
        play(after.slice(half), changed, untouched);
        play(after, files, restored);
        const fresh = answers(loaded(files));
        expect(answers(restored)).toEqual(fresh);
        expect(answers(untouched)).toEqual(fresh);
      }),
      { numRuns: 300 },
    );
  });

  const files = new Map([
    ['Clients/C-1.md', noteText('type: client\naliases: [Sam]', '')],
    ['Sessions/2026-02-03 C-1.md', noteText('type: session\nclient: "[[C-1]]"', 'Saw [[Sam]], see ![[chart.png]] and [[2026-02-03 C-1]].')],
    ['Supervision/2026-02-24.md', noteText('type: supervision\nsupervisor: "[[Ann]]"\ncases: ["[[C-1]]", "[[C-9]]"]', '')],
  ]);

  it('leaves attachments and self links out, and names unresolved edge ends', () => {
    const index = loaded(files);
    const state = exportState(index.graph, [...files.keys()])!;
    // The session's links: client C-1, Sam (only an alias of C-1, so unresolved, as Obsidian leaves it), an attachment, itself.
    expect(state.targets[1]).toEqual([0, -1, -2, -2]);
    expect(state.targets[2]).toEqual([-1, 0, -1]);
    const edges: string[] = [];
    for (let k = 0; k < state.edges.length; k += 4) edges.push(`${state.edges[k]} ${EDGE_TYPES[state.edges[k + 1] as number]} ${state.edges[k + 2]} ${state.edges[k + 3]}`);
    expect(edges.sort()).toEqual(['1 session-of 1 0', '2 discusses 2 0', '2 discusses 2 c-9', '2 supervised-by 2 ann']);
  });

  it('is exported for every note of the graph only', () => {
    const graph = loaded(files).graph;
    const stateOf = (paths: string[]): GraphState | undefined => exportState(graph, paths);
    expect(stateOf(['Sessions/2026-02-03 C-1.md', 'Supervision/2026-02-24.md'])).toBeUndefined();
    expect(stateOf([...files.keys(), 'Clients/C-9.md'])).toBeUndefined();
    expect(stateOf([...files.keys(), 'Clients/C-1.md'])).toBeUndefined();
    expect(stateOf([...files.keys()].reverse())).toBeDefined();
  });

  it.each<[string, (state: GraphState) => void]>([
    ['a note with a link too few', (s) => s.targets[1].pop()],
    ['a position out of range', (s) => (s.targets[1][0] = 7)],
    ['an edge type that does not exist', (s) => (s.edges[1] = 99)],
    ['edges cut short', (s) => s.edges.pop()],
  ])('with %s, links the notes afresh instead', (_, damage) => {
    const old = loaded(files);
    const state = exportState(old.graph, [...files.keys()])!;
    damage(state);
    const restored = new VaultIndex();
    restored.restoreAll(old.parsedNotes(), takeUp(state));
    expect(answers(restored)).toEqual(answers(old));
  });

  it.each([
    ['a path stored unnormalized', (notes: [string, StampedContent][]) => (notes[0][0] = './Clients/C-1.md')],
    ['two paths that normalize alike', (notes: [string, StampedContent][]) => notes.push(['Clients//C-1.md', notes[0][1]])],
  ])('takes up the notes right with %s', (_, damage) => {
    const old = loaded(files);
    const state = exportState(old.graph, [...files.keys()])!;
    const notes = [...old.parsedNotes()];
    damage(notes);
    const restored = new VaultIndex();
    restored.restoreAll(new Map(notes), takeUp(state));
    expect(answers(restored)).toEqual(answers(old));
  });
});
