import { describe, expect, it } from 'vitest';
import { writeBatched } from '../../src/cli/write-batched';
import { terminalText } from '../../src/core/text/control-characters';

describe('output written in batches', () => {
  it('writes many pieces in a few writes of about 64 KB, each escaped, joining to the whole text escaped', () => {
    // A control character in every piece: escaping each batch must give what escaping the whole would.
    const pieces = Array.from({ length: 20_000 }, (_, i) => `    Sessions/s${i}.md:5  2026-03-01  client, text: Sam \u001b[2J asked me ${i}\n`);
    const writes: string[] = [];
    writeBatched(pieces, (text) => writes.push(text), terminalText);
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.length).toBeLessThan(pieces.length / 100);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(80_000);
    expect(writes.join('')).toBe(terminalText(pieces.join('')));
    expect(writes.join('')).not.toContain('\u001b');
  });

  it('writes nothing for no pieces, and a short text in one write', () => {
    const writes: string[] = [];
    writeBatched([], (text) => writes.push(text), terminalText);
    expect(writes).toEqual([]);
    writeBatched(['a\n', 'b\n'], (text) => writes.push(text), terminalText);
    expect(writes).toEqual(['a\nb\n']);
  });
});
