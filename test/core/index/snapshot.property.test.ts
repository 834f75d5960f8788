import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/core/engine';
import { decodeContent, encodeContent } from '../../../src/core/index/content-codec';
import { readSnapshot } from '../../../src/core/index/snapshot-codec';
import type { NoteContent } from '../../../src/core/model/note';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { noteContent, noteText } from '../../helpers/notes';

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

/** Every field of note content, read through its getters. */
function plain(c: NoteContent): Record<string, unknown> {
  return {
    kind: c.kind,
    properties: [...c.properties],
    propertyDate: c.propertyDate,
    aliases: c.aliases,
    links: c.links,
    tags: c.tags,
    headings: c.headings,
    blocks: c.blocks,
    forSupervision: c.forSupervision,
    cueHits: c.cueHits,
    bodyReader: c.bodyReader,
    diagnostics: c.diagnostics,
  };
}

describe('engine snapshot', () => {
  it('round-trips note content through the cache codec, all but the body model', () => {
    const content = noteContent(
      noteText(
        'type: session\nclient: "[[C-1]]"\nclient_dynamics:\n  - avoidance\n  - stuck\ncontract: {focus: "", outcomes: []}\nfor_supervision: true\nfelt_sense: heavy, sleepy',
        '## A\nI jumped in. She said, "I give up." #dynamic/rescuing [[Notes/x#Part|alias]] [y](../y%20z.md)\n\n## For supervision\nWhy do I keep fixing?\n',
      ),
    );
    expect(content.cueHits.length).toBeGreaterThan(1);
    expect(content.forSupervision).toBe('Why do I keep fixing?');
    const decoded = decodeContent(JSON.parse(JSON.stringify(encodeContent(content))))!;
    expect(plain(decoded)).toEqual({ ...plain(content), blocks: [], headings: [] });
  });

  it('restored and replayed, gives the same flags as a fresh scan', () => {
    fc.assert(
      fc.property(vault, vault, (before, after) => {
        const old = new Engine({ patternClients: 2 });
        old.load(stamped(before));
        const snapshot = readSnapshot(JSON.parse(JSON.stringify(old.snapshot())))!;

        const restored = new Engine({ patternClients: 2 });
        restored.restoreSnapshot(snapshot);
        expect(restored.flags()).toEqual(old.flags());
        // Taken up and written again, the snapshot is the same: flags still cite their notes' evidence.
        expect(restored.snapshot()).toEqual(old.snapshot());
        const now = new Map(stamped(after).map((f) => [f.path, f]));
        for (const path of snapshot.notes.keys()) if (!now.has(path)) restored.remove(path);
        for (const file of now.values()) {
          if (snapshot.notes.get(file.path)?.stamp !== VaultIndex.stampOf(file)) restored.upsert(file);
        }

        const fresh = new Engine({ patternClients: 2 });
        fresh.load(stamped(after));
        expect(restored.flags()).toEqual(fresh.flags());
        expect(restored.diagnostics()).toEqual(fresh.diagnostics());

        // Written again after the changes (evidence taken up and evidence read again, side by side), and taken up once more.
        const again = new Engine({ patternClients: 2 });
        again.restoreSnapshot(readSnapshot(JSON.parse(JSON.stringify(restored.snapshot())))!);
        expect(again.flags()).toEqual(fresh.flags());
        expect(again.diagnostics()).toEqual(fresh.diagnostics());
      }),
      { numRuns: 150 },
    );
  });
});
