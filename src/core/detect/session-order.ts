import type { SessionRef } from './rule-context';

/** Sessions in time: by day, then by path, so that two of one day keep one order everywhere. */
export function bySessionOrder(a: SessionRef, b: SessionRef): number {
  return a.day - b.day || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** The first index whose element is not `before` (the list is partitioned by the predicate). */
export function lowerBound<T>(list: readonly T[], before: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
