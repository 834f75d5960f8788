import { CALLOUT, FENCE_OPEN, HEADING, LIST_MARKER, QUOTE_MARKERS, type ClassifiedLine } from './line-classes';

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const INDENTED = /^(?: {4}|\t)/;
const HTML_BLOCK = /^ {0,3}<(?:!--|\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s|\/?>|$))/;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/;
const TABLE_ROW = /^\s*\|/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;

export interface LineScan {
  lines: ClassifiedLine[];
  /** The note uses a construct this scanner leaves to a full Markdown parser. */
  ambiguous: boolean;
}

/**
 * Classifies body lines in one pass, covering the Markdown practitioners write in Obsidian: fenced
 * code, headings, lists, tables, block quotes and callouts. Indented code, HTML blocks, setext
 * headings and reference definitions set `ambiguous` so the caller can ask remark instead.
 */
export function scanLines(lines: readonly string[]): LineScan {
  const out: ClassifiedLine[] = [];
  let ambiguous = false;
  let fence: { char: string; length: number } | undefined;
  let open: ClassifiedLine['cls'] | undefined; // the class of the block that a plain line would continue
  let inList = false;
  let previousBlank = true;

  for (const line of lines) {
    if (fence) {
      const close = new RegExp(`^ {0,3}${fence.char === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
      if (close.test(line)) fence = undefined;
      out.push({ cls: fence ? 'code' : 'skip', start: false });
      continue;
    }
    if (line.trim() === '') {
      out.push({ cls: 'blank', start: false });
      open = undefined;
      previousBlank = true;
      continue;
    }
    const fenceOpen = FENCE_OPEN.exec(line);
    if (fenceOpen && !(fenceOpen[2][0] === '`' && fenceOpen[3].includes('`'))) {
      fence = { char: fenceOpen[2][0], length: fenceOpen[2].length };
      out.push({ cls: 'skip', start: true });
      open = undefined;
      previousBlank = false;
      continue;
    }
    if (INDENTED.test(line) && previousBlank && !inList) ambiguous = true;
    if (HTML_BLOCK.test(line) || DEFINITION.test(line)) ambiguous = true;
    if (open === 'paragraph' && SETEXT_UNDERLINE.test(line)) ambiguous = true;

    let cls: ClassifiedLine['cls'];
    let start = true;
    if (THEMATIC_BREAK.test(line)) {
      cls = 'skip';
    } else if (HEADING.test(line)) {
      cls = 'heading';
    } else if (QUOTE_MARKERS.test(line)) {
      const inner = line.replace(QUOTE_MARKERS, '');
      if (FENCE_OPEN.test(inner)) ambiguous = true;
      const continuing = open === 'quote' || open === 'callout';
      cls = continuing ? open! : CALLOUT.test(inner) ? 'callout' : 'quote';
      start = !continuing;
    } else if (LIST_MARKER.test(line)) {
      cls = 'list-item';
      inList = true;
    } else if (TABLE_ROW.test(line)) {
      cls = TABLE_DELIMITER.test(line) ? 'skip' : 'table-row';
    } else if (open === 'paragraph' || open === 'list-item' || open === 'quote' || open === 'callout') {
      cls = open; // a lazy continuation line
      start = false;
    } else {
      if (previousBlank && !/^\s/.test(line)) inList = false;
      cls = inList ? 'list-item' : 'paragraph';
    }
    out.push({ cls, start });
    open = cls === 'heading' || cls === 'skip' || cls === 'table-row' ? undefined : cls;
    previousBlank = false;
  }
  return { lines: out, ambiguous };
}
