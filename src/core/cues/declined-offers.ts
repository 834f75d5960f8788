import type { ContextCues } from '../taxonomy/default-taxonomy';
import { labelLength } from '../text/section-labels';
import type { Token } from '../text/tokens';
import { PhraseIndex } from './phrases';

/** Words that may open the clause of turning down before its "I": "but I declined", "so I said no". */
const JOINING = new Set(['but', 'so', 'and']);

/**
 * An offer or invitation turned down by the writer (context-cues.yaml `offered` and `refused`):
 * "Marcus offered me consulting work at his firm; I declined", "She invited me to her wedding. I
 * thanked her and said no." Evidence of a dynamic marked `declinable` (a boundary's) is the offer
 * taken up; turned down, the frame held, and there is none.
 */
export class DeclinedOffers {
  private readonly offered: PhraseIndex<true>;
  private readonly refused: PhraseIndex<true>;

  constructor(cues: ContextCues) {
    this.offered = new PhraseIndex<true>(0);
    for (const phrase of cues.offered) this.offered.add(phrase, true);
    // One word may stand inside a refusal: "I politely declined", "I said a gentle no".
    this.refused = new PhraseIndex<true>(1);
    for (const phrase of cues.refused) this.refused.add(phrase, true);
  }

  /**
   * Whether the cue ending at `end` of a sentence's `tokens` follows an offer in that sentence and is
   * turned down after it there, or at the start of the next sentence of the block (`next`; `text` is
   * the block's, where the tokens' offsets point).
   */
  declined(tokens: readonly Token[], end: number, next: readonly Token[] | undefined, text: string): boolean {
    if (!this.offered.findWords(words(tokens, 0, end)).length) return false;
    if (this.refused.findWords(words(tokens, end, tokens.length)).length > 0) return true;
    if (!next || next.length === 0) return false;
    let from = labelLength(next, text);
    if (from < next.length && JOINING.has(next[from].word)) from++;
    return this.refused.findWords(words(next, from, next.length)).some((hit) => hit.start === 0);
  }
}

function words(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(tokens[i].word);
  return out;
}
