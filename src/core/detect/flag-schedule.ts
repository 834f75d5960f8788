import type { Flag } from '../model/flag';
import type { Anchor } from './rules/rule';
import { lowerBound } from '../util/lower-bound';

/**
 * Every anchor's flags, and all flags in score order, kept current as anchors are recomputed: the
 * flags of the other anchors keep their order and the recomputed ones merge in, so a change costs
 * no full sort.
 */
export class FlagSchedule {
  private readonly byAnchor = new Map<string, { anchor: Anchor; flags: Flag[] }>();
  private sorted: Flag[] = [];

  /** All flags, highest score first. */
  all(): Flag[] {
    return this.sorted;
  }

  /** Every anchor with flags, for the cache. */
  entries(): IterableIterator<{ anchor: Anchor; flags: Flag[] }> {
    return this.byAnchor.values();
  }

  clear(): void {
    this.byAnchor.clear();
    this.sorted = [];
  }

  /** Takes up anchors' flags computed earlier (from the cache), in place of everything. */
  load(entries: Iterable<{ anchor: Anchor; flags: Flag[] }>): void {
    this.clear();
    for (const entry of entries) if (entry.flags.length > 0) this.byAnchor.set(keyOf(entry.anchor), entry);
    this.sorted = [...this.byAnchor.values()].flatMap((e) => e.flags).sort(byScore);
  }

  /** Recomputes these anchors' flags with `compute`, each once. */
  recompute(anchors: Iterable<Anchor>, compute: (anchor: Anchor) => Flag[]): void {
    const leaving = new Set<Flag>();
    const fresh: Flag[] = [];
    const done = new Set<string>();
    for (const anchor of anchors) {
      const key = keyOf(anchor);
      if (done.has(key)) continue;
      done.add(key);
      for (const old of this.byAnchor.get(key)?.flags ?? []) leaving.add(old);
      const flags = compute(anchor);
      if (flags.length > 0) this.byAnchor.set(key, { anchor, flags });
      else this.byAnchor.delete(key);
      for (const flag of flags) fresh.push(flag);
    }
    this.sorted = mergeSorted(this.sorted, leaving, fresh.sort(byScore));
  }
}

function keyOf(anchor: Anchor): string {
  return `${anchor.rule}\u0000${anchor.key}`;
}

function byScore(a: Flag, b: Flag): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * How many flags leaving and coming are placed one by one; past it, the lists are merged. Each
 * placement moves the rest of the list natively; at 16,000 flags, 64 placements took a third of a
 * merge's time and 256 two thirds (a scratch measure of the two, this machine).
 */
const FEW = 64;

/** The flags of `sorted` but those `leaving`, and the sorted `fresh` ones, in one sorted list. */
function mergeSorted(sorted: Flag[], leaving: ReadonlySet<Flag>, fresh: Flag[]): Flag[] {
  if (leaving.size === 0 && fresh.length === 0) return sorted;
  // A change recomputes a few anchors: their flags are found and placed by binary search in one copy
  // of the list, where a merge compared every flag of the vault (16,000 at 50,000 notes) each time.
  if (leaving.size + fresh.length <= FEW) {
    const placed = placeFew(sorted, leaving, fresh);
    if (placed) return placed;
  }
  const out: Flag[] = [];
  let j = 0;
  for (const flag of sorted) {
    if (leaving.has(flag)) continue;
    while (j < fresh.length && byScore(fresh[j], flag) < 0) out.push(fresh[j++]);
    out.push(flag);
  }
  while (j < fresh.length) out.push(fresh[j++]);
  return out;
}

/** `sorted` less `leaving` and with `fresh`, each found or placed by binary search; undefined if a leaving flag is not where its order puts it. */
function placeFew(sorted: readonly Flag[], leaving: ReadonlySet<Flag>, fresh: readonly Flag[]): Flag[] | undefined {
  const out = sorted.slice();
  for (const flag of leaving) {
    const at = lowerBound(out, (x) => byScore(x, flag) < 0);
    if (out[at] !== flag) return undefined;
    out.splice(at, 1);
  }
  // After any equal to it, as the merge places them.
  for (const flag of fresh) out.splice(lowerBound(out, (x) => byScore(x, flag) <= 0), 0, flag);
  return out;
}
