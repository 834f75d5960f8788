import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankCodeSpans, readInline } from '../../../src/core/parse/inline';
import { findLinks, parseMarkdownTarget, parseWikiInner } from '../../../src/core/parse/link-syntax';

/** Code spans as they were blanked before: each opening run looked for its closing run from scratch. */
function referenceBlankCodeSpans(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      const next = text.indexOf('`', i);
      const end = next < 0 ? text.length : next;
      out += text.slice(i, end);
      i = end;
      continue;
    }
    let run = 0;
    while (text[i + run] === '`') run++;
    let close = text.indexOf('`', i + run);
    while (close >= 0) {
      let length = 0;
      while (text[close + length] === '`') length++;
      if (length === run) break;
      close = text.indexOf('`', close + length);
    }
    if (close < 0) {
      out += text.slice(i, i + run);
      i += run;
    } else {
      out += ' '.repeat(close + run - i);
      i = close + run;
    }
  }
  return out;
}

/** Links as they were found before: each markdown link compared with every link found so far. */
function referenceLinkTargets(text: string): string[] {
  const found: { index: number; length: number; target: string }[] = [];
  for (const m of text.matchAll(/(!?)\[\[([^[\]\n]+?)\]\]/g)) {
    const ref = parseWikiInner(m[2], m[1] === '!');
    if (ref) found.push({ index: m.index, length: m[0].length, target: ref.target });
  }
  const markdown = /(!?)\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(\s*(<[^>\n]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
  for (const m of text.matchAll(markdown)) {
    if (found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
    const ref = parseMarkdownTarget(m[3], m[1] === '!');
    if (ref) found.push({ index: m.index, length: m[0].length, target: ref.target });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.target);
}

const line = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 60, size: 'max' }).map((p) => p.join(''));

describe('inline reading on long lines', () => {
  it('blanks the code spans the one-run-at-a-time search blanked', () => {
    fc.assert(
      fc.property(line(['`', '``', '```', 'a', ' ', '[[x]]']), (text) => {
        expect(blankCodeSpans(text)).toBe(referenceBlankCodeSpans(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the links the all-pairs overlap check found', () => {
    fc.assert(
      fc.property(line(['[[', ']]', '[', ']', '(', ')', 'a', 'b.md', ' ', '|', '!', '#h', '[[A]]', '[t](N.md)', '[[B|[x](C.md)]]']), (text) => {
        expect(findLinks(text).map((l) => l.ref.target)).toEqual(referenceLinkTargets(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('blanks link markup and keeps labels as blanking character by character did', () => {
    // The blanking as it was: a character array, each link's markup set to spaces outside its label.
    const reference = (text: string): string => {
      const chars = text.split('');
      for (const m of findLinks(text)) {
        for (let i = m.index; i < m.index + m.length; i++) if (i < m.labelIndex || i >= m.labelIndex + m.labelLength) chars[i] = ' ';
      }
      return chars.join('');
    };
    fc.assert(
      fc.property(line(['[[', ']]', '[', ']', '(', ')', 'a', 'b.md', ' ', '|', '!', '#h', '[[A]]', '[[A|lab]]', '[t](N.md)', '![i](p.png)', '[[B|[x](C.md)]]']), (text) => {
        expect(readInline(text, 1).prose).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a tag up to its trailing slashes and hyphens, however many', () => {
    expect(readInline(`#plan/-/-/ and #a${'-/'.repeat(50_000)}`, 1).tags.map((t) => t.tag)).toEqual(['plan', 'a']);
  });
});
