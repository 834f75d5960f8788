import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCueReader } from '../../../src/core/cues/cue-hits';
import { readNoteCues } from '../../../src/core/cues/note-cues';
import type { NoteContent } from '../../../src/core/model/note';
import { parseNoteContent, placeNote } from '../../../src/core/parse/parse-note';
import { defaultDefinitions } from '../../../src/core/taxonomy/default-taxonomy';
import { HOSTILE_SHAPES, TYPE_AND_DATE, type HostileVariant } from '../../helpers/hostile-notes';

const options = { maxTextLength: 1_000_000 };
const reader = createCueReader(defaultDefinitions());

/** A note as the index reads it: parsed, then its cues read. */
function read(text: string): NoteContent {
  const parsed = parseNoteContent(text, options);
  return { ...parsed, cueHits: readNoteCues(parsed, reader) };
}

/** Sizes inside `npm test` stay small enough for a few seconds; the fuzzer (`npm run fuzz`) reads them at full size. */
const MAX_SIZE = 300;

const variant: fc.Arbitrary<HostileVariant> = fc.record({
  words: fc.array(fc.constantFrom('I jumped in', 'she looked away', "didn't", 'if', 'but', '"I should have known"', '[', '`code`', '#tag', '[[C-014]]', 'é', '\t', '  '), { minLength: 1, maxLength: 6 }),
  eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
  breakEvery: fc.constantFrom(0, 1, 7, 50),
});
const hostile = fc.record({ shape: fc.constantFrom(...Object.keys(HOSTILE_SHAPES)), n: fc.integer({ min: 1, max: MAX_SIZE }), variant });

describe('parsing hostile notes of any size', () => {
  it('never fails, and keeps the note\'s type and date and every line within the note', () => {
    fc.assert(
      fc.property(hostile, ({ shape, n, variant }) => {
        const text = HOSTILE_SHAPES[shape](n, variant);
        const content = read(text);
        expect(content.diagnostics.filter((d) => d.code === 'read-error')).toEqual([]);
        const note = placeNote('Sessions/C-014.md', content, 'Templates');
        expect([note.content.kind, note.date]).toEqual([TYPE_AND_DATE.kind, TYPE_AND_DATE.date]);
        const lines = text.split(/\r\n?|\n/).length;
        for (const item of [...content.diagnostics, ...content.links, ...content.tags, ...content.headings, ...content.cueHits]) {
          expect(item.line).toBeGreaterThanOrEqual(1);
          expect(item.line).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a note whose one line holds 140,000 links (a spread of them into push threw, and the note was lost)', () => {
    const content = parseNoteContent(HOSTILE_SHAPES['links on one line'](140_000), options);
    expect([content.kind, content.propertyDate]).toEqual([TYPE_AND_DATE.kind, TYPE_AND_DATE.date]);
    expect(content.links.filter((l) => l.line === 6)).toHaveLength(140_000);
  });
});
