import { lowerBound } from '../util/lower-bound';
import type { SessionRef } from './rule-context';

/** Sessions in time: by day, then by path, so that two of one day keep one order everywhere. */
export function bySessionOrder(a: SessionRef, b: SessionRef): number {
  return a.day - b.day || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** Where a session stands, or would, in a list in session order. */
export function placeOf(list: readonly SessionRef[], session: SessionRef): number {
  return lowerBound(list, (x) => bySessionOrder(x, session) < 0);
}

/** The sessions of a list in session order dated from day `from` to day `to`, both included: found by halving, not by reading the list. */
export function sessionsInDays(list: readonly SessionRef[], from: number, to: number): SessionRef[] {
  const start = lowerBound(list, (x) => x.day < from);
  let end = start;
  while (end < list.length && list[end].day <= to) end++;
  return list.slice(start, end);
}
