/** Whether the text between two words (offsets `from` to `to`, as tokens give them) holds the character `c`: a comma that closes a phrase, a colon after a label. */
export function gapHolds(text: string, from: number, to: number, c: string): boolean {
  for (let i = from; i < to; i++) if (text[i] === c) return true;
  return false;
}

/** Whether the text between two words holds any of the characters of `chars`. */
export function gapHoldsAny(text: string, from: number, to: number, chars: string): boolean {
  for (let i = from; i < to; i++) if (chars.includes(text[i])) return true;
  return false;
}
