import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphDocument } from '../../../src/core/graph/graph-document';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { noteText } from '../../helpers/notes';

// A small world of names so that random notes link to, shadow and alias each other often.
const NAMES = ['C-1', 'C-2', 'Ann', 'Robin', 'S1', 'S2', 'Plan'];
const FOLDERS = ['', 'A/', 'B/'];
const TYPES = ['client', 'session', 'supervision', 'reflection', 'person', null];

const linkArb = fc.constantFrom(...NAMES, 'A/Plan', 'Missing');
const noteArb = fc.record({
  type: fc.constantFrom(...TYPES),
  client: fc.option(linkArb, { nil: undefined }),
  supervisor: fc.option(linkArb, { nil: undefined }),
  supervisee: fc.option(linkArb, { nil: undefined }),
  cases: fc.array(linkArb, { maxLength: 2 }),
  aliases: fc.array(fc.constantFrom(...NAMES), { maxLength: 1 }),
  body: fc.array(linkArb, { maxLength: 3 }),
});
const pathArb = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([f, n]) => `${f}${n}.md`);

type NoteSpec = typeof noteArb extends fc.Arbitrary<infer T> ? T : never;
type Edit = { op: 'upsert'; path: string; note: NoteSpec } | { op: 'remove'; path: string } | { op: 'rename'; path: string; to: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('upsert' as const), path: pathArb, note: noteArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), path: pathArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), path: pathArb, to: pathArb }) },
);

function render(note: NoteSpec): string {
  const props: string[] = [];
  if (note.type) props.push(`type: ${note.type}`);
  if (note.client) props.push(`client: "[[${note.client}]]"`);
  if (note.supervisor) props.push(`supervisor: "[[${note.supervisor}]]"`);
  if (note.supervisee) props.push(`supervisee: "[[${note.supervisee}]]"`);
  if (note.cases.length) props.push(`cases: [${note.cases.map((c) => `"[[${c}]]"`).join(', ')}]`);
  if (note.aliases.length) props.push(`aliases: [${note.aliases.join(', ')}]`);
  return noteText(props.join('\n') || 'tags: []', note.body.map((l) => `See [[${l}]].`).join('\n'));
}

describe('incremental graph', () => {
  it('gives the same graph as a fresh build after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 25 }), (edits) => {
        const live = new VaultIndex();
        const files = new Map<string, string>();
        for (const edit of edits) {
          if (edit.op === 'upsert') {
            files.set(edit.path, render(edit.note));
            live.upsert({ path: edit.path, data: files.get(edit.path)! });
          } else if (edit.op === 'remove') {
            files.delete(edit.path);
            live.remove(edit.path);
          } else if (files.has(edit.path) && !files.has(edit.to) && edit.path !== edit.to) {
            files.set(edit.to, files.get(edit.path)!);
            files.delete(edit.path);
            live.rename(edit.path, edit.to);
          }
        }
        const fresh = new VaultIndex();
        for (const [path, data] of [...files].sort(() => 0)) fresh.upsert({ path, data });
        expect(graphDocument(live.graph)).toEqual(graphDocument(fresh.graph));
        expect(live.stats()).toEqual(fresh.stats());
        // Loading all at once gives the same graph too, typed edges included.
        const bulk = new VaultIndex();
        bulk.startBulk();
        for (const [path, data] of files) bulk.upsert({ path, data });
        bulk.finishBulk();
        expect(graphDocument(bulk.graph)).toEqual(graphDocument(fresh.graph));
        for (const path of files.keys()) {
          for (const type of ['session-of', 'discusses', 'supervised-by', 'supervises', 'reflects-on'] as const) {
            const sorted = (edges: { from: string; to: string }[]) => edges.map((e) => `${e.from}>${e.to}`).sort();
            expect(sorted(bulk.graph.edgesOut(path, type))).toEqual(sorted(fresh.graph.edgesOut(path, type)));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
