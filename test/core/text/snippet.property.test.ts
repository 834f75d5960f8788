import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCursor } from '../../../src/core/text/line-cursor';
import { SentenceSnippets, SNIPPET } from '../../../src/core/text/snippet';

/** The evidence text as it was cut before: the whole sentence flattened again for every cue. */
function referenceSnippet(sentence: string, cueOffset: number): string {
  const flat = sentence.replace(/\s+/g, ' ').trim().replace(/^["”'’]\s+/, '').replace(/ ([,.;:!?)])/g, '$1');
  if (flat.length <= SNIPPET) return flat;
  const leading = sentence.slice(0, cueOffset).replace(/\s+/g, ' ').trimStart().length;
  const from = Math.max(0, Math.min(leading - 40, flat.length - SNIPPET));
  return `${from > 0 ? '…' : ''}${flat.slice(from, from + SNIPPET).trim()}${from + SNIPPET < flat.length ? '…' : ''}`;
}

// Words of many lengths between every kind of white space (and runs of it), quotes, and white
// space or a quote at the start, as a sentence cut from a block begins after the previous one's end.
// Punctuation standing alone is what a link leaves before it (`[[C-014]] :`), which the text closes up.
const word = fc.constantFrom('I', 'jumped', 'in', 'again,', 'to', 'rescue', '“yes”', 'she', 'said', 'looked', 'away', 'é', '"', '’', ',', ':', ')');
// Single plain spaces most often, as most sentences have: those are their own flat form.
const space = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', ' \n ', '');
const start = fc.constantFrom('', ' ', '\n  ', '" ', '’ ', '"');
const sentence = fc
  .tuple(start, fc.array(fc.tuple(word, space), { maxLength: 80, size: 'max' }))
  .map(([opening, parts]) => opening + parts.map(([w, s]) => w + s).join(''));

describe('SentenceSnippets', () => {
  it('cuts each cue the text the one-cue-at-a-time reading cut, for cues asked in text order', () => {
    fc.assert(
      fc.property(sentence, fc.array(fc.nat(), { maxLength: 6 }), (text, offsets) => {
        const snippets = new SentenceSnippets(text);
        for (const offset of offsets.map((o) => o % (text.length + 1)).sort((a, b) => a - b)) {
          expect(snippets.around(offset)).toBe(referenceSnippet(text, offset));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps each evidence text short and its own, however long the sentence', () => {
    const text = 'and then I jumped in again to rescue her while she looked away '.repeat(2000);
    const snippets = new SentenceSnippets(text);
    const cut = [1000, 50_000, 120_000].map((offset) => snippets.around(offset));
    for (const c of cut) expect(c.length).toBeLessThanOrEqual(SNIPPET + 2);
    expect(cut[1].startsWith('…') && cut[1].endsWith('…')).toBe(true);
    expect(cut[0]).not.toBe(cut[1]);
  });
});

describe('LineCursor', () => {
  it('counts the newlines before each offset, asked in order or not', () => {
    const text = 'a\nbb\n\nccc\nd';
    const cursor = new LineCursor(text);
    const expected = (offset: number): number => text.slice(0, offset).split('\n').length - 1;
    for (const offset of [0, 1, 2, 5, 6, 10, 11, 3, 0, 11]) expect(cursor.linesBefore(offset)).toBe(expected(offset));
  });

  it('counts none in a text without newlines, and none past the last', () => {
    const cursor = new LineCursor('one long line');
    expect([0, 4, 13, 20].map((offset) => cursor.linesBefore(offset))).toEqual([0, 0, 0, 0]);
    const ending = new LineCursor('a\nb');
    expect([0, 2, 3, 9].map((offset) => ending.linesBefore(offset))).toEqual([0, 1, 1, 1]);
  });
});
