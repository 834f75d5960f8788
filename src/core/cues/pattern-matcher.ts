import { MAX_PATTERN_SLOTS, UNLESS_AFTER_REACH, UNLESS_BEFORE_REACH, type DescribedPattern, type DynamicDefinition } from '../taxonomy/taxonomy';
import type { WordForms } from '../text/word-forms';
import { words } from '../text/tokens';
import { PhraseIndex, type PhraseHit } from './phrases';

/**
 * Where a slot phrase belongs: its pattern's number times MAX_PATTERN_SLOTS, plus which of its slots.
 * A number, not an object: the index holds one per slot phrase (thousands), kept as long as the taxonomy.
 */
type SlotRef = number;

interface CompiledPattern {
  dynamic: string;
  slots: number;
  within: number;
  /** Words that may not stand between one slot and the next, if any. */
  breaks: ReadonlySet<string> | undefined;
  /** The fewest words between one slot and the next. */
  apart: number;
  /** The slot whose subject is the pattern's agent. */
  subjectSlot: number;
  /** Words that may not stand just after the pattern (DescribedPattern.unlessAfter), if any. */
  unlessAfter: ReadonlySet<string> | undefined;
  /** Words that may not stand just before the pattern (DescribedPattern.unlessBefore), if any. */
  unlessBefore: ReadonlySet<string> | undefined;
}

/** Whether a sentence starts at word `at` of the words matched (a block's holds several). */
export type SentenceStart = (at: number) => boolean;

/**
 * Whether one of the pattern's `unlessAfter` words stands in the few words after its end, or one of
 * its `unlessBefore` words in the few before its start, in its own sentence: "Jo was upset. On her
 * behalf I emailed the school" is her task done, whatever the sentence before felt.
 */
function meansElse(pattern: CompiledPattern, words: readonly string[], start: number, end: number, sentenceStart: SentenceStart): boolean {
  if (pattern.unlessAfter) {
    for (let i = end; i < words.length && i < end + UNLESS_AFTER_REACH && !sentenceStart(i); i++) if (pattern.unlessAfter.has(words[i])) return true;
  }
  if (pattern.unlessBefore) {
    for (let i = start - 1; i >= 0 && i >= start - UNLESS_BEFORE_REACH && !sentenceStart(i + 1); i--) if (pattern.unlessBefore.has(words[i])) return true;
  }
  return false;
}

const NO_SENTENCE_STARTS: SentenceStart = () => false;

/**
 * Words that open a clause of time or condition: a pattern that starts with one ("every time it
 * came up, Omar turned the talk...") has its agent after it, as the subject of the next slot.
 */
const CONNECTIVES = new Set(['when', 'whenever', 'every', 'each', 'as', 'the', 'before', 'after', 'once', 'since', 'until', 'while']);

/**
 * Whether a slot starting at `start` may follow the one before, which ended at `end`: after it, at
 * least `apart` and at most `within` words on, with none of the pattern's breaking words between
 * (at most `within` words read).
 */
function follows(pattern: CompiledPattern, words: readonly string[], end: number, start: number): boolean {
  if (start < end + pattern.apart || start - end > pattern.within) return false;
  if (pattern.breaks) for (let i = end; i < start; i++) if (pattern.breaks.has(words[i])) return false;
  return true;
}

/**
 * Clears a pattern's chains. A loop, not Array.prototype.fill: this runs for each pattern a block
 * touches (tens of thousands of times a scan) on two or three slots, where the call to fill cost more
 * than the clearing.
 */
function forget(chains: (Chain | undefined)[]): void {
  for (let slot = 0; slot < chains.length; slot++) chains[slot] = undefined;
}

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
  private readonly index: PhraseIndex<SlotRef>;
  private readonly patterns: CompiledPattern[] = [];

  /** @param unskippable whether a word may not be the extra word inside a slot's phrase (PhraseIndex): a negation, a modal. */
  constructor(definitions: readonly DynamicDefinition[], forms: (word: string) => WordForms, unskippable?: (word: string) => boolean) {
    this.index = new PhraseIndex<SlotRef>(1, unskippable);
    for (const d of definitions) {
      for (const pattern of d.patterns) this.compile(d.id, pattern, forms);
    }
    const n = this.patterns.length;
    this.firstStart = new Int32Array(n);
    this.firstEnd = new Int32Array(n);
    this.calls = new Int32Array(n);
    this.later = this.patterns.map((p) => new Array<Chain | undefined>(p.slots).fill(undefined));
  }

  get size(): number {
    return this.patterns.length;
  }

  private compile(dynamic: string, pattern: DescribedPattern, forms: (word: string) => WordForms): void {
    const index = this.patterns.length;
    const opensClause = pattern.match.length > 1 && pattern.match[0].every((phrase) => CONNECTIVES.has(phrase.trim().toLowerCase().split(/\s+/)[0]));
    this.patterns.push({
      dynamic,
      slots: pattern.match.length,
      within: pattern.within,
      breaks: pattern.breaks && new Set(pattern.breaks),
      // Never below nought: a slot before the end of the one before would break live()'s reasoning.
      apart: Math.max(0, pattern.apart ?? 0),
      subjectSlot: pattern.agentSlot ?? (opensClause ? 1 : 0),
      unlessAfter: pattern.unlessAfter && new Set(pattern.unlessAfter),
      unlessBefore: pattern.unlessBefore && new Set(pattern.unlessBefore),
    });
    pattern.match.forEach((phrases, slot) => {
      const all = new Set(phrases);
      for (const phrase of phrases) {
        const named = namedForm(phrase);
        if (named !== undefined) all.add(named);
      }
      for (const phrase of all) this.index.add(phrase, index * MAX_PATTERN_SLOTS + slot, forms);
    });
  }

  // Per pattern, the latest chain reaching each slot, valid for the call whose number `calls` holds:
  // kept between calls and reset by number, since most slot phrases are common words and a block of a
  // long note meets thousands of them. A first slot is kept as numbers only; a chain object is made
  // when a later slot extends one (rare).
  private readonly firstStart: Int32Array;
  private readonly firstEnd: Int32Array;
  private readonly later: (Chain | undefined)[][];
  private readonly calls: Int32Array;
  private call = 0;

  /** The patterns in a block's words (lower case, as tokens hold them). */
  match(words: readonly string[], sentenceStart: SentenceStart = NO_SENTENCE_STARTS): DescribedHit[] {
    const n = this.patterns.length;
    if (n === 0) return [];
    if (this.call === 0x7fffffff) {
      this.call = 0;
      this.calls.fill(0);
    }
    const call = ++this.call;
    const found: DescribedHit[] = [];
    // Slot phrases come in order of start, then end: each is read once, as it is found. A later
    // slot's longer phrase is not matched where its pattern has no chain to extend (see live).
    this.index.visit(words, (ref, start, end) => {
      const p = Math.floor(ref / MAX_PATTERN_SLOTS);
      const slot = ref % MAX_PATTERN_SLOTS;
      const pattern = this.patterns[p];
      if (this.calls[p] !== call) {
        // A later slot of a pattern this call has not met has no chain to extend: nothing to reset
        // for it. Most slot phrases are of later slots (1.17 million of 2.07 million over the
        // bench's 10,000 notes), most of patterns whose first slot the block never holds.
        if (slot > 0) return;
        this.calls[p] = call;
        this.firstStart[p] = -1;
        forget(this.later[p]);
      }
      let chain: Chain | undefined;
      if (slot === 0) {
        if (pattern.slots > 1) {
          this.firstStart[p] = start;
          this.firstEnd[p] = end;
          return;
        }
        chain = { start, end, slots: [start, end] };
      } else if (slot === 1) {
        const first = this.firstStart[p];
        const firstEnd = this.firstEnd[p];
        if (first >= 0 && follows(pattern, words, firstEnd, start)) chain = { start: first, end, slots: [first, firstEnd, start, end] };
      } else {
        const before = this.later[p][slot - 1];
        if (before && follows(pattern, words, before.end, start)) chain = { start: before.start, end, slots: [...before.slots, start, end] };
      }
      if (!chain) return;
      if (slot < pattern.slots - 1) this.later[p][slot] = chain;
      else if (!meansElse(pattern, words, chain.start, chain.end, sentenceStart)) {
        found.push({ value: pattern.dynamic, start: chain.start, end: chain.end, described: true, slots: chain.slots, subjectAt: chain.slots[2 * pattern.subjectSlot] });
        // A chain is found once: the next needs a new first slot.
        this.firstStart[p] = -1;
        forget(this.later[p]);
      }
    }, this.live);
    return found;
  }

  /**
   * Whether a slot phrase could be read now: a first slot always; a later one only where its
   * pattern has a chain reaching the slot before, this call. What the search reaches at a word
   * depends only on phrases found at earlier words (a slot starts at or after the end of the one
   * before it: `apart` is never negative, which the taxonomy reader enforces), so a phrase turned
   * down here would have been read and let go.
   */
  private readonly live = (ref: SlotRef): boolean => {
    const slot = ref % MAX_PATTERN_SLOTS;
    if (slot === 0) return true;
    const p = Math.floor(ref / MAX_PATTERN_SLOTS);
    if (this.calls[p] !== this.call) return false;
    return slot === 1 ? this.firstStart[p] >= 0 : this.later[p][slot - 1] !== undefined;
  };
}

/**
 * A name in the text is read as "them" (namesAsPronoun in cue-matcher.ts), so a phrase written with
 * "him" or "her" also matches as it reads with a name: "asked her to pick for me" is also "asked them
 * to pick for me" ("I asked Darlene to pick for me"). Not "their" for a possessive "her": measured,
 * it heard 10 more described sentences wrongly and none more rightly, and raised one more unexpected
 * flag in the blind vaults.
 */
function namedForm(phrase: string): string | undefined {
  const ws = words(phrase);
  if (!ws.some((w) => w === 'him' || w === 'her')) return undefined;
  return ws.map((w) => (w === 'him' || w === 'her' ? 'them' : w)).join(' ');
}
