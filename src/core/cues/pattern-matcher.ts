import type { DescribedPattern, DynamicDefinition } from '../taxonomy/taxonomy';
import type { Token } from '../text/tokens';
import { PhraseIndex, type PhraseHit } from './phrases';

/** Where a slot phrase belongs: a pattern, and which of its slots. */
interface SlotRef {
  pattern: number;
  slot: number;
}

interface CompiledPattern {
  dynamic: string;
  slots: number;
  within: number;
  /** The slot whose subject is the pattern's agent. */
  subjectSlot: number;
}

/**
 * Words that open a clause of time or condition: a pattern that starts with one ("every time it
 * came up, Omar turned the talk...") has its agent after it, as the subject of the next slot.
 */
const CONNECTIVES = new Set(['when', 'whenever', 'every', 'each', 'as', 'the', 'before', 'after', 'once', 'since', 'until', 'while']);

/** A pattern found in a text: the words from its first slot's start to its last slot's end. */
export interface DescribedHit extends PhraseHit<string> {
  described: true;
  /** Token index where each slot's phrase starts and ends, in pairs: context is read between slots too. */
  slots: number[];
  /** Token index of the words whose subject is the hit's: after a leading "when ..." clause, not before it. */
  subjectAt: number;
}

interface Chain {
  start: number;
  end: number;
  slots: number[];
}

/**
 * Finds the taxonomy's descriptive patterns (SPEC section 1): a phrase of each slot, in order, each
 * within the pattern's reach of the one before. One pass over a block's slot phrases: for each
 * pattern it keeps only the latest chain reaching each slot, so the work is linear in the phrases
 * found, however long the block.
 */
export class PatternMatcher {
  private readonly index = new PhraseIndex<SlotRef>(1);
  private readonly patterns: CompiledPattern[] = [];

  constructor(definitions: readonly DynamicDefinition[], forms: (word: string) => Set<string>) {
    for (const d of definitions) {
      for (const pattern of d.patterns) this.compile(d.id, pattern, forms);
    }
  }

  get size(): number {
    return this.patterns.length;
  }

  private compile(dynamic: string, pattern: DescribedPattern, forms: (word: string) => Set<string>): void {
    const index = this.patterns.length;
    const opensClause = pattern.match.length > 1 && pattern.match[0].every((phrase) => CONNECTIVES.has(phrase.trim().toLowerCase().split(/\s+/)[0]));
    this.patterns.push({ dynamic, slots: pattern.match.length, within: pattern.within, subjectSlot: opensClause ? 1 : 0 });
    pattern.match.forEach((phrases, slot) => {
      for (const phrase of phrases) this.index.add(phrase, { pattern: index, slot }, forms);
    });
  }

  match(tokens: readonly Token[]): DescribedHit[] {
    if (this.patterns.length === 0) return [];
    const slotHits = this.index.find(tokens).sort((a, b) => a.start - b.start || a.end - b.end);
    const found: DescribedHit[] = [];
    // Per pattern and slot: where the latest chain that reached that slot starts and ends.
    const chains = new Map<number, Chain[]>();
    for (const hit of slotHits) {
      const { pattern: p, slot } = hit.value;
      const pattern = this.patterns[p];
      let reached = chains.get(p);
      if (!reached) chains.set(p, (reached = []));
      let chain: Chain | undefined;
      if (slot === 0) chain = { start: hit.start, end: hit.end, slots: [hit.start, hit.end] };
      else {
        const before = reached[slot - 1];
        if (before && before.end <= hit.start && hit.start - before.end <= pattern.within) chain = { start: before.start, end: hit.end, slots: [...before.slots, hit.start, hit.end] };
      }
      if (!chain) continue;
      if (slot < pattern.slots - 1) reached[slot] = chain;
      else {
        found.push({ value: pattern.dynamic, start: chain.start, end: chain.end, described: true, slots: chain.slots, subjectAt: chain.slots[2 * pattern.subjectSlot] });
        // A chain is found once: the next needs a new first slot.
        reached.length = 0;
      }
    }
    return found;
  }
}
