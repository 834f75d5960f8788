import type { Evidence } from '../../model/flag';

/** Markers raise confidence in a flag; never a flag on their own. */
export const MARKERS: ReadonlySet<string> = new Set(['parallel-explicit', 'felt-sense']);

/** Evidence in date, path and line order, each piece once (the detector shares one object per piece). */
export function sortEvidence(evidence: readonly Evidence[]): Evidence[] {
  return [...new Set(evidence)]
    .sort((a, b) => compare(a.date ?? '', b.date ?? '') || compare(a.path, b.path) || a.line - b.line || compare(a.dynamic, b.dynamic));
}

/**
 * The smallest gap in days over a list, Infinity when it is empty. A loop, not Math.min(...list):
 * a note can carry a hundred thousand items, more than a call's arguments can hold.
 */
export function nearestGap<T>(items: readonly T[], gapOf: (item: T) => number): number {
  let nearest = Infinity;
  for (const item of items) nearest = Math.min(nearest, gapOf(item));
  return nearest;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
