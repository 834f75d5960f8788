import { describe, expect, it } from 'vitest';
import { encodeContent } from '../../../src/core/cache/content-codec';
import { createCueReader } from '../../../src/core/cues/cue-hits';
import { readNoteCues } from '../../../src/core/cues/note-cues';
import { VaultIndex, type SourceFile } from '../../../src/core/index/vault-index';
import { defaultDefinitions } from '../../../src/core/taxonomy/default-taxonomy';
import { readFixtureVault } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const client = noteText('type: client\naliases: [Sam]', 'Referred by her GP in January.');
const session = noteText('type: session\nclient: "[[C-014]]"\ndate: 2026-02-03', 'Sam talked about the move.');

const paths = (index: VaultIndex): string[] => [...index.entries()].map(([path]) => path).sort();

// The graph's notes are the index's only store of parsed content: these pin what that store must do.
describe('VaultIndex: parsed content kept once per file version', () => {
  it('reads a file again only when its stamp changes, and keeps the stamp on the note', () => {
    const index = new VaultIndex();
    index.upsert({ path: 'Clients/C-014.md', data: client, mtime: 10, size: 60 });
    index.upsert({ path: 'Clients/C-014.md', data: client, mtime: 10, size: 60 });
    expect(index.parseCount).toBe(1);
    expect(index.graph.note('Clients/C-014.md')?.stamp).toBe('10:60');
    index.upsert({ path: 'Clients/C-014.md', data: client, mtime: 11, size: 60 });
    expect(index.parseCount).toBe(2);
  });

  it('keeps an unreadable file as a note with its diagnostic, out of the cache, and reads it once it can be read', () => {
    const index = new VaultIndex();
    index.upsert({ path: 'Clients/C-014.md', data: '', mtime: 10, size: 60, readError: 'This file could not be read.' });
    expect(index.graph.note('Clients/C-014.md')?.diagnostics.map((d) => d.message)).toContain('This file could not be read.');
    expect(paths(index)).toEqual([]);
    // The same stamp as the failed read: the file is read, not taken for the version already held.
    index.upsert({ path: 'Clients/C-014.md', data: client, mtime: 10, size: 60 });
    expect(index.graph.note('Clients/C-014.md')?.content.kind).toBe('client');
    expect(paths(index)).toEqual(['Clients/C-014.md']);
  });

  it('hands over the notes a bulk load has collected so far, and forgets one removed or renamed before the load ends', () => {
    const index = new VaultIndex();
    index.startBulk();
    index.upsert({ path: 'Clients/C-014.md', data: client });
    index.upsert({ path: 'Sessions/2026-02-03 C-014.md', data: session });
    index.upsert({ path: 'Sessions/draft.md', data: session });
    expect(paths(index)).toEqual(['Clients/C-014.md', 'Sessions/2026-02-03 C-014.md', 'Sessions/draft.md']);
    index.remove('Sessions/2026-02-03 C-014.md');
    index.rename('Sessions/draft.md', 'Sessions/2026-02-04 C-014.md');
    index.finishBulk();
    expect([...index.notes()].map((note) => note.path).sort()).toEqual(['Clients/C-014.md', 'Sessions/2026-02-04 C-014.md']);
    expect(index.parseCount).toBe(3);
    expect(index.graph.clientOf('Sessions/2026-02-04 C-014.md')).toBe('Clients/C-014.md');
  });

  it('carries parsed content and its stamp over a rename, and into another index', () => {
    const index = new VaultIndex();
    index.upsert({ path: 'Clients/C-014.md', data: client });
    index.upsert({ path: 'Sessions/2026-02-03 C-014.md', data: session });
    index.rename('Clients/C-014.md', 'Clients/C-014 Sam.md');
    expect(index.parseCount).toBe(2);
    const taken = new VaultIndex();
    taken.restoreAll(index.parsedNotes());
    expect(taken.parseCount).toBe(0);
    expect(paths(taken)).toEqual(['Clients/C-014 Sam.md', 'Sessions/2026-02-03 C-014.md']);
    expect(taken.graph.note('Clients/C-014 Sam.md')?.stamp).toBe(index.graph.note('Clients/C-014 Sam.md')?.stamp);
  });

  it('reads several files together as one at a time would: the same notes, in the same order, each parsed once', () => {
    const reader = createCueReader(defaultDefinitions());
    const readCues = (content: Parameters<typeof readNoteCues>[0]) => readNoteCues(content, reader);
    const files: SourceFile[] = Object.entries(readFixtureVault('test/fixtures/vaults/evaluation')).map(([path, data], n) => ({ path, data, mtime: n, size: data.length }));
    files.splice(3, 0, { path: 'Admin/scan.pdf', data: 'not a note' }, { path: 'Sessions/locked.md', data: '', readError: 'This file could not be read.' });
    // A note already held at its stamp is placed again, not parsed again.
    const held: SourceFile = files[0];
    const kept = (index: VaultIndex) => [...index.entries()].map(([path, stamp, content]) => [path, stamp, encodeContent(content)]);

    const oneByOne = new VaultIndex(undefined, readCues);
    oneByOne.upsert(held);
    for (const f of files) oneByOne.upsert(f);
    const together = new VaultIndex(undefined, readCues);
    together.upsert(held);
    together.upsertAll(files);

    expect(kept(together)).toEqual(kept(oneByOne));
    expect([...together.notes()].map((note) => note.path)).toEqual([...oneByOne.notes()].map((note) => note.path));
    expect(kept(together).length).toBe(files.length - 2);
    expect(together.parseCount).toBe(oneByOne.parseCount);
    expect(together.parseCount).toBe(files.length - 2);
    expect(together.graph.note('Sessions/locked.md')?.diagnostics.map((d) => d.message)).toContain('This file could not be read.');
    expect(kept(together).some(([, , content]) => JSON.stringify(content).includes('"cold"'))).toBe(true);
  });
});

