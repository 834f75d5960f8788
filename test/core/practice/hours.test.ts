import { describe, expect, it } from 'vitest';
import { countHours } from '../../../src/core/practice/hours';
import { hoursMarkdown } from '../../../src/core/practice/hours-markdown';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const practice = engineWith(readFixtureVault('test/fixtures/vaults/practice'));
/** A practitioner's vault gives no supervision: the supervisor's columns stay at zero. */
const NOTHING_GIVEN = { defaultedSessions: 0, supervisionGivenHours: 0, supervisionsGiven: 0 };

describe('countHours on a practice with two supervisors and mixed duration forms', () => {
  const doc = countHours(practice.graph);

  it('counts client and supervision hours per month, a session without duration at 50 minutes', () => {
    expect(doc.schema).toBe('parallel-process/hours@1');
    expect(doc.months).toEqual([
      // 50 + "50 min" + "1h" = 160 minutes; supervisions 90 + "1h".
      { month: '2026-01', clientHours: 2.67, supervisionHours: 2.5, sessions: 3, supervisions: 2, defaulted: 0, ...NOTHING_GIVEN, belowMinimum: false },
      // "90m" + "1h30" + none (50) = 230 minutes; one supervision of "1h30" meets the minimum exactly.
      { month: '2026-02', clientHours: 3.83, supervisionHours: 1.5, sessions: 3, supervisions: 1, defaulted: 1, ...NOTHING_GIVEN, defaultedSessions: 1, belowMinimum: false },
      // "about an hour" (50) + "50" + 60; no supervision at all.
      { month: '2026-03', clientHours: 2.67, supervisionHours: 0, sessions: 3, supervisions: 0, defaulted: 1, ...NOTHING_GIVEN, defaultedSessions: 1, belowMinimum: true },
    ]);
    expect(doc.totals).toEqual({ clientHours: 9.17, supervisionHours: 4, sessions: 9, supervisions: 3, defaulted: 2, ...NOTHING_GIVEN, defaultedSessions: 2, monthsBelowMinimum: 1 });
    expect(doc.years).toEqual([{ year: '2026', ...doc.totals }]);
  });

  it('reports a duration it cannot read, with its line, and counts that session at the default', () => {
    expect(doc.unreadable).toEqual([{ path: 'Sessions/C-014/2026-03-03 C-014.md', line: 6, value: 'about an hour' }]);
  });

  it('leaves out templates and reflections, even those with a duration', () => {
    // The template session is dated 2026-03-01 and the private reflection 2026-03-08, both with a duration.
    expect(doc.months.find((m) => m.month === '2026-03')?.sessions).toBe(3);
    expect(doc.totals.sessions).toBe(9);
  });

  it('takes another default session length and another minimum', () => {
    const other = countHours(practice.graph, { defaultMinutes: 60, minimumHours: 2 });
    expect(other.months.map((m) => [m.month, m.clientHours, m.belowMinimum])).toEqual([
      ['2026-01', 2.67, false],
      ['2026-02', 4, true],
      ['2026-03', 2.83, true],
    ]);
  });

  it('keeps the days asked for, shows the empty months of the range as below the minimum, and a month it cuts as partial', () => {
    const range = countHours(practice.graph, { from: '2025-12-01', to: '2026-02-10' });
    expect(range.months.map((m) => [m.month, m.sessions, m.supervisions, m.belowMinimum, m.partial ?? false])).toEqual([
      ['2025-12', 0, 0, true, false],
      ['2026-01', 3, 2, false, false],
      // Ten days of February: its supervision may fall after them, so it is not said to be below.
      ['2026-02', 1, 0, false, true],
    ]);
    expect(range.years.map((y) => [y.year, y.monthsBelowMinimum])).toEqual([
      ['2025', 1],
      ['2026', 0],
    ]);
    expect(countHours(practice.graph, { from: '2026-02-01', to: '2026-02-28' }).months.map((m) => m.partial ?? false)).toEqual([false]);
    expect(countHours(practice.graph, { from: '2024-02-01', to: '2024-02-28' }).months.map((m) => m.partial ?? false)).toEqual([true]);
  });

  it('counts as of a day: a month is not below the minimum before it is over, and a session after it is booked ahead', () => {
    const asOf = (today: string) => countHours(practice.graph, { today }).months.map((m) => [m.month, m.sessions, m.belowMinimum]);
    // In the middle of March its supervision may still come; once April has begun, March is short.
    expect(asOf('2026-04-02')).toEqual([['2026-01', 3, false], ['2026-02', 3, false], ['2026-03', 3, true]]);
    // Early in March, its later sessions are booked ahead: not yet contact.
    expect(asOf('2026-03-04')).toEqual([['2026-01', 3, false], ['2026-02', 3, false], ['2026-03', 1, false]]);
  });

  it('ends at the month in progress when asked for months after it: nothing in them is counted yet', () => {
    const months = countHours(practice.graph, { today: '2026-03-04', from: '2026-02-01', to: '2026-06-30' }).months;
    expect(months.map((m) => [m.month, m.inProgress ?? false])).toEqual([
      ['2026-02', false],
      ['2026-03', true],
    ]);
    // A range wholly in the future has no month counted.
    expect(countHours(practice.graph, { today: '2026-03-04', from: '2026-05-01', to: '2026-06-30' }).months).toEqual([]);
  });

  it('fills a month with no notes between two that have some', () => {
    const engine = engineWith({
      'a.md': noteText('type: session\nclient: C-1\ndate: 2025-11-04\nduration: 50', ''),
      'b.md': noteText('type: session\nclient: C-1\ndate: 2026-01-06', ''),
      'c.md': noteText('type: session\nclient: C-1', 'No date here.'),
    });
    const gap = countHours(engine.graph);
    expect(gap.months.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(gap.undated).toBe(1);
  });
});

describe('hoursMarkdown', () => {
  it('is a table with a row per month, a month below the minimum in bold', () => {
    const text = hoursMarkdown(countHours(practice.graph), '2026-03-31');
    expect(text).toContain('| 2026-02 | 3.83 | 3 | 1.5 | 1 | 1 | Met |');
    expect(text).toContain('| 2026-03 | 2.67 | 3 | **0** | 0 | 1 | **Below 1.5 h** |');
    expect(text).toContain('| 2026 | 9.17 | 9 | 4 | 3 | 2 | 1 |');
    expect(text).toContain('- [[Sessions/C-014/2026-03-03 C-014]], line 6: `about an hour`');
    expect(text).toContain('check what your professional body asks of you');
  });
});

describe("countHours in a supervisor's vault", () => {
  const doc = countHours(engineWith(readFixtureVault('test/fixtures/vaults/supervisor-vault')).graph);
  const june = doc.months.find((m) => m.month === '2026-06')!;

  it('counts the supervision they gave apart, and their own supervision of their supervision towards the minimum', () => {
    // Three supervisions given of 60 minutes; one of their own, "1h30", with Ruth.
    expect(june).toMatchObject({ supervisionGivenHours: 3, supervisionsGiven: 3, supervisionHours: 1.5, supervisions: 1, belowMinimum: false });
    const without = engineWith(
      Object.fromEntries(Object.entries(readFixtureVault('test/fixtures/vaults/supervisor-vault')).filter(([path]) => !path.includes('Supervision of supervision'))),
    );
    // Giving three hours of supervision is not receiving any.
    expect(countHours(without.graph).months.find((m) => m.month === '2026-06')).toMatchObject({ supervisionHours: 0, supervisionGivenHours: 3, belowMinimum: true });
  });

  it('leaves out the case summaries the supervisor wrote: they are not the supervisor\'s client contact', () => {
    expect(june).toMatchObject({ sessions: 0, clientHours: 0, defaultedSessions: 0, defaulted: 0 });
    expect(doc.totals.sessions).toBe(0);
  });

  it('gives the supervision given its own column in the report, and says what counts towards the minimum', () => {
    const text = hoursMarkdown(doc, '2026-06-30');
    expect(text).toContain('| Month | Client hours | Sessions | Supervision hours | Supervisions | Supervision given (hours) | Defaulted | Minimum |');
    expect(text).toContain('| 2026-06 | 0 | 0 | 1.5 | 1 | 3 | 0 | Met |');
    expect(text).toContain('does not count towards your minimum');
    // A practitioner's report has no such column.
    expect(hoursMarkdown(countHours(practice.graph), '2026-03-31')).not.toContain('Supervision given');
  });
});
