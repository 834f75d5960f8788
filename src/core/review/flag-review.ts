import type { Flag } from '../model/flag';
import { hashOf } from '../text/hash';
import { ownEntry } from '../util/own-entry';

export type ReviewStatus = 'acknowledged' | 'dismissed';

/** What the practitioner decided about a flag, saved by flag id. */
export interface FlagReview {
  status: ReviewStatus;
  reason?: string;
  /** ISO timestamp of the decision. */
  at: string;
  /** The evidence the decision was made on; when it changes, the flag is new again. */
  evidence?: string;
}

export type FlagStanding = { status: 'new'; evidenceChanged: boolean } | { status: ReviewStatus; review: FlagReview };

/** Which notes, lines and words the flag rests on, independent of their order. */
export function evidenceFingerprint(flag: Pick<Flag, 'evidence'>): string {
  const parts = flag.evidence.map((e) => `${e.path}\u0001${e.line}\u0001${e.dynamic}\u0001${e.source}\u0001${e.text}`).sort();
  return hashOf(parts.join('\u0000'));
}

/** The review saved for a flag id, if any (an own key only: ids are hex, but the record is the user's data). */
export function reviewFor(reviews: Readonly<Record<string, FlagReview>>, id: string): FlagReview | undefined {
  return ownEntry(reviews, id);
}

export function standingOf(flag: Flag, reviews: Readonly<Record<string, FlagReview>>): FlagStanding {
  const review = reviewFor(reviews, flag.id);
  if (!review) return { status: 'new', evidenceChanged: false };
  // Reviews saved before fingerprints existed carry none: they stand until the user changes them.
  if (review.evidence !== undefined && review.evidence !== evidenceFingerprint(flag)) return { status: 'new', evidenceChanged: true };
  return { status: review.status, review };
}

export function reviewOf(flag: Flag, status: ReviewStatus, reason: string, at: Date): FlagReview {
  const trimmed = reason.trim();
  return { status, at: at.toISOString(), evidence: evidenceFingerprint(flag), ...(trimmed ? { reason: trimmed } : {}) };
}
