import { SHORT_DAY_NAMES, SHORT_MONTH_NAMES } from './calendar-words';
import type { Token } from './tokens';

/** Short forms after which a full stop never ends a sentence: titles, and Latin that always goes on. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'e.g', 'i.e', 'eg', 'ie', 'vs', 'cf']);

/**
 * Short forms whose full stop ends a sentence only when a capital follows: a time, a day or month,
 * and the shorthand of clinical notes. "Cl. arrived late" and "at 4 a.m. with my heart racing" go
 * on; "Saw Cl. He was flat." ends after "Cl.".
 */
const SHORT_FORMS = new Set([
  ...['a.m', 'p.m', 'etc', 'approx', 'incl', 'cl', 'pt', 'pts', 'wk', 'wks', 'hr', 'hrs', 'min', 'mins', 'appt', 'appts', 'tel', 'dept'],
  ...SHORT_DAY_NAMES,
  ...SHORT_MONTH_NAMES,
]);

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
    let end = endOfSentence(text, tokens[i], gapEnd);
    if (end < 0 && i + 1 - first <= LABEL_WORDS) end = endOfLabel(text, tokens[first].start, tokens[i].end, gapEnd);
    if (end < 0) continue;
    out.push({ start, end, first, last: i + 1 });
    first = i + 1;
    start = end;
  }
  if (first < tokens.length) out.push({ start, end: text.length, first, last: tokens.length });
  return out;
}

/** The most words a line may hold to be a label rather than the start of a sentence wrapped onto the next. */
const LABEL_WORDS = 3;

/**
 * Where a label on a line of its own ends ("Jo", "**C-2**", a callout's title "Process"): at the
 * line break after it, when its words open their line and end it with no punctuation. Obsidian shows
 * the next line as a line of its own: read on, the label became the subject of the sentence after
 * it ("Jo Ann took over..."). A line of a wrapped sentence holds more words, or does not open one; a
 * label ending in a colon or a comma is left to the sentence it introduces (section-labels.ts).
 */
function endOfLabel(text: string, from: number, to: number, gapEnd: number): number {
  // The line break is looked for in the gap after the words only: looked for to the text's end, it
  // made every sentence of a long line read the rest of the line, quadratic in its length.
  let lineBreak = -1;
  for (let j = to; j < gapEnd && lineBreak < 0; j++) if (text[j] === '\n') lineBreak = j;
  if (lineBreak < 0 || !opensLine(text, from)) return -1;
  for (let j = to; j < lineBreak; j++) if (!MARKUP_AFTER_LABEL.has(text[j])) return -1;
  return lineBreak;
}

/** What may stand around a label's words on its line: spaces and emphasis. */
const MARKUP_AFTER_LABEL = new Set([' ', '\t', '*', '_', '\r']);

/** Whether nothing but markup (list or quote markers, emphasis, spaces) stands before `offset` on its line. */
function opensLine(text: string, offset: number): boolean {
  for (let j = offset - 1; j >= 0; j--) {
    const c = text[j];
    if (c === '\n') return true;
    if (isLetter(c) || (c >= '0' && c <= '9')) return false;
  }
  return true;
}

/** Where a sentence ends in the gap after this token, or -1 if it goes on. */
function endOfSentence(text: string, token: Token, gapEnd: number): number {
  for (let j = token.end; j < gapEnd; j++) {
    const c = text[j];
    if (c === '\n' && text[j + 1] === '\n') return j;
    if (c !== '.' && c !== '!' && c !== '?' && c !== ';') continue;
    const next = text[j + 1];
    if (next !== undefined && next !== ' ' && next !== '\n' && next !== '"' && next !== "'" && next !== ')' && next !== '”' && next !== '’') continue;
    // An apostrophe with a letter after it is a possessive ("Cl.'s account"), not a closing quote.
    if ((next === "'" || next === '’') && isLetter(text[j + 2])) continue;
    if (c === '.' && j === token.end) {
      const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, j - 6), j))![0].toLowerCase();
      if (ABBREVIATIONS.has(word) || (SHORT_FORMS.has(word) && goesOn(text, j + 1))) continue;
    }
    return j + 1;
  }
  return -1;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

/** Whether the next word after `from` (past white space) starts with a lower-case letter or a digit. */
function goesOn(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const c = text[i];
  return c !== undefined && ((c >= '0' && c <= '9') || (c !== c.toUpperCase() && c === c.toLowerCase()));
}
