import { describe, expect, it } from 'vitest';
import { fixtureVaults } from '../fuzz/fixture-vaults';
import { fuzzEngine } from '../fuzz/fuzz-engine';

/** `npm run fuzz` runs the same fuzzer over 10,000 inputs and more seeds; this keeps a few hundred in every test run. */
const INPUTS = 300;

describe('the engine on mutated fixture vaults', () => {
  it(`reads ${INPUTS} of them without failing, with every diagnostic and piece of evidence inside its note`, () => {
    // Notes up to 50 KB here, to keep the run to a few seconds on a loaded 2-core machine; the fuzz script goes to 2 MB.
    const result = fuzzEngine({ inputs: INPUTS, seed: 12, vaults: fixtureVaults(), maxNoteChars: 50_000 });
    expect(result.failures.map((f) => `input ${f.input} (${f.vault}; ${f.mutated.map((m) => `${m.path}: ${m.steps.join(', ')}`).join('; ')}): ${f.problem}`)).toEqual([]);
  });
});
