import { describe, expect, it } from 'vitest';
import { readBody } from '../../../src/core/parse/body';

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

  it('does not build blocks when not asked to', () => {
    expect(read('Some text [[A]]', false).blocks).toEqual([]);
  });
});
