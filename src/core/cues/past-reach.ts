import { gapHolds, gapHoldsAny } from '../text/token-gap';
import type { Token } from '../text/tokens';

// Where a past named in a sentence stops reaching (ContextReader.scan): a clause of its own that
// opens on now ends one named before it, and a clause of its own ends the reach of one named after.

/** Words that, after a comma, join a clause of its own. */
const JOINING: ReadonlySet<string> = new Set(['and', 'but']);

/** Words that bring a sentence back to now after clause punctuation: "I jumped in for my sister in 2015, and now I jump in for Jo". */
const BACK_TO_NOW: ReadonlySet<string> = new Set(['now', 'nowadays', 'today', 'these']);

/**
 * Forgets, in `historical` (per position, the end of the last past trigger before it), a past set
 * before a clause that opens on now: after a comma or semicolon, and any "and" or "but", a word of
 * now ("these" of "these days"). A past named after it still counts.
 */
export function endPastAtNow(tokens: readonly Token[], text: string, historical: Int32Array): void {
  // A running maximum: nothing at the end, no past anywhere (most sentences), and nothing to forget.
  if (historical[tokens.length] < 0) return;
  let now = -1;
  for (let p = 1; p < tokens.length; p++) {
    const joined = JOINING.has(tokens[p - 1].word) && p >= 2 && gapHoldsAny(text, tokens[p - 2].end, tokens[p - 1].start, ',;');
    if (BACK_TO_NOW.has(tokens[p].word) && (joined || gapHoldsAny(text, tokens[p - 1].end, tokens[p].start, ',;'))) now = p;
    if (historical[p] >= 0 && historical[p] <= now) historical[p] = -1;
  }
  if (now >= 0 && historical[tokens.length] >= 0 && historical[tokens.length] <= now) historical[tokens.length] = -1;
}

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
