import type { Token } from './tokens';

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'e.g', 'i.e', 'eg', 'ie', 'etc', 'vs', 'approx', 'cf']);

export interface Sentence {
  /** Offsets in the text. */
  start: number;
  end: number;
  /** Token indices: [first, last). */
  first: number;
  last: number;
}

/**
 * Groups a block's tokens into sentences. A sentence ends where the text between two words holds
 * `.`, `!`, `?` or `;` followed by a space or the end (not after a common abbreviation), or a blank
 * line. Working from tokens means each block is tokenized once.
 */
export function sentencesOf(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const gapEnd = i + 1 < tokens.length ? tokens[i + 1].start : text.length;
    const end = endOfSentence(text, tokens[i], gapEnd);
    if (end < 0) continue;
    out.push({ start, end, first, last: i + 1 });
    first = i + 1;
    start = end;
  }
  if (first < tokens.length) out.push({ start, end: text.length, first, last: tokens.length });
  return out;
}

/** Where a sentence ends in the gap after this token, or -1 if it goes on. */
function endOfSentence(text: string, token: Token, gapEnd: number): number {
  for (let j = token.end; j < gapEnd; j++) {
    const c = text[j];
    if (c === '\n' && text[j + 1] === '\n') return j;
    if (c !== '.' && c !== '!' && c !== '?' && c !== ';') continue;
    const next = text[j + 1];
    if (next !== undefined && next !== ' ' && next !== '\n' && next !== '"' && next !== "'" && next !== ')' && next !== '”' && next !== '’') continue;
    if (c === '.' && j === token.end && ABBREVIATIONS.has(/[\p{L}.]*$/u.exec(text.slice(Math.max(0, j - 6), j))![0].toLowerCase())) continue;
    return j + 1;
  }
  return -1;
}
