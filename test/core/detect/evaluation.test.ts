import { describe, expect, it } from 'vitest';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { flagKey as key, readExpectedFlags } from '../../helpers/expected-flags';

const ROOT = 'test/fixtures/vaults/evaluation';

describe('labelled evaluation vault', () => {
  it('finds exactly the expected flags: every rule, no decoy', () => {
    const expected = new Set(readExpectedFlags(ROOT).map(key));
    const engine = engineWith(readFixtureVault(ROOT));
    const found = new Set(engine.flags().map(key));
    const truePositives = [...found].filter((f) => expected.has(f)).length;
    const precision = found.size === 0 ? 1 : truePositives / found.size;
    const recall = expected.size === 0 ? 1 : truePositives / expected.size;
    process.stdout.write(`evaluation vault: ${found.size} flags, ${expected.size} expected; precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}\n`);
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it('reports the malformed note and reads none of the decoys as evidence', () => {
    const engine = engineWith(readFixtureVault(ROOT));
    expect(engine.diagnostics().map((d) => `${d.path}:${d.line} ${d.code}`)).toEqual(['Sessions/E-01/2026-03-14 E-01.md:2 unread-properties', 'Sessions/E-01/2026-03-14 E-01.md:3 frontmatter-yaml']);
    const decoys = engine.evidenceOf('Sessions/E-01/2026-03-12 E-01.md');
    expect(decoys).toEqual([]);
    expect(engine.evidenceOf('Templates/Session.md')).toEqual([]);
    expect(engine.evidenceOf('Reading/Drama triangle notes.md')).toEqual([]);
  });
});
