import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/core/engine';
import { decodeContent, encodeContent } from '../../../src/core/index/content-codec';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { parseNoteContent } from '../../../src/core/parse/parse-note';
import { noteText } from '../../helpers/notes';

const SESSIONS = ['I jumped in.', 'Sam avoided the topic.', 'No sense of rescuing.', 'She feels stuck.', 'I launched into the story.'];
const DAYS = ['2026-02-01', '2026-02-10', '2026-02-20', '2026-03-01'];
const PATHS = ['S/a.md', 'S/b.md', 'S/c.md', 'S/d.md', 'V/x.md', 'R/r.md', 'Clients/C-1.md', 'Clients/C-2.md'];

const note = fc.oneof(
  fc.record({ c: fc.constantFrom('C-1', 'C-2'), d: fc.constantFrom(...DAYS), p: fc.subarray(['rescuing', 'avoidance', 'stuck']), b: fc.subarray(SESSIONS) }).map((s) =>
    noteText(`type: session\nclient: "[[${s.c}]]"\ndate: ${s.d}\npractitioner_dynamics: [${s.p.join(', ')}]`, s.b.join(' ')),
  ),
  fc.record({ d: fc.constantFrom(...DAYS), cases: fc.subarray(['C-1', 'C-2']), r: fc.subarray(['rescuing', 'avoidance']) }).map((s) =>
    noteText(`type: supervision\ndate: ${s.d}\ncases: [${s.cases.map((c) => `"[[${c}]]"`).join(', ')}]\nsupervisor_dynamics: [${s.r.join(', ')}]\nsupervisee_dynamics: [${s.r.join(', ')}]`, 'Ann came up with solutions.'),
  ),
  fc.record({ alias: fc.constantFrom('Sam', 'Jo') }).map((c) => noteText(`type: client\naliases: [${c.alias}]`, '')),
  fc.constantFrom(noteText('type: reflection\ndate: 2026-02-12\nthemes: [stuck]', ''), noteText('type: session\nclient: "[[C-1]]\n', 'broken')),
);
const vault = fc.dictionary(fc.constantFrom(...PATHS), note, { minKeys: 1 });

function stamped(files: Record<string, string>): { path: string; data: string; mtime: number; size: number }[] {
  // The stamp must change when the text does, as a file's mtime would.
  return Object.entries(files).map(([path, data]) => ({ path, data, mtime: Number.parseInt(VaultIndex.stampOf({ path, data }).slice(2, 10), 16), size: data.length }));
}

describe('engine snapshot', () => {
  it('round-trips note content through the cache codec', () => {
    const content = parseNoteContent(noteText('type: session\nclient: "[[C-1]]"\nclient_dynamics:\n  - avoidance\n  - stuck\ncontract: {focus: "", outcomes: []}', '## A\nI jumped in. #dynamic/rescuing\n'));
    const decoded = decodeContent(JSON.parse(JSON.stringify(encodeContent(content))));
    expect(decoded).toEqual(content);
  });

  it('restored and replayed, gives the same flags as a fresh scan', () => {
    fc.assert(
      fc.property(vault, vault, (before, after) => {
        const old = new Engine({ patternClients: 2 });
        old.load(stamped(before));
        const snapshot = JSON.parse(JSON.stringify(old.snapshot())) as ReturnType<Engine['snapshot']>;

        const restored = new Engine({ patternClients: 2 });
        restored.restoreSnapshot(
          snapshot.notes.map(([path, stamp, content]) => [path, stamp, decodeContent(content)!]),
          snapshot.detection,
        );
        const now = new Map(stamped(after).map((f) => [f.path, f]));
        for (const [path] of snapshot.notes) if (!now.has(path)) restored.remove(path);
        for (const file of now.values()) {
          const was = snapshot.notes.find(([p]) => p === file.path);
          if (was?.[1] !== VaultIndex.stampOf(file)) restored.upsert(file);
        }

        const fresh = new Engine({ patternClients: 2 });
        fresh.load(stamped(after));
        expect(restored.flags()).toEqual(fresh.flags());
        expect(restored.diagnostics()).toEqual(fresh.diagnostics());
      }),
      { numRuns: 150 },
    );
  });
});
