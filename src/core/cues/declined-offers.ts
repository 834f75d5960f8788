import type { ContextCues } from '../taxonomy/default-taxonomy';
import { labelLength } from '../text/section-labels';
import type { Sentence } from '../text/sentences';
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
   * turned down after it there, or at the start of the block's `next` sentence (`blockTokens` and
   * `text` are the block's, where the tokens' offsets point).
   */
  declined(tokens: readonly Token[], end: number, blockTokens: readonly Token[], next: Sentence | undefined, text: string): boolean {
    if (this.offered.find(tokens.slice(0, end)).length === 0) return false;
    if (this.refused.find(tokens.slice(end)).length > 0) return true;
    if (!next || next.first === next.last) return false;
    const opening = blockTokens.slice(next.first, next.last);
    let from = labelLength(opening, text);
    if (from < opening.length && JOINING.has(opening[from].word)) from++;
    return this.refused.find(opening.slice(from)).some((hit) => hit.start === 0);
  }
}
