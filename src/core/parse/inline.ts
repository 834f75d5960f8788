import type { LinkOccurrence, Tag } from '../model/note';
import { findLinks } from './link-syntax';

const TAG = /(^|[\s(,;])#([\p{L}\p{N}_/-]+)/gu;

export interface InlineResult {
  /** The line with code spans and link syntax blanked to spaces; same length as the input. */
  prose: string;
  links: LinkOccurrence[];
  tags: Tag[];
}

/** Reads links and tags from one line of prose, blanking inline code and link markup. */
export function readInline(content: string, line: number): InlineResult {
  let prose = content.includes('`') ? blankCodeSpans(content) : content;
  const links: LinkOccurrence[] = [];
  const tags: Tag[] = [];
  if (prose.includes('[')) {
    const matches = findLinks(prose);
    if (matches.length > 0) {
      const chars = prose.split('');
      for (const m of matches) {
        links.push({ ...m.ref, line });
        for (let i = m.index; i < m.index + m.length; i++) {
          if (i < m.labelIndex || i >= m.labelIndex + m.labelLength) chars[i] = ' ';
        }
      }
      prose = chars.join('');
    }
  }
  if (prose.includes('#')) {
    for (const m of prose.matchAll(TAG)) {
      const tag = m[2].replace(/[/-]+$/, '');
      if (tag !== '' && !/^\d+$/.test(tag)) tags.push({ tag, line });
    }
  }
  return { prose, links, tags };
}

/** Blanks `code` spans (a run of n backticks up to the next run of exactly n). */
export function blankCodeSpans(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      const next = text.indexOf('`', i);
      const end = next < 0 ? text.length : next;
      out += text.slice(i, end);
      i = end;
      continue;
    }
    let run = 0;
    while (text[i + run] === '`') run++;
    const close = findClosingRun(text, i + run, run);
    if (close < 0) {
      out += text.slice(i, i + run);
      i += run;
    } else {
      out += ' '.repeat(close + run - i);
      i = close + run;
    }
  }
  return out;
}

function findClosingRun(text: string, from: number, run: number): number {
  let i = text.indexOf('`', from);
  while (i >= 0) {
    let length = 0;
    while (text[i + length] === '`') length++;
    if (length === run) return i;
    i = text.indexOf('`', i + length);
  }
  return -1;
}
