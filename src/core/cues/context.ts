import type { ContextCues } from '../taxonomy/default-taxonomy';
import type { Token } from '../text/tokens';
import { PhraseIndex, type PhraseHit } from './phrases';

export type Certainty = 'affirmed' | 'negated' | 'hypothetical' | 'historical';
type Trigger = 'pre' | 'post' | 'pseudo' | 'termination' | 'hypothetical' | 'historical';

/** How far back a post-negation reaches, in words (NegEx). */
const POST_REACH = 5;

/**
 * NegEx / ConText over one sentence: is a cue at tokens [start, end) negated, hypothetical or
 * historical? Triggers inside the cue itself (`no contract`, `didn't push`) do not count, and
 * pseudo-negations (`no change`) are not negations.
 */
export class ContextReader {
  private readonly triggers = new PhraseIndex<Trigger>(0);

  constructor(cues: ContextCues) {
    const add = (list: string[], type: Trigger): void => list.forEach((p) => this.triggers.add(p, type));
    add(cues.pre_negation.filter((p) => p !== "n't"), 'pre');
    add(cues.post_negation, 'post');
    add(cues.pseudo_negation, 'pseudo');
    add(cues.termination, 'termination');
    add(cues.hypothetical, 'hypothetical');
    add(cues.historical, 'historical');
  }

  /** Triggers of a sentence, found once and reused for each cue in it. */
  scan(tokens: readonly Token[]): PhraseHit<Trigger>[] {
    const hits = this.triggers.find(tokens);
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].word.endsWith("n't") && !hits.some((h) => h.start <= i && i < h.end)) hits.push({ value: 'pre', start: i, end: i + 1 });
    }
    const pseudo = hits.filter((h) => h.value === 'pseudo');
    return hits.filter((h) => h.value === 'pseudo' || h.value === 'termination' || !pseudo.some((p) => h.start < p.end && p.start < h.end));
  }

  certainty(triggers: readonly PhraseHit<Trigger>[], start: number, end: number): Certainty {
    const terminations = triggers.filter((t) => t.value === 'termination');
    const clear = (from: number, to: number): boolean => !terminations.some((t) => t.start >= from && t.end <= to);
    let result: Certainty = 'affirmed';
    for (const t of triggers) {
      if (t.start < end && start < t.end) continue; // part of the cue
      const before = t.end <= start && clear(t.end, start);
      const after = t.start >= end && clear(end, t.start);
      if (t.value === 'pre' && before) return 'negated';
      if (t.value === 'post' && after && t.start - end <= POST_REACH) return 'negated';
      if (t.value === 'hypothetical' && before) result = 'hypothetical';
      if (t.value === 'historical' && (before || (after && t.start - end <= POST_REACH)) && result === 'affirmed') result = 'historical';
    }
    return result;
  }
}
