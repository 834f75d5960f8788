import { describe, expect, it } from 'vitest';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { NotePathResolver } from '../../../src/core/vault/note-path-resolver';
import { noteText } from '../../helpers/notes';

/**
 * The command line's resolver against Obsidian's rules, one row per rule. The rules are those of
 * Obsidian's `MetadataCache.getLinkpathDest` (which `getFirstLinkpathDest` takes the first of):
 * rows marked "observed" are what Obsidian 1.13.7 answered in its developer console (as reported in
 * pvliesdonk/markdown-vault-mcp#1380 and #1385, and kepano/obsidian-skills#144 for aliases); the
 * others follow from the order of its steps. Each row builds a vault, writes LINK in a note at
 * SOURCE and reads what the graph made of it: a note's path, `null` for an unresolved link, or
 * LEFT_OUT when it is not a relationship at all (an attachment, the note itself).
 */
const LEFT_OUT = Symbol('left out');
type Row = { rule: string; files: string[]; source: string; link: string; expect: string | null | typeof LEFT_OUT };

const CLIENT = 'Clients/C-014.md';
const READING = ['Reading/Grief models.md', 'Reading/Deep/Notes.md', CLIENT];

const ROWS: Row[] = [
  { rule: 'a file name, anywhere in the vault', files: READING, source: 'Sessions/x.md', link: '[[Grief models]]', expect: 'Reading/Grief models.md' },
  { rule: 'case-insensitive', files: READING, source: 'Sessions/x.md', link: '[[grief MODELS]]', expect: 'Reading/Grief models.md' },
  { rule: '.md given', files: READING, source: 'Sessions/x.md', link: '[[Grief models.md]]', expect: 'Reading/Grief models.md' },
  { rule: '.md given in capitals', files: READING, source: 'Sessions/x.md', link: '[[Grief models.MD]]', expect: 'Reading/Grief models.md' },
  { rule: 'a dot in the name is not an extension', files: ['Plans/v1.2 plan.md'], source: 'x.md', link: '[[v1.2 plan]]', expect: 'Plans/v1.2 plan.md' },
  { rule: 'a heading is stripped', files: READING, source: 'Sessions/x.md', link: '[[Grief models#Stages of grief]]', expect: 'Reading/Grief models.md' },
  { rule: 'a block reference is stripped', files: READING, source: 'Sessions/x.md', link: '[[Grief models#^a1b2c3]]', expect: 'Reading/Grief models.md' },
  { rule: 'display text is stripped', files: READING, source: 'Sessions/x.md', link: '[[Grief models|the models]]', expect: 'Reading/Grief models.md' },
  { rule: 'heading and display text', files: READING, source: 'Sessions/x.md', link: '[[grief models#Stages|stages]]', expect: 'Reading/Grief models.md' },
  { rule: 'an embed of a note is a link to it', files: READING, source: 'Sessions/x.md', link: '![[Grief models]]', expect: 'Reading/Grief models.md' },
  { rule: 'a full vault path', files: ['Archive/Notes.md', 'Supervision/Notes.md'], source: 'Supervision/x.md', link: '[[Archive/Notes]]', expect: 'Archive/Notes.md' },
  { rule: 'a path suffix', files: READING, source: 'Sessions/x.md', link: '[[Deep/Notes]]', expect: 'Reading/Deep/Notes.md' },
  { rule: 'a path that ends nowhere', files: READING, source: 'Sessions/x.md', link: '[[Nowhere/Notes]]', expect: null },
  { rule: 'a leading slash is the vault root', files: ['Notes.md', 'Reading/Notes.md'], source: 'Reading/x.md', link: '[[/Notes]]', expect: 'Notes.md' },
  { rule: 'a leading slash matches no suffix', files: READING, source: 'Sessions/x.md', link: '[[/Deep/Notes]]', expect: null },
  { rule: 'observed: a shared name, the linking note\'s folder first', files: ['Archive/Plan.md', 'Supervision/Plan.md'], source: 'Supervision/x.md', link: '[[Plan]]', expect: 'Supervision/Plan.md' },
  { rule: 'observed: a shared name, else the shortest path', files: ['Archive/Plan.md', 'Supervision/Plan.md'], source: 'Sessions/x.md', link: '[[Plan]]', expect: 'Archive/Plan.md' },
  { rule: 'observed: the shortest path string, not the fewest folders', files: ['zzzz/Note.md', 'a/b/Note.md'], source: 'x.md', link: '[[Note]]', expect: 'a/b/Note.md' },
  { rule: 'observed: the vault root\'s note of that path wins over one beside the linking note', files: ['Note.md', 'Supervision/Note.md'], source: 'Supervision/x.md', link: '[[Note]]', expect: 'Note.md' },
  { rule: 'observed: an ancestor folder counts for nothing', files: ['zzzz/Note.md', 'b/Note.md'], source: 'zzzz/deep/x.md', link: '[[Note]]', expect: 'b/Note.md' },
  { rule: 'a folder under the linking note\'s counts as its own', files: ['Archive/Plan.md', 'Supervision/2026/Plan.md'], source: 'Supervision/x.md', link: '[[Plan]]', expect: 'Supervision/2026/Plan.md' },
  { rule: './ is the linking note\'s folder', files: ['Archive/Plan.md', 'Supervision/Plan.md'], source: 'Archive/x.md', link: '[[./Plan]]', expect: 'Archive/Plan.md' },
  { rule: '../ is the folder above it', files: READING, source: 'Sessions/x.md', link: '[[../Reading/Grief models]]', expect: 'Reading/Grief models.md' },
  { rule: 'observed: a markdown link is looked up in the whole vault', files: ['Sub/My Note.md'], source: 'x.md', link: '[see](My%20Note.md)', expect: 'Sub/My Note.md' },
  { rule: 'a markdown link\'s path is from the vault root, not the linking note', files: ['Reading/Grief models.md', 'Sessions/Reading/Grief models.md'], source: 'Sessions/x.md', link: '[models](Reading/Grief%20models.md)', expect: 'Reading/Grief models.md' },
  { rule: 'a relative markdown link', files: READING, source: 'Sessions/x.md', link: '[models](../Reading/Grief%20models.md#Stages)', expect: 'Reading/Grief models.md' },
  { rule: 'observed: an alias is not a link target', files: READING, source: 'Sessions/x.md', link: '[[Sam]]', expect: null },
  { rule: 'an alias is not a link target, even in a property', files: READING, source: 'Sessions/x.md', link: '', expect: null },
  { rule: 'the client\'s file name is', files: READING, source: 'Sessions/x.md', link: '[[c-014]]', expect: CLIENT },
  { rule: 'an unknown name', files: READING, source: 'Sessions/x.md', link: '[[C-099]]', expect: null },
  { rule: 'a note\'s own heading is the note itself', files: READING, source: 'Sessions/x.md', link: '[[#Plan]]', expect: LEFT_OUT },
  { rule: 'an image is an attachment', files: READING, source: 'Sessions/x.md', link: '![[photo.png]]', expect: LEFT_OUT },
  { rule: 'a PDF is an attachment', files: READING, source: 'Sessions/x.md', link: '[[Referral letter.pdf]]', expect: LEFT_OUT },
  { rule: 'unicode and spaces', files: ['Über Café/Résumé ñ.md'], source: 'x.md', link: '[[résumé Ñ]]', expect: 'Über Café/Résumé ñ.md' },
];

function resolveRow(row: Row): string | null | typeof LEFT_OUT {
  const index = new VaultIndex();
  for (const path of row.files) {
    const text = path === CLIENT ? noteText('type: client\ncode: C-014\naliases: [Sam]', '') : '# Note\n';
    index.upsert({ path, data: text });
  }
  // The one row without a body link puts the alias in a session's `client` property.
  const source = row.link === '' ? noteText('type: session\nclient: "[[Sam]]"', '') : `# Session\nSee ${row.link} today.\n`;
  index.upsert({ path: row.source, data: source });
  const links = index.graph.links(row.source);
  if (links.length === 0) return LEFT_OUT;
  return links[0].target ?? null;
}

describe('the command line resolves links as Obsidian does', () => {
  it.each(ROWS)('$rule: $link from $source', (row) => {
    expect(resolveRow(row)).toBe(row.expect);
  });
});

describe('NotePathResolver', () => {
  it('resolves as notes come and go', () => {
    const resolver = new NotePathResolver();
    resolver.noteAdded('A/Plan.md');
    expect(resolver.resolve('Plan', 'B/x.md')).toBe('A/Plan.md');
    resolver.noteAdded('B/Plan.md');
    expect(resolver.resolve('Plan', 'B/x.md')).toBe('B/Plan.md');
    resolver.noteRemoved('B/Plan.md');
    resolver.noteRemoved('A/Plan.md');
    expect(resolver.resolve('Plan', 'B/x.md')).toBeUndefined();
  });

  it('of two paths as long, takes the one that sorts first, whatever order the notes came in', () => {
    for (const order of [['B/Plan.md', 'A/Plan.md'], ['A/Plan.md', 'B/Plan.md']]) {
      const resolver = new NotePathResolver();
      for (const path of order) resolver.noteAdded(path);
      expect(resolver.resolve('Plan', 'C/x.md')).toBe('A/Plan.md');
    }
  });

  it('takes `[[#Heading]]` as the linking note itself', () => {
    expect(new NotePathResolver().resolve('', 'Sessions/x.md')).toBe('Sessions/x.md');
  });
});

describe('a file name many notes share', () => {
  /** Step 5 as a search over every note of the name: what the resolver did for every name before it looked shared names up. */
  function searched(paths: readonly string[], name: string, source: string): string | undefined {
    const wanted = name.toLowerCase();
    const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/')).toLowerCase() : '';
    const same = paths.filter((p) => (p.includes('/') ? p.slice(p.lastIndexOf('/') + 1) : p).toLowerCase() === wanted);
    const atRoot = same.filter((p) => p.toLowerCase() === wanted).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
    if (atRoot) return atRoot;
    const best = (list: string[]) => list.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
    return best(same.filter((p) => p.toLowerCase().startsWith(folder))) ?? best([...same]);
  }

  it('is looked up, and goes where searching every note of the name goes, from every folder', () => {
    let seed = 7;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const folders = ['', 'Clients/', 'Clients/C-1/', 'Clients/C-10/', 'Clients/C-1/old/', 'Archive/', 'Archive/Clients/C-1/', 'summ/', 'Sessions/C-1/'];
    for (let round = 0; round < 40; round++) {
      const resolver = new NotePathResolver();
      const paths = [...new Set(Array.from({ length: 9 + random(12) }, () => `${folders[random(folders.length)]}${random(2) ? 'Summary' : 'summary'}${random(3) === 0 ? ` ${random(3)}` : ''}.md`))];
      for (const path of paths) resolver.noteAdded(path);
      for (const folder of folders) {
        const source = `${folder}2026-03-02 C-1.md`;
        for (const name of ['Summary', 'summary 1']) expect(resolver.resolve(name, source), `${name} from ${source} in ${paths.join(', ')}`).toBe(searched(paths, `${name}.md`, source));
      }
    }
  });

  it('resolves in time linear in the links: a vault of folders each with its own Summary note', () => {
    const resolver = new NotePathResolver();
    const clients = 4000;
    for (let c = 0; c < clients; c++) resolver.noteAdded(`Clients/C-${c}/Summary.md`);
    // Each link is answered from the name's index, made once: not a walk of every Summary note.
    for (let c = 0; c < clients; c++) expect(resolver.resolve('Summary', `Clients/C-${c}/2026-03-02 C-${c}.md`)).toBe(`Clients/C-${c}/Summary.md`);
  });
});
