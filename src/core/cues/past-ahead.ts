import { gapHolds, gapHoldsAny } from '../text/token-gap';
import type { Token } from '../text/tokens';

/** Words that, after a comma, join a clause of its own. */
const JOINING: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * Forgets, in `historical` (per position, the start of the first past trigger after it, `none`
 * where there is none), a past named after a clause of its own begins: after a semicolon, or a
 * comma and "and" or "but". A past after what it tells is that act's ("she hid in her room for days
 * as a teenager"), not the one of a clause before it: "she had changed my whole career, and that my
 * previous supervisor had taught me nothing" tells now what she did. One pass from the end: linear.
 */
export function endPastAheadAtClause(tokens: readonly Token[], text: string, historical: Int32Array, none: number): void {
  const n = tokens.length;
  // Nothing at the start, no past anywhere ahead (most sentences), and nothing to forget.
  if (n === 0 || historical[0] === none) return;
  let clause = none;
  for (let p = n; p >= 0; p--) {
    if (p > 0 && p < n && opensOwnClause(tokens, text, p)) clause = p;
    if (historical[p] !== none && historical[p] >= clause) historical[p] = none;
  }
}

/** Whether a clause of its own begins at the token at `p`: after a semicolon, or at "and" or "but" after a comma. */
function opensOwnClause(tokens: readonly Token[], text: string, p: number): boolean {
  const gapStart = tokens[p - 1].end;
  const gapEnd = tokens[p].start;
  return gapHolds(text, gapStart, gapEnd, ';') || (JOINING.has(tokens[p].word) && gapHoldsAny(text, gapStart, gapEnd, ','));
}
