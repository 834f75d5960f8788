import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/core/engine';
import { decodeContent, encodeContent } from '../../../src/core/cache/content-codec';
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
  // A supervision either side wrote: the supervisor's note words its flags (and keeps its prompt) in the supervisor's terms.
  fc.record({ d: fc.constantFrom(...DAYS), cases: fc.subarray(['C-1', 'C-2']), r: fc.subarray(['rescuing', 'avoidance']), a: fc.constantFrom('', 'author: supervisor\nsupervisee: "[[Robin]]"\n') }).map((s) =>
    noteText(`type: supervision\n${s.a}date: ${s.d}\ncases: [${s.cases.map((c) => `"[[${c}]]"`).join(', ')}]\nsupervisor_dynamics: [${s.r.join(', ')}]\nsupervisee_dynamics: [${s.r.join(', ')}]`, 'Ann came up with solutions.'),
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
    contractStated: c.contractStated,
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

  it('opened from a snapshot and replayed, gives the same flags as a fresh scan', () => {
    fc.assert(
      fc.property(vault, vault, (before, after) => {
        const old = new Engine({ patternClients: 2 });
        old.load(stamped(before));
        const json = (engine: Engine): unknown => JSON.parse(JSON.stringify(engine.snapshot()));

        // Opened on the same files, it takes the whole state up and reads nothing.
        const restored = new Engine({ patternClients: 2 });
        const opening = restored.open(stamped(before), json(old));
        expect(opening.resumed).toBe(true);
        expect(opening.toRead).toEqual([]);
        opening.finish();
        // Written again before any flag's evidence is read (its pieces still unmade), the snapshot is the same.
        expect(restored.snapshot()).toEqual(old.snapshot());
        expect(restored.flags()).toEqual(old.flags());
        // Taken up and written again, the snapshot is the same: flags still cite their notes' evidence.
        expect(restored.snapshot()).toEqual(old.snapshot());

        // Then changes arrive one by one, as vault events do.
        const now = new Map(stamped(after).map((f) => [f.path, f]));
        for (const path of Object.keys(before)) if (!now.has(path)) restored.remove(path);
        for (const file of now.values()) if (before[file.path] !== file.data) restored.upsert(file);
        const fresh = new Engine({ patternClients: 2 });
        fresh.load(stamped(after));
        expect(restored.flags()).toEqual(fresh.flags());
        expect(restored.diagnostics()).toEqual(fresh.diagnostics());

        // Written again after the changes (evidence taken up and evidence read again, side by side), and opened once more.
        const again = new Engine({ patternClients: 2 });
        const reopening = again.open(stamped(after), json(restored));
        expect(reopening.toRead).toEqual([]);
        reopening.finish();
        expect(again.flags()).toEqual(fresh.flags());
        expect(again.diagnostics()).toEqual(fresh.diagnostics());

        // Opened on the files as they are now, from the snapshot taken before the changes: it reads only the changed ones.
        const later = new Engine({ patternClients: 2 });
        const late = later.open(stamped(after), json(old));
        for (const stat of late.toRead) late.read(now.get(stat.path)!);
        late.finish();
        expect(late.toRead.map((f) => f.path).sort()).toEqual([...now.keys()].filter((p) => before[p] !== now.get(p)!.data).sort());
        expect(later.flags()).toEqual(fresh.flags());
        expect(later.diagnostics()).toEqual(fresh.diagnostics());
      }),
      { numRuns: 100 },
    );
  });

  it("taken up, flags read as plain ones: evidence made when first read, through one accessor all of them share", () => {
    const files = stamped({
      'S/a.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-02-01\npractitioner_dynamics: [rescuing]', 'I jumped in.'),
      'S/b.md': noteText('type: session\nclient: "[[C-2]]"\ndate: 2026-02-02\npractitioner_dynamics: [rescuing]', 'I jumped in.'),
      'V/x.md': noteText('type: supervision\ndate: 2026-02-03\ncases: ["[[C-1]]", "[[C-2]]"]\nsupervisor_dynamics: [rescuing]', 'Ann came up with solutions.'),
    });
    const old = new Engine({});
    old.load(files);
    const restored = new Engine({});
    restored.open(files, JSON.parse(JSON.stringify(old.snapshot()))).finish();
    const flags = restored.flags();
    expect(flags.length).toBeGreaterThan(1);
    const accessors = flags.map((f) => Object.getOwnPropertyDescriptor(f, 'evidence'));
    expect(accessors.every((a) => a?.enumerable === true && a.get === accessors[0]?.get)).toBe(true);
    // What keeps the unread evidence is no field a copy, a comparison or JSON sees.
    expect(Object.keys(flags[0])).toEqual(Object.keys(old.flags()[0]));
    expect(JSON.parse(JSON.stringify(flags))).toEqual(JSON.parse(JSON.stringify(old.flags())));
    expect({ ...flags[1] }).toEqual({ ...old.flags()[1] });
    expect(flags[0].evidence).toBe(flags[0].evidence);
  });

  it('with other settings, takes up the parsed notes and computes the flags afresh', () => {
    fc.assert(
      fc.property(vault, (files) => {
        const old = new Engine({ patternClients: 2 });
        old.load(stamped(files));
        const other = new Engine({ patternClients: 3, windowDays: 20 });
        const opening = other.open(stamped(files), JSON.parse(JSON.stringify(old.snapshot())));
        expect(opening.resumed).toBe(false);
        expect(opening.toRead).toEqual([]);
        opening.finish();
        const fresh = new Engine({ patternClients: 3, windowDays: 20 });
        fresh.load(stamped(files));
        expect(other.flags()).toEqual(fresh.flags());
        expect(other.parseCount).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('takes up nothing written for another taxonomy, another version, or damaged', () => {
    const files = stamped({ 'S/a.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-02-01', 'I jumped in.') });
    const old = new Engine({}, undefined, '1.0.0');
    old.load(files);
    const snapshot = JSON.parse(JSON.stringify(old.snapshot())) as Record<string, unknown>;
    const cases: [Engine, unknown][] = [
      [new Engine({}, { path: 'taxonomy.yaml', text: '- id: rescuing\n  kind: dynamic\n  label: Rescuing\n  cues: [jumped in]' }, '1.0.0'), snapshot],
      [new Engine({}, undefined, '1.0.1'), snapshot],
      [new Engine({}, undefined, '1.0.0'), { ...snapshot, format: 0 }],
      [new Engine({}, undefined, '1.0.0'), { ...snapshot, contents: 'broken' }],
      [new Engine({}, undefined, '1.0.0'), 'not a snapshot'],
    ];
    for (const [engine, from] of cases) {
      const opening = engine.open(files, from);
      expect(opening.toRead.map((f) => f.path)).toEqual(['S/a.md']);
    }
  });
});
