import type { DynamicDefinition } from '../taxonomy/taxonomy';
import { patternWordForms } from '../text/word-forms';
import type { Token } from '../text/tokens';
import { PatternMatcher, type DescribedHit } from './pattern-matcher';
import { PhraseIndex, type PhraseHit } from './phrases';

/** A cue phrase, or a descriptive pattern (`described`), found in a text. */
export type DynamicHit = PhraseHit<string> | DescribedHit;

/**
 * Matches the taxonomy's cue phrases (any case, inflected, one extra word allowed inside) and its
 * descriptive patterns.
 */
export class CueMatcher {
  private readonly index = new PhraseIndex<string>(1);
  private readonly patterns: PatternMatcher;

  constructor(definitions: readonly DynamicDefinition[]) {
    for (const d of definitions) for (const cue of d.cues) this.index.add(cue, d.id, patternWordForms);
    this.patterns = new PatternMatcher(definitions, patternWordForms);
  }

  /**
   * Hits in a text, one per dynamic and place: the longest where cues of one dynamic overlap; a
   * pattern only where no cue of its dynamic lies within it (a cue is the more specific reading, and
   * keeps its own subject).
   */
  match(tokens: readonly Token[]): DynamicHit[] {
    const cues = keepLongest(this.index.find(tokens));
    const described = this.patterns.match(tokens);
    if (described.length === 0) return cues;
    // Per dynamic, its cues' spans in order: they do not overlap, so the last one starting before a
    // pattern's end is the only one that can reach into it (a binary search per pattern).
    const spans = new Map<string, PhraseHit<string>[]>();
    for (const cue of cues) {
      const list = spans.get(cue.value);
      if (list) list.push(cue);
      else spans.set(cue.value, [cue]);
    }
    const all: DynamicHit[] = [...cues];
    for (const hit of keepLongest(described)) {
      const list = spans.get(hit.value);
      const before = list ? lastStartingBefore(list, hit.end) : undefined;
      if (!before || before.end <= hit.start) all.push(hit);
    }
    return all.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/** The last of spans (sorted by start) that starts before `end`. */
function lastStartingBefore<T extends PhraseHit<string>>(spans: readonly T[], end: number): T | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start < end) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? spans[low - 1] : undefined;
}

/** One hit per dynamic and place: the longest where hits of one dynamic overlap, sorted by start. */
function keepLongest<T extends PhraseHit<string>>(found: T[]): T[] {
  const hits = found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  // Kept hits start at or before this one, so it overlaps one of its dynamic exactly when it starts
  // before the furthest end kept for that dynamic: one lookup per hit, however many a block holds.
  const furthestEnd = new Map<string, number>();
  for (const hit of hits) {
    if (hit.start < (furthestEnd.get(hit.value) ?? -1)) continue;
    kept.push(hit);
    furthestEnd.set(hit.value, Math.max(hit.end, furthestEnd.get(hit.value) ?? -1));
  }
  return kept;
}

export function isDescribed(hit: DynamicHit): hit is DescribedHit {
  return 'described' in hit;
}
