/** Whether the text between two words (offsets `from` to `to`, as tokens give them) holds the character `c`: a comma that closes a phrase, a colon after a label. */
export function gapHolds(text: string, from: number, to: number, c: string): boolean {
  for (let i = from; i < to; i++) if (text[i] === c) return true;
  return false;
}

/**
 * Whether the text between two words holds any of the characters of `chars`. Compared as character
 * codes: a sentence's every gap is read for dashes, and a string and a search of `chars` per
 * character read were most of its cost.
 */
export function gapHoldsAny(text: string, from: number, to: number, chars: string): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  }
  return false;
}

const CLAUSE_PUNCTUATION = new Set([',', ':', ';', '(', '—', '–', '-']);
const SPACE = /\s/;

/** Emphasis marks around a label ("**Behavior:** Tanya phoned..."): no part of the punctuation before them. */
const EMPHASIS = new Set(['*', '_']);

/** Whether the gap between two words ends in punctuation that opens a clause (then white space, or emphasis marks). */
export function opensClause(text: string, gapStart: number, gapEnd: number): boolean {
  let i = gapEnd - 1;
  while (i >= gapStart && (SPACE.test(text[i]) || EMPHASIS.has(text[i]))) i--;
  return i >= gapStart && CLAUSE_PUNCTUATION.has(text[i]);
}
