import type { Heading, LinkOccurrence, Tag, TextBlock } from '../model/note';
import { appendAll } from '../util/append';
import { readInline } from './inline';
import { ReadBlock } from './read-block';
import { CALLOUT, HEADING, LIST_MARKER, QUOTE_MARKERS, type ClassifiedLine } from './line-classes';
import { classifyWithRemark } from './remark-fallback';
import { scanLines } from './scan-lines';

export interface BodyOptions {
  /** Build text blocks for cue matching (body types only). */
  blocks: boolean;
  /** Ask remark about the blocks where the scanner finds a construct it leaves to a full parser. */
  allowRemark: boolean;
}

export interface Body {
  links: LinkOccurrence[];
  tags: Tag[];
  headings: Heading[];
  blocks: TextBlock[];
  reader: 'scanner' | 'remark';
}

/** `%% Obsidian comments %%`, `<!-- HTML comments -->` and `$$ math $$` hold no prose and no links. */
const HIDDEN = /%%[\s\S]*?(?:%%|$)|<!--[\s\S]*?(?:-->|$)|\$\$[\s\S]*?(?:\$\$|$)/g;

export function readBody(body: string, firstLine: number, options: BodyOptions): Body {
  const visible = body.includes('%%') || body.includes('<!--') || body.includes('$$') ? body.replace(HIDDEN, blankKeepingNewlines) : body;
  // CR, CRLF and LF are all line breaks (decodeNote has made them LF for a whole note already, and
  // splitting on a string costs less than on a pattern).
  const lines = visible.includes('\r') ? visible.split(/\r\n?|\n/) : visible.split('\n');
  const scan = scanLines(lines);
  const classes = options.allowRemark ? classifyWithRemark(lines, scan) : { lines: scan.lines, usedRemark: false };
  return readClassifiedLines(lines, classes.lines, firstLine, options.blocks, classes.usedRemark ? 'remark' : 'scanner');
}

function blankKeepingNewlines(match: string): string {
  return match.replace(/[^\n]/g, ' ');
}

function readClassifiedLines(lines: readonly string[], classes: readonly ClassifiedLine[], firstLine: number, wantBlocks: boolean, reader: Body['reader']): Body {
  const links: LinkOccurrence[] = [];
  const tags: Tag[] = [];
  const headings: Heading[] = [];
  const blocks: TextBlock[] = [];
  let section: string | undefined;
  let outerSections: string | undefined;
  // The headings holding the current one, by level: a heading closes those at its level and below.
  const open: { level: number; text: string }[] = [];
  // The list items holding the current block, by indentation: a sub-item, or an indented paragraph
  // after a blank line, belongs to its item (SPEC section 1: a list item naming a client is its case).
  const items: { indent: number; block: TextBlock }[] = [];
  let current: TextBlock | undefined;

  for (let i = 0; i < lines.length; i++) {
    const { cls, start } = classes[i];
    if (cls === 'blank' || cls === 'skip' || cls === 'code') {
      current = undefined;
      continue;
    }
    const line = firstLine + i;
    const inline = readInline(blankMarkers(lines[i], cls, start), line);
    // Cell pipes are blanked after links are read: `[[C-014|Sam]]` inside a cell is still one link.
    if (cls === 'table-row') inline.prose = inline.prose.replace(/\|/g, ' ');
    appendAll(links, inline.links);
    appendAll(tags, inline.tags);
    if (cls === 'heading') {
      section = inline.prose.trim();
      const level = HEADING.exec(lines[i])?.[1].length ?? 1;
      headings.push({ text: section, level, line });
      while (open.length > 0 && open[open.length - 1].level >= level) open.pop();
      outerSections = open.length === 0 ? undefined : open.map((h) => h.text).reverse().join('\n');
      open.push({ level, text: section });
    }
    if (!wantBlocks) continue;
    if (start || !current || current.kind !== cls) {
      current = new ReadBlock(cls, line, inline.prose, section, outerSections);
      nestInList(items, current, lines[i]);
      blocks.push(current);
    } else {
      current.text += '\n' + inline.prose;
    }
  }
  return { links, tags, headings, blocks, reader };
}

/**
 * Gives a list item, or a paragraph indented under one, the texts of the items holding it
 * (TextBlock.outerItems); anything else unindented ends the list.
 */
function nestInList(items: { indent: number; block: TextBlock }[], block: TextBlock, line: string): void {
  const marker = block.kind === 'list-item' ? LIST_MARKER.exec(line) : null;
  // A list item's own line holds its marker; a paragraph of an item after a blank line has none.
  const indent = marker ? marker[1].length : (/^[ \t]*/.exec(line)?.[0].length ?? 0);
  if (!marker && !((block.kind === 'paragraph' || block.kind === 'list-item') && indent > 0)) {
    if (block.kind !== 'quote' && block.kind !== 'callout') items.length = 0;
    return;
  }
  while (items.length > 0 && items[items.length - 1].indent >= indent) items.pop();
  if (items.length > 0) block.outerItems = items.map((item) => item.block.text.replace(/\n/g, ' ')).reverse().join('\n');
  if (marker) items.push({ indent, block });
}

/** Blanks the block markup at the start of a line (heading hashes, list markers, quote markers). */
function blankMarkers(line: string, cls: ClassifiedLine['cls'], start: boolean): string {
  switch (cls) {
    case 'heading':
      // Only an ATX heading has hashes to blank: a setext heading's line is all text (`#plan` is a tag there).
      return HEADING.test(line) ? blankClosingHashes(blankMatch(line, /^ {0,3}#{1,6}[ \t]*/)) : line;
    case 'list-item':
      return start ? blankMatch(line, LIST_MARKER) : line;
    case 'quote':
    case 'callout': {
      const inner = blankMatch(line, QUOTE_MARKERS);
      return cls === 'callout' && start ? blankMatch(inner, CALLOUT) : blankMatch(inner, LIST_MARKER);
    }
    default:
      return line;
  }
}

/**
 * Blanks an ATX heading's closing hashes (`## Plan ##`): white space, hashes, white space at the end.
 * Walked back from the end: the regex `/[ \t]+#+[ \t]*$/` retries from every space of a long run
 * and is quadratic in it.
 */
function blankClosingHashes(line: string): string {
  const isSpace = (i: number): boolean => line[i] === ' ' || line[i] === '\t';
  let i = line.length - 1;
  while (i >= 0 && isSpace(i)) i--;
  const hashesEnd = i;
  while (i >= 0 && line[i] === '#') i--;
  if (i === hashesEnd || i < 0 || !isSpace(i)) return line;
  while (i >= 0 && isSpace(i)) i--;
  return line.slice(0, i + 1) + ' '.repeat(line.length - i - 1);
}

function blankMatch(line: string, pattern: RegExp): string {
  const m = pattern.exec(line);
  return m && m.index === 0 ? ' '.repeat(m[0].length) + line.slice(m[0].length) : line;
}
