import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/core/templates/date-format';

// Checked against the plugin's own formatting (Obsidian's moment) in test/obsidian/plugin-context.test.ts.
describe('formatDate', () => {
  it('formats the common moment tokens in local time, and [bracketed] text as it is', () => {
    const d = new Date(2026, 0, 2, 21, 4, 9);
    expect(formatDate(d, 'YYYY-MM-DD HH:mm:ss')).toBe('2026-01-02 21:04:09');
    expect(formatDate(d, 'YY/M/D H:m:s')).toBe('26/1/2 21:4:9');
    expect(formatDate(d, 'ddd, MMM Do [at] hh:mm A')).toBe('Fri, Jan 2nd at 09:04 PM');
    expect(formatDate(d, 'dddd MMMM')).toBe('Friday January');
  });

  it('leaves what it does not know as written', () => {
    expect(formatDate(new Date(2026, 0, 2), 'Q W [YYYY]')).toBe('Q W YYYY');
  });
});
