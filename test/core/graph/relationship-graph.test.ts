import { describe, expect, it } from 'vitest';
import { graphDocument } from '../../../src/core/graph/graph-document';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { noteText } from '../../helpers/notes';

function vault(files: Record<string, string>): VaultIndex {
  const index = new VaultIndex();
  for (const [path, data] of Object.entries(files)) index.upsert({ path, data });
  return index;
}

const practice = {
  'People/Robin.md': noteText('type: person\nrole: practitioner', ''),
  'People/Ann.md': noteText('type: person', ''),
  'Clients/C-014.md': noteText('type: client\naliases: [Sam]', ''),
  'Clients/C-021.md': noteText('type: client', ''),
  'Clients/C-033.md': noteText('type: client', ''),
  'Sessions/2026-02-03 C-014.md': noteText('type: session\nclient: "[[C-014]]"\npractitioner: "[[Robin]]"', 'Talked about grief.'),
  'Sessions/2026-02-05 C-021.md': noteText('type: session\nclient: "[[Jordan-missing]]"', 'See [[2026-02-24 Supervision]].'),
  'Sessions/2026-02-06 C-033.md': noteText('type: session\nclient: "[[C-033]]"', 'See [[2026-02-24 Supervision]] for context.'),
  'Supervision/2026-02-24 Supervision.md': noteText(
    'type: supervision\nsupervisor: "[[Ann]]"\nsupervisee: "[[Robin]]"\ncases: ["[[2026-02-03 C-014]]", "C-077"]',
    'Discussed [[Sam]] briefly.',
  ),
  'Reflections/2026-02-15.md': noteText('type: reflection', 'After [[2026-02-03 C-014]] I felt heavy.'),
  'Reading/Karpman.md': '# Karpman\nSee [[C-014]].',
};

describe('RelationshipGraph', () => {
  const index = vault(practice);
  const doc = graphDocument(index.graph, { includePrivate: true });
  const typed = (type: string) => doc.edges.filter((e) => e.type === type).map((e) => `${e.from} -> ${e.to}`);

  it('links sessions to their client, resolved or not', () => {
    expect(typed('session-of')).toEqual([
      'Sessions/2026-02-03 C-014.md -> Clients/C-014.md',
      'Sessions/2026-02-05 C-021.md -> jordan-missing',
      'Sessions/2026-02-06 C-033.md -> Clients/C-033.md',
    ]);
  });

  it('finds every client a supervision discusses (SPEC section 2)', () => {
    expect(typed('discusses')).toEqual([
      // via a linked session note, via an unresolved link naming the alias Sam, via cases without a note, and via sessions that link back
      'Supervision/2026-02-24 Supervision.md -> Clients/C-014.md',
      'Supervision/2026-02-24 Supervision.md -> Clients/C-033.md',
      'Supervision/2026-02-24 Supervision.md -> c-077',
      'Supervision/2026-02-24 Supervision.md -> jordan-missing',
    ]);
  });

  it('records who supervises whom and what a reflection reflects on', () => {
    expect(typed('supervised-by')).toEqual(['Supervision/2026-02-24 Supervision.md -> People/Ann.md']);
    expect(typed('supervises')).toEqual(['People/Ann.md -> People/Robin.md']);
    expect(typed('reflects-on')).toEqual(['Reflections/2026-02-15.md -> Sessions/2026-02-03 C-014.md']);
  });

  it('types people by role or by how they are referred to, and keeps unresolved targets as nodes', () => {
    const type = (id: string) => doc.nodes.find((n) => n.id === id)?.type;
    expect(type('People/Robin.md')).toBe('practitioner');
    expect(type('People/Ann.md')).toBe('supervisor');
    expect(type('Reading/Karpman.md')).toBe('note');
    expect(doc.nodes.find((n) => n.id === 'c-077')).toEqual({ id: 'c-077', type: 'unresolved', path: null, label: 'C-077' });
  });

  it('counts links and unresolved links', () => {
    // Jordan-missing, C-077, and Sam: an alias is not a link target, as in Obsidian.
    expect(index.stats()).toMatchObject({ notes: 11, links: 13, unresolvedLinks: 3 });
    expect(index.graph.links('Supervision/2026-02-24 Supervision.md').find((l) => l.link.target === 'Sam')?.target).toBeUndefined();
  });

  it('updates discusses when a session changes client', () => {
    const i = vault(practice);
    i.upsert({ path: 'Sessions/2026-02-06 C-033.md', data: noteText('type: session\nclient: "[[C-021]]"', 'See [[2026-02-24 Supervision]].') });
    const discusses = graphDocument(i.graph, { includePrivate: true }).edges.filter((e) => e.type === 'discusses').map((e) => e.to);
    expect(discusses).toContain('Clients/C-021.md');
    expect(discusses).not.toContain('Clients/C-033.md');
  });

  it('resolves a waiting link when its note appears, and unresolves it when the note goes', () => {
    const i = vault(practice);
    i.upsert({ path: 'Clients/Jordan-missing.md', data: noteText('type: client', '') });
    expect(i.graph.clientOf('Sessions/2026-02-05 C-021.md')).toBe('Clients/Jordan-missing.md');
    i.remove('Clients/Jordan-missing.md');
    expect(i.graph.clientOf('Sessions/2026-02-05 C-021.md')).toBe('jordan-missing');
  });

  it('follows a rename: links to the old name become unresolved, parsed content is reused', () => {
    const i = vault(practice);
    const parses = i.parseCount;
    i.rename('Clients/C-033.md', 'Clients/C-033 Alex.md');
    expect(i.parseCount).toBe(parses);
    expect(i.graph.clientOf('Sessions/2026-02-06 C-033.md')).toBe('c-033');
    expect(i.graph.note('Clients/C-033 Alex.md')?.content.kind).toBe('client');
  });

  it('keeps an edge that several notes imply until the last of them goes', () => {
    // Every supervision with Ann and Robin says Ann supervises Robin.
    const i = vault({
      'People/Ann.md': noteText('type: person', ''),
      'People/Robin.md': noteText('type: person', ''),
      'Supervision/a.md': noteText('type: supervision\nsupervisor: "[[Ann]]"\nsupervisee: "[[Robin]]"', ''),
      'Supervision/b.md': noteText('type: supervision\nsupervisor: "[[Ann]]"\nsupervisee: "[[Robin]]"', ''),
      'Supervision/c.md': noteText('type: supervision\nsupervisor: "[[Ann]]"\nsupervisee: "[[Robin]]"', ''),
    });
    const supervises = (): string[] => i.graph.edgesOut('People/Ann.md', 'supervises').map((e) => e.to);
    expect(supervises()).toEqual(['People/Robin.md']);
    i.remove('Supervision/a.md');
    expect(supervises()).toEqual(['People/Robin.md']);
    // A note that no longer implies it lets go of its share too.
    i.upsert({ path: 'Supervision/b.md', data: noteText('type: supervision\nsupervisor: "[[Ann]]"', '') });
    expect(supervises()).toEqual(['People/Robin.md']);
    i.remove('Supervision/c.md');
    expect(supervises()).toEqual([]);
    expect(i.graph.edgesIn('People/Robin.md', 'supervises')).toEqual([]);
  });

  it('parses an unchanged note only once', () => {
    const i = vault(practice);
    const parses = i.parseCount;
    i.upsert({ path: 'Clients/C-014.md', data: practice['Clients/C-014.md'] });
    expect(i.parseCount).toBe(parses);
    i.upsert({ path: 'Clients/C-014.md', data: practice['Clients/C-014.md'] + '\nMore.' });
    expect(i.parseCount).toBe(parses + 1);
  });

  describe('a client named by code or alias (SPEC section 2)', () => {
    const supervision = 'Supervision/2026-03-03.md';
    const discussed = (i: VaultIndex): string[] => i.graph.edgesOut(supervision, 'discusses').map((e) => e.to).sort();
    const named = () =>
      vault({
        'Clients/Sam Jones.md': noteText('type: client\ncode: C-040\naliases: [Sam]', ''),
        [supervision]: noteText('type: supervision\ncases: [C-040]', 'We came back to [[Sam]].'),
      });

    it('is discussed by a `cases` value or an unresolved link that names it, though neither link resolves', () => {
      const i = named();
      expect(i.graph.links(supervision).map((l) => l.target)).toEqual([undefined, undefined]);
      expect(discussed(i)).toEqual(['Clients/Sam Jones.md']);
    });

    it('is no longer once neither name is its own, and is again when one is', () => {
      const i = named();
      i.upsert({ path: 'Clients/Sam Jones.md', data: noteText('type: client\ncode: C-041\naliases: [Samuel]', '') });
      expect(discussed(i)).toEqual(['c-040']);
      i.upsert({ path: 'Clients/Sam Jones.md', data: noteText('type: client\ncode: C-041\naliases: [Sam]', '') });
      expect(discussed(i)).toEqual(['Clients/Sam Jones.md', 'c-040']);
    });

    it('gives way to a note of that name, which the link then resolves to', () => {
      const i = named();
      i.upsert({ path: 'People/Sam.md', data: noteText('type: person', '') });
      expect(i.graph.links(supervision).map((l) => l.target)).toEqual([undefined, 'People/Sam.md']);
      // Still discussed: `cases: C-040` names the client by code.
      expect(discussed(i)).toEqual(['Clients/Sam Jones.md']);
      i.remove('Clients/Sam Jones.md');
      expect(discussed(i)).toEqual(['c-040']);
    });
  });
});
