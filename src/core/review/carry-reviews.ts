import { plainEvidence } from '../model/evidence-piece';
import type { Evidence, Flag } from '../model/flag';
import { evidenceFingerprint, reviewFor, type FlagReview } from './flag-review';

/**
 * The reviews of flags whose ids renaming or moving notes changed, under the new ids. A flag's id
 * and its evidence's fingerprint are made from note paths, so a dismissed flag came back open after
 * its supervision note moved to another folder, the practitioner's reason lost. A flag gone is the
 * same as a new one when both are of one kind and dynamic and the old evidence, its paths renamed, is
 * the new evidence. A flag that kept its id (a session note renamed) has its evidence's fingerprint
 * made again, when the evidence is the same but for the paths. Returns the reviews to add or replace
 * and the ids to drop; nothing when nothing moved.
 */
export function carriedReviews(
  before: readonly Flag[],
  after: readonly Flag[],
  reviews: Readonly<Record<string, FlagReview>>,
  renames: readonly (readonly [from: string, to: string])[],
): { add: Record<string, FlagReview>; drop: string[] } {
  const renamed = finalPaths(renames);
  const add: Record<string, FlagReview> = {};
  const drop: string[] = [];
  const present = new Map(after.map((f) => [f.id, f]));
  // The new flags no review speaks for yet, by what they are.
  const unreviewed = new Map<string, Flag>();
  for (const flag of after) if (!reviewFor(reviews, flag.id)) unreviewed.set(sameness(flag, flag.evidence), flag);
  for (const old of before) {
    const review = reviewFor(reviews, old.id);
    if (!review) continue;
    const moved = old.evidence.map((e): Evidence => ({ ...plainEvidence(e), path: renamed.get(e.path) ?? e.path }));
    // A review that still stood for its evidence stands for the same evidence renamed; one the
    // evidence had already outgrown keeps its old fingerprint, and the flag stays new.
    const stood = review.evidence !== undefined && review.evidence === evidenceFingerprint(old);
    const same = present.get(old.id);
    if (same) {
      // Its id kept (a session renamed, say), its evidence's paths changed.
      const fingerprint = evidenceFingerprint(same);
      if (stood && review.evidence !== fingerprint && evidenceFingerprint({ evidence: moved }) === fingerprint) add[old.id] = { ...review, evidence: fingerprint };
      continue;
    }
    const key = sameness(old, moved);
    const flag = unreviewed.get(key);
    if (!flag) continue;
    add[flag.id] = stood ? { ...review, evidence: evidenceFingerprint(flag) } : review;
    drop.push(old.id);
    unreviewed.delete(key);
  }
  return { add, drop };
}

/** Each first path renamed to its last: a note renamed twice in one round (A to B, then B to C) is A to C. */
function finalPaths(renames: readonly (readonly [from: string, to: string])[]): Map<string, string> {
  const firstOf = new Map<string, string>();
  for (const [from, to] of renames) {
    const first = firstOf.get(from) ?? from;
    firstOf.delete(from);
    firstOf.set(to, first);
  }
  return new Map([...firstOf].map(([last, first]) => [first, last]));
}

function sameness(flag: Flag, evidence: readonly Evidence[]): string {
  return `${flag.kind}\u0000${flag.dynamic}\u0000${evidenceFingerprint({ evidence: [...evidence] })}`;
}
