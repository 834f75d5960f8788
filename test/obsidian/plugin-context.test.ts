import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/core/templates/date-format';
import { templateClock } from '../../src/obsidian/plugin-context';

/** How the plugin formats `{{date:FORMAT}}`: with Obsidian's moment (here the moment obsidian-test-mocks exports). */
const plugin = templateClock().formatDate!;

const TOKENS = ['YYYY', 'YY', 'MMMM', 'MMM', 'MM', 'M', 'Do', 'DD', 'D', 'dddd', 'ddd', 'HH', 'H', 'hh', 'h', 'mm', 'm', 'ss', 's', 'A', 'a'];
// Tokens with something between them, as formats are written (`DD` then `D` would be moment's `DDD`).
const separator = fc.constantFrom('-', '/', ' ', ':', '.', ', ', 'T', ' [at] ', '[Session ]', '[]');
const format = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), separator), { minLength: 1, maxLength: 6 })
  .chain((pairs) => fc.boolean().map((lead) => (lead ? '[on] ' : '') + pairs.map(([token, sep]) => token + sep).join('')));
// Local dates from 1970 to 2100, any time of day.
const date = fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms));

describe('{{date:FORMAT}} in the command line and in the plugin', () => {
  it('the command line\'s formatter gives what the plugin gives, for the common tokens', () => {
    fc.assert(
      fc.property(date, format, (d, f) => {
        expect(formatDate(d, f)).toBe(plugin(d, f));
      }),
      { numRuns: 3000 },
    );
  });

  it('both format the usual note formats', () => {
    const d = new Date(2026, 2, 3, 9, 5, 7);
    expect(formatDate(d, 'YYYY-MM-DD')).toBe('2026-03-03');
    expect(formatDate(d, 'HH:mm')).toBe('09:05');
    expect(formatDate(d, 'dddd, MMMM Do YYYY')).toBe('Tuesday, March 3rd 2026');
    expect(formatDate(d, 'ddd D MMM [at] h:mm a')).toBe('Tue 3 Mar at 9:05 am');
    for (const day of [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31]) expect(formatDate(new Date(2026, 0, day), 'Do')).toBe(plugin(new Date(2026, 0, day), 'Do'));
    expect(plugin(d, 'dddd, MMMM Do YYYY')).toBe('Tuesday, March 3rd 2026');
  });
});
