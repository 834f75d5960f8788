import { CALLOUT, FENCE_OPEN, HEADING, LIST_MARKER, QUOTE_MARKERS, type ClassifiedLine } from './line-classes';
import { mayBeTitle, simpleDefinition } from './reference-definition';

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const INDENTED = /^(?: {4}|\t)/;
const HTML_BLOCK = /^ {0,3}<(?:!--|\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s|\/?>|$))/;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/;
const TABLE_ROW = /^\s*\|/;
// Written so that no two neighbouring parts can share the same white space: the form with
// `\s*\|?\s*` backtracks through every split of a long run of spaces, which is quadratic.
const TABLE_DELIMITER = /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/;

export interface LineScan {
  lines: ClassifiedLine[];
  /** The note uses a construct this scanner leaves to a full Markdown parser. */
  ambiguous: boolean;
  /** The lines (0-based, ascending) where it does: remark need read only the blocks around them. */
  ambiguousLines: number[];
}

/**
 * Classifies body lines in one pass, covering the Markdown practitioners write in Obsidian: fenced
 * code, headings (ATX, and setext under a paragraph), lists, tables, block quotes, callouts and
 * one-line reference definitions. Indented code, HTML blocks and anything more involved are marked
 * ambiguous so the caller can ask remark about the blocks that hold them.
 */
export function scanLines(lines: readonly string[]): LineScan {
  const out: ClassifiedLine[] = [];
  const ambiguousLines: number[] = [];
  let fence: RegExp | undefined; // the closing line of the open fenced code block
  let open: ClassifiedLine['cls'] | undefined; // the class of the block that a plain line would continue
  let paragraphStart = 0; // the first line of the paragraph `open` continues
  let inList = false;
  let inTable = false; // GFM reads plain lines under a table as more rows, up to a blank line
  let previousBlank = true;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      if (fence.test(line)) fence = undefined;
      out.push({ cls: fence ? 'code' : 'skip', start: false });
      continue;
    }
    if (line.trim() === '') {
      out.push({ cls: 'blank', start: false });
      open = undefined;
      inTable = false;
      previousBlank = true;
      continue;
    }
    const fenceOpen = FENCE_OPEN.exec(line);
    if (fenceOpen && !(fenceOpen[2][0] === '`' && fenceOpen[3].includes('`'))) {
      fence = new RegExp(`^ {0,3}${fenceOpen[2][0] === '`' ? '`' : '~'}{${fenceOpen[2].length},}\\s*$`);
      if (fenceOpen[1] === '') inList = false;
      out.push({ cls: 'skip', start: true });
      open = undefined;
      inTable = false;
      previousBlank = false;
      continue;
    }
    if (INDENTED.test(line) && previousBlank && !inList) ambiguousLines.push(i);
    if (HTML_BLOCK.test(line)) ambiguousLines.push(i);

    // A setext underline makes the paragraph above it a heading (under a table, GFM reads both as rows).
    if (open === 'paragraph' && SETEXT_UNDERLINE.test(line) && !inTable) {
      for (let k = paragraphStart; k < i; k++) out[k] = { cls: 'heading', start: k === paragraphStart };
      out.push({ cls: 'skip', start: false });
      open = undefined;
      previousBlank = false;
      continue;
    }
    if (open === 'paragraph' && SETEXT_UNDERLINE.test(line)) ambiguousLines.push(i);

    // A reference definition cannot interrupt a paragraph: there the line is more of the paragraph.
    if (DEFINITION.test(line) && open !== 'paragraph') {
      const topLevel = open === undefined && !inTable && (!inList || (previousBlank && !/^\s/.test(line)));
      const definition = topLevel ? simpleDefinition(line) : undefined;
      if (definition && (definition.titled || !mayBeTitle(lines[i + 1]))) {
        out.push({ cls: 'skip', start: true });
        inList = false;
        previousBlank = false;
        continue;
      }
      ambiguousLines.push(i);
    }

    let cls: ClassifiedLine['cls'];
    let start = true;
    if (THEMATIC_BREAK.test(line)) {
      cls = 'skip';
    } else if (HEADING.test(line)) {
      cls = 'heading';
    } else if (QUOTE_MARKERS.test(line)) {
      const inner = line.replace(QUOTE_MARKERS, '');
      if (FENCE_OPEN.test(inner)) ambiguousLines.push(i);
      const continuing = open === 'quote' || open === 'callout';
      cls = continuing ? open! : CALLOUT.test(inner) ? 'callout' : 'quote';
      start = !continuing;
    } else if (LIST_MARKER.test(line)) {
      cls = 'list-item';
      inList = true;
    } else if (TABLE_ROW.test(line)) {
      cls = TABLE_DELIMITER.test(line) ? 'skip' : 'table-row';
      inTable = true;
    } else if (open === 'paragraph' || open === 'list-item' || open === 'quote' || open === 'callout') {
      cls = open; // a lazy continuation line
      start = false;
    } else {
      if (previousBlank && !/^\s/.test(line)) inList = false;
      cls = inList ? 'list-item' : 'paragraph';
      if (cls === 'paragraph') paragraphStart = i;
    }
    if (cls !== 'paragraph' && !TABLE_ROW.test(line)) inTable = false;
    // An unindented heading, rule, table or quote ends a list: only paragraph text continues one lazily.
    if (start && cls !== 'list-item' && !/^\s/.test(line)) inList = false;
    out.push({ cls, start });
    open = cls === 'heading' || cls === 'skip' || cls === 'table-row' ? undefined : cls;
    previousBlank = false;
  }
  return { lines: out, ambiguous: ambiguousLines.length > 0, ambiguousLines };
}
