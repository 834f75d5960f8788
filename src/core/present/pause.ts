import type { Flag } from '../model/flag';
import { standingOf, type FlagReview } from '../review/flag-review';

/**
 * Open flags at once that make the view suggest a pause. A supervision session has room to explore
 * one or two dynamics in depth; ten open questions are more than several supervisions can take up,
 * and parallel process is a lens to use when a situation calls for it, not on every case.
 */
export const OPEN_FLAGS_TO_PAUSE = 10;

/**
 * Acknowledgements within a short span that make the view suggest a pause: five within an hour is
 * working through a list faster than each question can be thought about (a flag deserves a few
 * quiet minutes with its evidence), which is when stepping back helps most.
 */
export const ACKNOWLEDGED_TO_PAUSE = 5;
export const ACKNOWLEDGED_SPAN_MINUTES = 60;

export type PauseReason = { why: 'quick-acknowledging'; acknowledged: number; minutes: number } | { why: 'many-open'; open: number };

/**
 * Whether to suggest pausing and choosing one flag to take to supervision: when many of the flags
 * were acknowledged in a short span (said first: it is what the user is doing now), or when many
 * are open at once. Undefined when neither.
 */
export function pauseSuggestion(flags: readonly Flag[], reviews: Readonly<Record<string, FlagReview>>, now: Date): PauseReason | undefined {
  const since = now.getTime() - ACKNOWLEDGED_SPAN_MINUTES * 60_000;
  let open = 0;
  let acknowledged = 0;
  for (const flag of flags) {
    const standing = standingOf(flag, reviews);
    if (standing.status === 'new') open++;
    else if (standing.status === 'acknowledged') {
      const at = Date.parse(standing.review.at);
      if (at >= since && at <= now.getTime()) acknowledged++;
    }
  }
  if (acknowledged >= ACKNOWLEDGED_TO_PAUSE) return { why: 'quick-acknowledging', acknowledged, minutes: ACKNOWLEDGED_SPAN_MINUTES };
  if (open >= OPEN_FLAGS_TO_PAUSE) return { why: 'many-open', open };
  return undefined;
}
