import type { Token } from '../text/tokens';

/** Quotation marks that may stand right around a word said: straight and curly, single and double. */
const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201C', '\u201D']);

/**
 * Whether the word at token `at` stands alone between quotation marks: a word said or signed, not a
 * negation of what follows ("the more she signed 'no' the firmer I got"; "answered every request
 * with \"no\""). A quotation of several words keeps its negation to itself already (cue-hits.ts).
 */
export function quotedAlone(tokens: readonly Token[], text: string, at: number): boolean {
  const { start, end } = tokens[at];
  return start > 0 && end < text.length && QUOTES.has(text[start - 1]) && QUOTES.has(text[end]);
}
