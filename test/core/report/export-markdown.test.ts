import { describe, expect, it } from 'vitest';
import { noteLink, plain } from '../../../src/core/report/export-markdown';

describe('links in the notes the plugin writes', () => {
  it('links a note by its path, shown by its name', () => {
    expect(noteLink('Sessions/C-014/2026-02-03 C-014.md')).toBe('[[Sessions/C-014/2026-02-03 C-014|2026-02-03 C-014]]');
  });

  it('shows as plain text a name a link cannot hold, so that no file name can embed or link another note', () => {
    const hostile = 'Sessions/C-014/2026-02-26 C-014 ]] ![[2026-02-15 Reflection]] [[.md';
    const shown = noteLink(hostile);
    expect(shown).not.toMatch(/(^|[^\\])\[\[/);
    expect(shown).toBe(plain('2026-02-26 C-014 ]] ![[2026-02-15 Reflection]] [['));
    for (const name of ['a | b', 'a #tag', 'a ^block', 'a [b]']) expect(noteLink(`Sessions/${name}.md`)).toBe(plain(name));
  });
});
