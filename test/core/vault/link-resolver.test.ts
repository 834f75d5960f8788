import { describe, expect, it } from 'vitest';
import type { LinkRef } from '../../../src/core/model/note';
import { LinkResolver } from '../../../src/core/vault/link-resolver';

function resolverWith(files: Record<string, string[]>): LinkResolver {
  const resolver = new LinkResolver();
  for (const [path, aliases] of Object.entries(files)) resolver.add(path, aliases);
  return resolver;
}

const wiki = (target: string): LinkRef => ({ target, syntax: 'wiki' });
const markdown = (target: string): LinkRef => ({ target, syntax: 'markdown', relative: true });

describe('LinkResolver', () => {
  const resolver = resolverWith({
    'Clients/C-014.md': ['Sam'],
    'Sessions/C-014/2026-02-03 C-014.md': [],
    'Supervision/Notes.md': [],
    'Archive/Notes.md': [],
    'Notes.md': [],
    'Reading/Deep/Notes.md': [],
    'Reading/Grief models.md': [],
    'Über Café/Résumé ñ.md': [],
  });

  it('resolves by name, case-insensitively, with or without .md', () => {
    expect(resolver.resolve(wiki('c-014'), 'x.md')).toBe('Clients/C-014.md');
    expect(resolver.resolve(wiki('C-014.md'), 'x.md')).toBe('Clients/C-014.md');
  });

  it('resolves an exact vault path first', () => {
    expect(resolver.resolve(wiki('Archive/Notes'), 'Supervision/x.md')).toBe('Archive/Notes.md');
  });

  it('prefers the linking note\'s folder for a shared name, else the shortest path', () => {
    expect(resolver.resolve(wiki('Notes'), 'Supervision/2026-02-24.md')).toBe('Supervision/Notes.md');
    expect(resolver.resolve(wiki('Notes'), 'Sessions/x.md')).toBe('Notes.md');
  });

  it('resolves a partial path by its ending', () => {
    expect(resolver.resolve(wiki('Deep/Notes'), 'x.md')).toBe('Reading/Deep/Notes.md');
  });

  it('resolves aliases after names', () => {
    expect(resolver.resolve(wiki('sam'), 'x.md')).toBe('Clients/C-014.md');
  });

  it('resolves relative markdown links from the linking note\'s folder', () => {
    expect(resolver.resolve(markdown('../Reading/Grief models.md'), 'Sessions/x.md')).toBe('Reading/Grief models.md');
    expect(resolver.resolve(markdown('Reading/Grief models.md'), 'Sessions/x.md')).toBe('Reading/Grief models.md');
  });

  it('resolves unicode and spaces in names', () => {
    expect(resolver.resolve(wiki('résumé ñ'), 'x.md')).toBe('Über Café/Résumé ñ.md');
  });

  it('leaves unknown targets unresolved', () => {
    expect(resolver.resolve(wiki('C-099'), 'x.md')).toBeUndefined();
    expect(resolver.resolve(wiki('Nowhere/Notes'), 'x.md')).toBeUndefined();
  });

  it('forgets removed notes', () => {
    const r = resolverWith({ 'A/Plan.md': ['P'], 'B/Plan.md': [] });
    r.remove('A/Plan.md', ['P']);
    expect(r.resolve(wiki('Plan'), 'A/x.md')).toBe('B/Plan.md');
    expect(r.resolve(wiki('P'), 'x.md')).toBeUndefined();
  });
});
