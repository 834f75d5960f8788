import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphDocument } from '../../../src/core/graph/graph-document';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { editArb, render } from '../../helpers/random-vault';

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
        expect(graphDocument(live.graph, { includePrivate: true })).toEqual(graphDocument(fresh.graph, { includePrivate: true }));
        expect(live.stats()).toEqual(fresh.stats());
        // Loading all at once gives the same graph too, typed edges included.
        const bulk = new VaultIndex();
        bulk.startBulk();
        for (const [path, data] of files) bulk.upsert({ path, data });
        bulk.finishBulk();
        expect(graphDocument(bulk.graph, { includePrivate: true })).toEqual(graphDocument(fresh.graph, { includePrivate: true }));
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
