import { describe, expect, it } from 'vitest';
import { createCueReader } from '../../../src/core/cues/cue-hits';
import { defaultDefinitions } from '../../../src/core/taxonomy/default-taxonomy';
import { tokenize } from '../../../src/core/text/tokens';

const reader = createCueReader(defaultDefinitions());

/** The fastest of two matchings of `unit` repeated to `length` characters, as one block with no full stop. */
function fastest(unit: string, length: number): number {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const tokens = tokenize(text);
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    reader.cues.match(tokens, text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('CueMatcher', () => {
  // Each unit stresses what the matcher does per word: names and client codes read as a person (a
  // search for a code's hyphen that ran to the text's end once made this quadratic), slot phrases.
  it.each(['Jo wrote it for Sam and then ', 'wrote out the plan for HI-503 while ', 'PHQ-9 14, GAD-7 9; C-014 said '])('matches a long block of %j in time linear in its length', (unit) => {
    fastest(unit, 5_000);
    const quarter = fastest(unit, 400_000);
    const full = fastest(unit, 1_600_000);
    // Four times the text: a linear pass takes about four times as long, a quadratic one sixteen.
    // The floor of 25 ms keeps timer noise on small times from failing the ratio.
    expect(full).toBeLessThan(Math.max(25, quarter) * 9);
  });
});
