import type { DynamicDefinition } from '../taxonomy/taxonomy';
import { wordForms } from '../text/inflection';
import type { Token } from '../text/tokens';
import { PhraseIndex, type PhraseHit } from './phrases';

/** Matches the taxonomy's cue phrases: any case, inflected, one extra word allowed inside. */
export class CueMatcher {
  private readonly index = new PhraseIndex<string>(1);

  constructor(definitions: readonly DynamicDefinition[]) {
    for (const d of definitions) for (const cue of d.cues) this.index.add(cue, d.id, wordForms);
  }

  /** Cue hits in a sentence, one per dynamic and place: the longest where hits of one dynamic overlap. */
  match(tokens: readonly Token[]): PhraseHit<string>[] {
    const hits = this.index.find(tokens).sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: PhraseHit<string>[] = [];
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
}
