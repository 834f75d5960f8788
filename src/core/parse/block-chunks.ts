import type { ClassifiedLine } from './line-classes';

/** Lines [from, to) of a note's body. */
export interface LineRange {
  from: number;
  to: number;
}

/** HTML blocks that run on across blank lines, each with the line content that ends it (CommonMark kinds 1 to 5). */
const LONG_HTML: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Splits a body into runs of whole blocks that Markdown reads independently of each other: a new
 * run starts at an unindented line after a blank line, which closes every open block except fenced
 * code (the scanner's classes tell those: a blank line inside one is `code`) and the HTML blocks
 * that end only at a closing tag. Reading a run alone gives its lines the classes a reading of the
 * whole body gives them, so remark can be asked about the runs that need it and no more.
 */
export function blockChunks(lines: readonly string[], classes: readonly ClassifiedLine[]): LineRange[] {
  const chunks: LineRange[] = [];
  let from = 0;
  let htmlEnd: RegExp | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i > from && !htmlEnd && classes[i - 1].cls === 'blank' && line.length > 0 && !/\s/.test(line[0])) {
      chunks.push({ from, to: i });
      from = i;
    }
    if (classes[i].cls === 'code') continue; // inside fenced code, as the scanner reads it
    if (!htmlEnd) htmlEnd = LONG_HTML.find(([start]) => start.test(line))?.[1];
    if (htmlEnd?.test(line)) htmlEnd = undefined;
  }
  if (from < lines.length) chunks.push({ from, to: lines.length });
  return chunks;
}
