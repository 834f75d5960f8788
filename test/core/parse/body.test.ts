import { describe, expect, it } from 'vitest';
import { readBody } from '../../../src/core/parse/body';
import { ReadBlock } from '../../../src/core/parse/read-block';

const read = (body: string, blocks = true) => readBody(body, 1, { blocks, allowRemark: true });

describe('readBody', () => {
  it('finds links and tags with their lines, skipping fenced code and inline code', () => {
    const body = [
      '# Session',
      'Talked about [[C-014|Sam]] and #dynamic/rescuing.',
      '```',
      '[[Not a link]] #not-a-tag',
      '```',
      'Use `[[also not]]` here, see [[Plan]].',
      '~~~~markdown',
      '[[still code]]',
      '~~~~',
    ].join('\n');
    const result = read(body);
    expect(result.links.map((l) => [l.target, l.line])).toEqual([
      ['C-014', 2],
      ['Plan', 6],
    ]);
    expect(result.tags).toEqual([{ tag: 'dynamic/rescuing', line: 2 }]);
    expect(result.reader).toBe('scanner');
  });

  it('does not take headings, numbers or URL fragments for tags', () => {
    const result = read('## Plan\nIssue #12 and https://example.org/#frag, but #for-supervision counts.');
    expect(result.tags.map((t) => t.tag)).toEqual(['for-supervision']);
  });

  it('skips Obsidian and HTML comments and math blocks', () => {
    const result = read('Keep [[A]]\n%% hidden [[B]]\nstill hidden %%\n<!-- [[C]] -->\n$$\n[[D]]\n$$\nend [[E]]');
    expect(result.links.map((l) => l.target)).toEqual(['A', 'E']);
  });

  it('makes its blocks by a constructor, never an object literal, which V8 may start making in the old generation (read-block.ts)', () => {
    const { blocks } = read('## Notes\n\nSam arrived late.\n\n- a list item\n  - under it\n');
    expect(blocks.every((b) => b instanceof ReadBlock)).toBe(true);
    expect(blocks.map((b) => [b.kind, b.section, b.outerItems])).toEqual([
      ['heading', 'Notes', undefined],
      ['paragraph', 'Notes', undefined],
      ['list-item', 'Notes', undefined],
      // Markers blanked, columns kept, as in every block.
      ['list-item', 'Notes', '  a list item'],
    ]);
  });

  it('keeps text blocks with columns intact and markup blanked', () => {
    const body = '## Assessment\nI jumped in with `fix()` for [[C-014|the client]].\n- first point\n  continues here\n> quoted words\n\n> [!note] My callout\n> own words';
    const { blocks, headings } = read(body);
    expect(headings).toEqual([{ text: 'Assessment', level: 2, line: 1 }]);
    expect(blocks.map((b) => [b.kind, b.startLine, b.section])).toEqual([
      ['heading', 1, 'Assessment'],
      ['paragraph', 2, 'Assessment'],
      ['list-item', 3, 'Assessment'],
      ['quote', 5, 'Assessment'],
      ['callout', 7, 'Assessment'],
    ]);
    const paragraph = blocks[1].text;
    expect(paragraph).toHaveLength('I jumped in with `fix()` for [[C-014|the client]].'.length);
    expect(paragraph.replace(/\s+/g, ' ')).toBe('I jumped in with for the client .');
    expect(blocks[2].text).toBe('  first point\n  continues here');
    expect(blocks[4].text.trim().replace(/\s+/g, ' ')).toBe('My callout own words');
  });

  it('reads table rows as blocks and skips the delimiter row', () => {
    const { blocks, links } = read('| Date | Note |\n|---|---|\n| 2026-02-03 | [[C-014]] stuck |');
    expect(blocks.map((b) => b.kind)).toEqual(['table-row', 'table-row']);
    expect(links.map((l) => l.line)).toEqual([3]);
  });

  it('leaves indented code and HTML blocks to remark', () => {
    const result = read('Intro paragraph.\n\n    [[code-link]] indented code\n\n<div>\n[[html-link]]\n</div>\n\nAfter [[real]].');
    expect(result.reader).toBe('remark');
    expect(result.links.map((l) => l.target)).toEqual(['real']);
  });

  it('reads setext headings under a paragraph itself, as remark reads them', () => {
    const result = read('Assessment\n==========\nI jumped in.\n\nPlan for\nnext week\n---\nAfter [[Plan]].');
    expect(result.reader).toBe('scanner');
    expect(result.headings.map((h) => [h.text, h.line])).toEqual([['Assessment', 1], ['Plan for', 5], ['next week', 6]]);
    expect(result.blocks.filter((b) => b.kind === 'paragraph').map((b) => [b.text, b.section])).toEqual([
      ['I jumped in.', 'Assessment'],
      ['After   Plan  .', 'next week'],
    ]);
  });

  it('keeps the tags and closing hashes of a setext heading\'s text, which has no ATX markup to blank', () => {
    const result = read('#dynamic/rescuing noted #\n---');
    expect(result.headings).toEqual([{ text: '#dynamic/rescuing noted #', level: 1, line: 1 }]);
    expect(result.tags.map((t) => t.tag)).toEqual(['dynamic/rescuing']);
  });

  it('does not take a line under a list item, a quote or a table for a setext underline', () => {
    expect(read('- I jumped in\n---').headings).toEqual([]);
    expect(read('> I jumped in\n---').headings).toEqual([]);
    expect(read('| a |\n|---|\nrow\n---').reader).toBe('remark');
  });

  it('reads one-line reference definitions itself and leaves harder ones to remark', () => {
    const refs = read('I jumped in [again][r1].\n\n[r1]: https://example.org/a "Paper"\n[r2]: <notes/a b.md>\n[[Plan]] after.');
    expect(refs.reader).toBe('scanner');
    expect(refs.blocks.map((b) => [b.kind, b.startLine])).toEqual([['paragraph', 1], ['paragraph', 5]]);
    expect(refs.links.map((l) => l.target)).toEqual(['Plan']);
    expect(read('Text.\n\n[r1]: https://example.org/a\n"Title on the next line"').reader).toBe('remark');
    expect(read('Text.\n\n[^1]: A footnote.').reader).toBe('remark');
    // A definition cannot interrupt a paragraph: there it is more of the paragraph's text.
    expect(read('I jumped in\n[r1]: https://example.org/a').blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('asks remark about the blocks around a construct it leaves to it, and reads the rest itself', () => {
    const body = 'I jumped in.\n\n<div>\n[[html-link]]\n</div>\n\n    indented [[code]]\n\nAfter [[real]].';
    const result = read(body);
    expect(result.reader).toBe('remark');
    expect(result.links.map((l) => l.target)).toEqual(['real']);
    expect(result.blocks.map((b) => [b.kind, b.startLine])).toEqual([['paragraph', 1], ['paragraph', 9]]);
  });

  it('does not build blocks when not asked to', () => {
    expect(read('Some text [[A]]', false).blocks).toEqual([]);
  });
});
