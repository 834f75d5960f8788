import { describe, expect, it } from 'vitest';
import { mergeReviews, recentRestores, sameReviews } from '../../../src/core/review/merge-reviews';
import type { FlagReview } from '../../../src/core/review/flag-review';

const dismissed = (at: string, reason?: string): FlagReview => ({ status: 'dismissed', at, ...(reason ? { reason } : {}) });

describe("two devices' reviews merged", () => {
  it('keep the reviews each device made, the later one where both reviewed a flag', () => {
    const laptop = { reviews: { a: dismissed('2026-03-01T10:00:00.000Z', 'Taken to supervision'), c: dismissed('2026-03-01T10:00:00.000Z', 'older') }, restored: {} };
    const phone = { reviews: { b: dismissed('2026-03-02T10:00:00.000Z', 'Written on the phone'), c: dismissed('2026-03-03T10:00:00.000Z', 'newer') }, restored: {} };
    const merged = mergeReviews(laptop, phone);
    expect(merged.reviews).toEqual({ a: laptop.reviews.a, b: phone.reviews.b, c: phone.reviews.c });
    expect(mergeReviews(phone, laptop)).toEqual(merged);
  });

  it('let a review taken back on one device stay taken back, unless the flag was reviewed again after', () => {
    const laptop = { reviews: { a: dismissed('2026-03-01T10:00:00.000Z'), b: dismissed('2026-03-05T10:00:00.000Z', 'again') }, restored: {} };
    const phone = { reviews: {}, restored: { a: '2026-03-02T10:00:00.000Z', b: '2026-03-04T10:00:00.000Z' } };
    const merged = mergeReviews(laptop, phone);
    expect(merged.reviews).toEqual({ b: laptop.reviews.b });
    expect(merged.restored).toEqual({ a: '2026-03-02T10:00:00.000Z' });
  });

  it('keep the review, with its words, where it and its taking back carry the same time', () => {
    const merged = mergeReviews({ reviews: { a: dismissed('2026-03-01T10:00:00.000Z', 'mine') }, restored: {} }, { reviews: {}, restored: { a: '2026-03-01T10:00:00.000Z' } });
    expect(merged.reviews.a).toMatchObject({ reason: 'mine' });
  });

  it('are the same whatever order a review lists its fields in, and differ when one decision differs', () => {
    const made = { status: 'dismissed' as const, at: '2026-03-01T10:00:00.000Z', evidence: 'e1', reason: 'r' };
    const read = { status: 'dismissed' as const, at: '2026-03-01T10:00:00.000Z', reason: 'r', evidence: 'e1' };
    expect(sameReviews({ reviews: { a: made }, restored: {} }, { reviews: { a: read }, restored: {} })).toBe(true);
    expect(sameReviews({ reviews: { a: made }, restored: {} }, { reviews: { a: { ...read, reason: 's' } }, restored: {} })).toBe(false);
    expect(sameReviews({ reviews: {}, restored: { a: 'x' } }, { reviews: {}, restored: {} })).toBe(false);
  });

  it('remember a review taken back for a year', () => {
    const now = new Date('2026-12-01T00:00:00.000Z');
    expect(recentRestores({ old: '2025-11-01T00:00:00.000Z', recent: '2026-06-01T00:00:00.000Z' }, now)).toEqual({ recent: '2026-06-01T00:00:00.000Z' });
  });
});
