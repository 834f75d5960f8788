import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, writeJson } from '../../src/cli/write-json';

describe('JSON written in pieces', () => {
  it('is JSON.stringify(value, null, 2) byte for byte, at any depth of pieces', () => {
    // Sparse arrays, undefined, functions, dates (toJSON), NaN and -0: the cases JSON.stringify treats specially.
    const value = fc.anything({ withSparseArray: true, withDate: true, withNullPrototype: true, withBigInt: false, withMap: false, withSet: false, withBoxedValues: false });
    const extra = fc.constantFrom(undefined, () => 1, Symbol('s'), 'line\nbreak', [undefined, () => 1]);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(value, extra)), fc.array(fc.oneof(value, extra)), fc.integer({ min: 0, max: 5 }), (object, array, depth) => {
        for (const doc of [object, array, { object, array, nested: [object, [array]] }]) {
          expect([...jsonPieces(doc, depth)].join('')).toBe(JSON.stringify(doc, null, 2));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes a large document in several batches that join to the same document', () => {
    const doc = { schema: 'x', stats: { notes: 3 }, flags: Array.from({ length: 5000 }, (_, i) => ({ id: `f${i}`, evidence: [{ text: 'Sam "quiet"\n' + i }] })), diagnostics: [] };
    const writes: string[] = [];
    writeJson(doc, (text) => writes.push(text));
    expect(writes.length).toBeGreaterThan(3);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(70_000);
    expect(writes.join('')).toBe(JSON.stringify(doc, null, 2) + '\n');
    expect(JSON.parse(writes.join(''))).toEqual(doc);
  });
});
