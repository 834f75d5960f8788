import { describe, expect, it } from 'vitest';
import { hoursSummary } from '../../../src/core/present/hours-summary';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const practice = engineWith(readFixtureVault('test/fixtures/vaults/practice'));

describe("the view's hours", () => {
  it("gives this month so far and the year, and calls a month below the minimum only once it is over", () => {
    const march = hoursSummary(practice.graph, '2026-03-20');
    expect(march.month).toBe('2026-03');
    expect(march.thisMonth).toMatchObject({ month: '2026-03', clientHours: 2.67, supervisionHours: 0, sessions: 3 });
    expect(march.thisYear).toMatchObject({ clientHours: 9.17, supervisionHours: 4, sessions: 9, defaultedSessions: 2 });
    expect(march.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    // March has no supervision yet, but it is not over.
    expect(march.belowMinimum).toEqual([]);
    const april = hoursSummary(practice.graph, '2026-04-02');
    expect(april.belowMinimum.map((m) => m.month)).toEqual(['2026-03']);
    expect(april.unreadable).toBe(1);
    expect(april.gave).toBe(false);
  });

  it('starts at the first month with a note: the months before are not months without supervision', () => {
    const late = engineWith({
      'Sessions/a.md': noteText('type: session\nclient: C-1\ndate: 2026-05-04\nduration: 50', ''),
      'Supervision/b.md': noteText('type: supervision\ndate: 2026-05-20\nduration: 90', ''),
    });
    const summary = hoursSummary(late.graph, '2026-07-15');
    expect(summary.months.map((m) => m.month)).toEqual(['2026-05', '2026-06', '2026-07']);
    expect(summary.belowMinimum.map((m) => m.month)).toEqual(['2026-06']);
    const empty = hoursSummary(engineWith({}).graph, '2026-07-15');
    expect(empty.months.map((m) => m.month)).toEqual(['2026-07']);
    expect(empty.belowMinimum).toEqual([]);
  });

  it('takes the default length and the minimum of the settings', () => {
    const strict = hoursSummary(practice.graph, '2026-04-02', { defaultMinutes: 60, minimumHours: 2 });
    expect(strict.belowMinimum.map((m) => m.month)).toEqual(['2026-02', '2026-03']);
    expect(strict.thisYear.clientHours).toBe(9.5);
  });

  it("shows a supervisor's given supervision apart", () => {
    const summary = hoursSummary(engineWith(readFixtureVault('test/fixtures/vaults/supervisor-vault')).graph, '2026-06-30');
    expect(summary.gave).toBe(true);
    expect(summary.thisMonth).toMatchObject({ supervisionHours: 1.5, supervisionGivenHours: 3 });
  });
});
