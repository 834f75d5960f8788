import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonParts } from '../../../src/core/cache/json-parts';
import type { EngineSnapshot } from '../../../src/core/cache/snapshot';
import { engineWith, readFixtureVault } from '../../helpers/engine';

describe("a snapshot's JSON text in parts", () => {
  it('joins into the text JSON.stringify writes, for a real vault', () => {
    const snapshot = engineWith(readFixtureVault('examples/demo-vault')).snapshot();
    const whole = JSON.stringify(snapshot);
    const parts = [...jsonParts(snapshot, 2048)];
    expect(parts.join('')).toBe(whole);
    expect(parts.length).toBeGreaterThan(whole.length / 4096);
    // A part fills to the size asked for, and over it by one run of elements at most: twice the size, or one element.
    const longestElement = Math.max(...snapshot.contents.map((c) => JSON.stringify(c).length), ...snapshot.detection.evidence.map((e) => JSON.stringify(e).length), ...snapshot.detection.flags.map((f) => JSON.stringify(f).length));
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2048 + Math.max(2 * 2048, longestElement) + 2);
    for (const part of parts.slice(0, -1)) expect(part.length).toBeGreaterThanOrEqual(2048);
  });

  it('joins into the text JSON.stringify writes, for any plain data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.integer({ min: 1, max: 300 }), (a, b, size) => {
        const data = { format: 13, keys: { version: 'x', content: 'y', detection: 'z' }, paths: [a, b], extra: { nested: [b, a, { deep: a }] }, gone: undefined };
        const snapshot = data as unknown as EngineSnapshot;
        expect([...jsonParts(snapshot, size)].join('')).toBe(JSON.stringify(snapshot));
      }),
      { numRuns: 300 },
    );
  });

  it('writes what has no JSON as JSON.stringify does', () => {
    const odd = { format: 1, list: [undefined, () => 1, Number.NaN, new Date(0)], skipped: () => 1, when: new Date(0), custom: { toJSON: () => 'mine' } } as unknown as EngineSnapshot;
    expect([...jsonParts(odd, 1)].join('')).toBe(JSON.stringify(odd));
  });
});
