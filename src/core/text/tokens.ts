export interface Token {
  /** Lower case, curly apostrophes straightened. */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?(?:n['’]t)?/gu;

/** Words with their offsets; hyphenated words and contractions stay one token (`de-skilled`, `didn't`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    tokens.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** The words of a phrase, as tokenize gives them. */
export function words(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.word);
}
