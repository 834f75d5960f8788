import { describe, expect, it } from 'vitest';
import { carriedReviews } from '../../../src/core/review/carry-reviews';
import { reviewOf, standingOf, type FlagReview } from '../../../src/core/review/flag-review';
import { engineWith, readFixtureVault } from '../../helpers/engine';

const at = new Date('2026-03-01T09:30:00Z');
const SUPERVISION = 'Supervision/2026-02-24 Ann Lee.md';

describe('carriedReviews', () => {
  it('gives a flag whose supervision note moved the review of the flag it was, and the review still stands', () => {
    const engine = engineWith(readFixtureVault('test/fixtures/vaults/practice'));
    const before = engine.flags();
    const flag = before.find((f) => f.supervision === SUPERVISION)!;
    const reviews: Record<string, FlagReview> = { [flag.id]: reviewOf(flag, 'dismissed', 'Talked it through with Ann', at) };
    // Moved into a year folder in two steps within one round of changes.
    engine.rename(SUPERVISION, 'Supervision/Ann Lee.md');
    engine.rename('Supervision/Ann Lee.md', 'Supervision/2026/2026-02-24 Ann Lee.md');
    const after = engine.flags();
    const moved = after.find((f) => f.supervision === 'Supervision/2026/2026-02-24 Ann Lee.md')!;
    expect(moved.id).not.toBe(flag.id);

    const { add, drop } = carriedReviews(before, after, reviews, [
      [SUPERVISION, 'Supervision/Ann Lee.md'],
      ['Supervision/Ann Lee.md', 'Supervision/2026/2026-02-24 Ann Lee.md'],
    ]);
    expect(drop).toEqual([flag.id]);
    expect(Object.keys(add)).toEqual([moved.id]);
    expect(standingOf(moved, add)).toMatchObject({ status: 'dismissed', review: { reason: 'Talked it through with Ann' } });
  });

  it('makes the fingerprint again when a renamed session changed a reviewed flag\'s evidence but not its id', () => {
    const engine = engineWith(readFixtureVault('test/fixtures/vaults/practice'));
    const before = engine.flags();
    const flag = before.find((f) => f.supervision === SUPERVISION)!;
    const session = flag.evidence.find((e) => e.noteType === 'session')!.path;
    const reviews = { [flag.id]: reviewOf(flag, 'acknowledged', '', at) };
    engine.rename(session, session.replace('.md', ' Sam.md'));
    const after = engine.flags().find((f) => f.id === flag.id)!;
    expect(standingOf(after, reviews)).toEqual({ status: 'new', evidenceChanged: true });
    const { add, drop } = carriedReviews(before, engine.flags(), reviews, [[session, session.replace('.md', ' Sam.md')]]);
    expect(drop).toEqual([]);
    expect(standingOf(after, add)).toMatchObject({ status: 'acknowledged' });
  });

  it('carries nothing when no reviewed flag changed, and leaves a review its evidence had outgrown outgrown', () => {
    const engine = engineWith(readFixtureVault('test/fixtures/vaults/practice'));
    const before = engine.flags();
    const flag = before.find((f) => f.supervision === SUPERVISION)!;
    const stale: FlagReview = { ...reviewOf(flag, 'acknowledged', '', at), evidence: 'made on other evidence' };
    // A session renamed: the mirror flag keeps its id, and a review already outgrown is not made to stand again.
    engine.rename('Sessions/C-014/2026-03-03 C-014.md', 'Sessions/C-014/2026-03-03 C-014 Sam.md');
    expect(carriedReviews(before, engine.flags(), { [flag.id]: stale }, [['Sessions/C-014/2026-03-03 C-014.md', 'Sessions/C-014/2026-03-03 C-014 Sam.md']])).toEqual({ add: {}, drop: [] });

    engine.rename(SUPERVISION, 'Supervision/2026/2026-02-24 Ann Lee.md');
    const after = engine.flags();
    const moved = after.find((f) => f.supervision === 'Supervision/2026/2026-02-24 Ann Lee.md')!;
    const { add } = carriedReviews(before, after, { [flag.id]: stale }, [
      ['Sessions/C-014/2026-03-03 C-014.md', 'Sessions/C-014/2026-03-03 C-014 Sam.md'],
      [SUPERVISION, 'Supervision/2026/2026-02-24 Ann Lee.md'],
    ]);
    expect(standingOf(moved, add)).toEqual({ status: 'new', evidenceChanged: true });
  });
});
