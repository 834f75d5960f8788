import type { Token } from './tokens';
import { OPENING_ADVERBS } from './opening-phrases';

/**
 * Words that may follow "her" as the object of a verb or preposition in the same clause: a
 * preposition, a conjunction, an article or possessive opening a second object ("gave her a form"),
 * an adverb, a reflexive. Any other word right after it makes "her" a possessive: "booked an
 * interpreter for her GP appointment" books nothing for her.
 */
const AFTER_OBJECT: ReadonlySet<string> = new Set([
  ...OPENING_ADVERBS,
  ...['to', 'at', 'in', 'on', 'with', 'from', 'about', 'by', 'for', 'of', 'after', 'before', 'during', 'since', 'until', 'till', 'over', 'through', 'into', 'onto', 'without', 'instead', 'like', 'as', 'round', 'around', 'across', 'behind', 'between'],
  ...['and', 'but', 'or', 'nor', 'so', 'because', 'while', 'whilst', 'when', 'whenever', 'though', 'although', 'if', 'unless', 'which', 'that', 'who', 'whom', 'where', 'than'],
  ...['a', 'an', 'the', 'this', 'these', 'those', 'some', 'any', 'my', 'our', 'his', 'their', 'your', 'every', 'each', 'no', 'all', 'both', 'one', 'two', 'three'],
  ...['myself', 'herself', 'himself', 'themselves', 'ourselves', 'everything', 'anything', 'something', 'nothing', 'too', 'either', 'anyway', 'tomorrow', 'back', 'out', 'up', 'down', 'off', 'away', 'home', 'first', 'last', 'next', 'once', 'twice', 'already', 'still', 'just', 'even', 'only', 'properly', 'directly', 'straight', 'right', 'personally', 'immediately', 'quickly', 'regularly'],
]);

/**
 * Whether the "for her" ending at token `at` names no one it was done for, "her" being a possessive:
 * a word stands right after it, in the same clause (nothing but white space between), that an
 * object would not be followed by.
 */
export function possessiveHer(tokens: readonly Token[], text: string, at: number): boolean {
  const next = tokens[at + 1];
  if (tokens[at]?.word !== 'her' || tokens[at - 1]?.word !== 'for' || !next) return false;
  for (let i = tokens[at].end; i < next.start; i++) if (text.charCodeAt(i) > 32) return false;
  return !AFTER_OBJECT.has(next.word);
}
