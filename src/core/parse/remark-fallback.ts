import { blockChunks } from './block-chunks';
import type { ClassifiedLine } from './line-classes';
import { remarkLines } from './remark-lines';
import type { LineScan } from './scan-lines';

/**
 * Limits on what remark is given. Its parser is far slower per character than the scanner and
 * superlinear on some input (each setext heading rescans the document's events; nested emphasis,
 * bracket runs, wide tables and deep quotes are quadratic or worse: 8 KB of them took seconds), so
 * it reads only the runs of blocks that hold a construct the scanner leaves to it, each run small
 * and light on inline markup, and at most REMARK_BUDGET characters per note. The scanner's reading
 * stands for everything else, so any note is read in time linear in its length.
 */
export const REMARK_LIMITS = {
  /** The longest run of blocks given to remark. */
  chunkChars: 8 * 1024,
  /** Inline markup characters in one run (emphasis, brackets, code, strike, table pipes). */
  chunkMarkup: 256,
  /** Block quote markers at the start of one line (remark is quadratic in the nesting). */
  quoteDepth: 16,
  /** Characters given to remark per note, over all its runs. */
  noteChars: 32 * 1024,
};

const MARKUP = new Set(['*', '_', '[', ']', '`', '~', '|', '!', '\\']);

export interface Classified {
  lines: ClassifiedLine[];
  usedRemark: boolean;
}

/** The scanner's classes, with those of the runs around its ambiguous lines taken from remark where the limits allow. */
export function classifyWithRemark(lines: readonly string[], scan: LineScan, limits = REMARK_LIMITS): Classified {
  if (!scan.ambiguous) return { lines: scan.lines, usedRemark: false };
  const classes = scan.lines.slice();
  let budget = limits.noteChars;
  let usedRemark = false;
  let next = 0; // the first ambiguous line not yet passed
  const ambiguous = scan.ambiguousLines;
  for (const chunk of blockChunks(lines, scan.lines)) {
    while (next < ambiguous.length && ambiguous[next] < chunk.from) next++;
    if (next >= ambiguous.length) break;
    if (ambiguous[next] >= chunk.to) continue;
    const text = lines.slice(chunk.from, chunk.to).join('\n');
    if (text.length > Math.min(limits.chunkChars, budget) || !lightEnough(lines, chunk.from, chunk.to, limits)) continue;
    budget -= text.length;
    usedRemark = true;
    const read = remarkLines(text, chunk.to - chunk.from);
    for (let k = 0; k < read.length; k++) classes[chunk.from + k] = read[k];
  }
  return { lines: classes, usedRemark };
}

function lightEnough(lines: readonly string[], from: number, to: number, limits: typeof REMARK_LIMITS): boolean {
  let markup = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    let depth = 0;
    let leading = true;
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (leading && c === '>') depth++;
      else if (c !== ' ' && c !== '\t') leading = false;
      if (MARKUP.has(c)) markup++;
    }
    if (markup > limits.chunkMarkup || depth > limits.quoteDepth) return false;
  }
  return true;
}
