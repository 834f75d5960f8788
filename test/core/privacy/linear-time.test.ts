import { describe, expect, it } from 'vitest';
import { lexiconNameModel } from '../../../src/core/privacy/lexicon-model';
import { findIdentifiers } from '../../../src/core/privacy/find-identifiers';
import { knownNames } from '../../../src/core/privacy/known-names';

const known = knownNames(['Sam', 'Robin Hart'], ['Clients/C-014.md']);
const names = lexiconNameModel();

/** A line of `length` characters repeating `unit`, as a session note's body. */
function note(unit: string, length: number): string {
  return `---\ntype: session\n---\n${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}\n`;
}

function fastest(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    findIdentifiers(text, known, { names });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

// Each unit stresses one detector: what would make a backtracking regex or a nested scan quadratic.
const UNITS = [
  'a', 'A', 'Jane Smith ', 'Window Of ', 'A & B & ', "O'D'", '1', '1 ', '1.', '12-', '0113 496 0731 ', '(503) 555-0147 ', '+44 ',
  'a@', 'a@b.', 'x.y@example.com ', 'born 12/04/1988 ', 'LS6 2QT ', '14 Elmwood Grove ', '943 476 5919 ', 'MRN 1234567 ',
  'JT 48 21 93 B ', 'works at Barclays ', 'University of Leeds ', '[[', '[[a', '```', 'Dr Okafor at 14 Elm Road, DOB 1/2/84, tel 0113 496 0731; ',
];

describe('the check runs in time linear in its input', () => {
  it.each(UNITS)('a 200 KB line of %j', (unit) => {
    findIdentifiers(note(unit, 5_000), known, { names });
    const quarter = fastest(note(unit, 50_000));
    const full = fastest(note(unit, 200_000));
    // Four times the text: a linear scan takes about four times as long, a quadratic one sixteen.
    // The floor of 25 ms keeps timer noise on tiny times from failing the ratio.
    expect(full).toBeLessThan(Math.max(25, quarter) * 9);
    expect(full).toBeLessThan(3000);
  });
});
