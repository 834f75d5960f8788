import { reviewFor, type FlagReview } from './flag-review';
import { ownEntry } from '../util/own-entry';

/** The practitioner's decisions about flags: reviews, and reviews taken back (the flag new again), by flag id. */
export interface ReviewRecord {
  reviews: Record<string, FlagReview>;
  /** Flag id -> when its review was taken back (an ISO time). */
  restored: Record<string, string>;
}

/**
 * Two copies of the decisions as one: this device's, and the one sync brought from another. Sync
 * copies the settings file whole, so without this a review made on one device was lost when the
 * other's copy arrived; and without the time a review was taken back, a review taken back on one
 * device would come back from the other. For each flag the later decision stands; at the same time,
 * the review, which holds the practitioner's words.
 */
export function mergeReviews(a: ReviewRecord, b: ReviewRecord): ReviewRecord {
  const merged: ReviewRecord = { reviews: {}, restored: {} };
  const ids = new Set([...Object.keys(a.reviews), ...Object.keys(b.reviews), ...Object.keys(a.restored), ...Object.keys(b.restored)]);
  for (const id of ids) {
    // Ids are hex; a key that would reach the object's prototype is nobody's flag.
    if (id === '__proto__') continue;
    const review = later(reviewFor(a.reviews, id), reviewFor(b.reviews, id));
    const back = latest(ownEntry(a.restored, id), ownEntry(b.restored, id));
    if (review && (back === undefined || review.at >= back)) merged.reviews[id] = review;
    else if (back !== undefined) merged.restored[id] = back;
  }
  return merged;
}

/** Whether two copies hold the same decisions: when they do, nothing need be written back. */
export function sameReviews(a: ReviewRecord, b: ReviewRecord): boolean {
  return sameRecord(a.reviews, b.reviews, sameReview) && sameRecord(a.restored, b.restored, (x, y) => x === y);
}

/** Field by field: a review read from the settings file and one just made list their fields in other orders. */
function sameReview(a: FlagReview, b: FlagReview): boolean {
  return a.status === b.status && a.at === b.at && a.reason === b.reason && a.evidence === b.evidence;
}

/** How long a review taken back is remembered: long enough for every device to have synced, and no list that only grows. */
const RESTORES_KEPT_DAYS = 365;

/** The restores of the last year: an older one has reached every device that syncs at all. */
export function recentRestores(restored: Readonly<Record<string, string>>, now: Date): Record<string, string> {
  const since = new Date(now.getTime() - RESTORES_KEPT_DAYS * 86_400_000).toISOString();
  const kept: Record<string, string> = {};
  for (const [id, at] of Object.entries(restored)) if (at >= since) kept[id] = at;
  return kept;
}

function later(a: FlagReview | undefined, b: FlagReview | undefined): FlagReview | undefined {
  if (!a || !b) return a ?? b;
  return b.at > a.at ? b : a;
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return b > a ? b : a;
}

function sameRecord<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>, same: (x: T, y: T) => boolean): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const other = ownEntry(b, key);
    return other !== undefined && same(a[key], other);
  });
}
