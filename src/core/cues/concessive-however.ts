import { gapHoldsAny } from '../text/token-gap';
import type { Token } from '../text/tokens';

/**
 * Words of degree after which "however" concedes ("before every decision, however small, and ask
 * her to choose"; "paid every bill, however wrong it looked"): it means "no matter how" and turns
 * nothing around, so the past or the negation before it goes on past it. Contrast ("however, she
 * came") stands apart from the words after it.
 */
export const DEGREE: ReadonlySet<string> = new Set([
  'small', 'minor', 'trivial', 'slight', 'little', 'big', 'large', 'much', 'many', 'few', 'often', 'rarely', 'long', 'short', 'briefly',
  'late', 'early', 'far', 'hard', 'well', 'badly', 'bad', 'good', 'wrong', 'right', 'awkward', 'difficult', 'busy', 'tired', 'kindly', 'gently',
]);

/** Whether the "however" at `at` concedes a degree: a word of DEGREE right after it, no punctuation between. */
export function concessiveHowever(tokens: readonly Token[], text: string | undefined, at: number): boolean {
  const next = tokens[at + 1];
  if (tokens[at].word !== 'however' || next === undefined || !DEGREE.has(next.word)) return false;
  return text === undefined || !gapHoldsAny(text, tokens[at].end, next.start, ',;:.!?');
}
