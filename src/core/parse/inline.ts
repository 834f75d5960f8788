import type { LinkOccurrence, Tag } from '../model/note';
import { findLinks, type LinkMatch } from './link-syntax';

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
    // Each match's ref is its own new object: it takes its line, rather than be copied for it.
    for (const m of matches) links.push(Object.assign(m.ref, { line }));
    if (matches.length > 0) prose = blankLinkMarkup(prose, matches);
  }
  if (prose.includes('#')) {
    for (const m of prose.matchAll(TAG)) {
      const tag = withoutTrailing(m[2], '/-');
      if (tag !== '' && !/^\d+$/.test(tag)) tags.push({ tag, line });
    }
  }
  return { prose, links, tags };
}

/**
 * The line with each link's markup blanked and its label kept, built from slices: a character array
 * of a line of 70,000 links (2.9 MB) made the collector's work grow faster than the line.
 */
function blankLinkMarkup(prose: string, matches: readonly LinkMatch[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of matches) {
    const start = Math.max(m.index, at);
    const end = m.index + m.length;
    if (end <= start) continue;
    parts.push(prose.slice(at, start));
    const labelStart = Math.min(Math.max(m.labelIndex, start), end);
    const labelEnd = Math.max(Math.min(m.labelIndex + m.labelLength, end), labelStart);
    parts.push(spaces(labelStart - start), prose.slice(labelStart, labelEnd), spaces(end - labelEnd));
    at = end;
  }
  parts.push(prose.slice(at));
  return parts.join('');
}

const SPACES = ' '.repeat(64);

/** A run of spaces; the short ones link markup needs are cut from one string instead of made each time. */
function spaces(length: number): string {
  return length === 0 ? '' : length <= SPACES.length ? SPACES.slice(0, length) : ' '.repeat(length);
}

/**
 * The text without a trailing run of these characters (`#plan/` is the tag `plan`). A loop, not
 * `/[/-]+$/`: that regex tries every position of a long run and is quadratic in it.
 */
function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Blanks `code` spans (a run of n backticks up to the next run of exactly n). */
export function blankCodeSpans(text: string): string {
  const runs = backtickRuns(text);
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
    const close = runs.next(run, i + run);
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

/**
 * Where each length of backtick run occurs, with a cursor per length: looking for the closing run
 * of every opening run from scratch is quadratic on a line of unmatched runs of many lengths.
 */
function backtickRuns(text: string): { next: (length: number, from: number) => number } {
  const starts = new Map<number, number[]>();
  for (let i = text.indexOf('`'); i >= 0; ) {
    let length = 0;
    while (text[i + length] === '`') length++;
    let list = starts.get(length);
    if (!list) starts.set(length, (list = []));
    list.push(i);
    i = text.indexOf('`', i + length);
  }
  const cursors = new Map<number, number>();
  return {
    // Asked with `from` increasing, so each list is walked once.
    next(length, from) {
      const list = starts.get(length) ?? [];
      let at = cursors.get(length) ?? 0;
      while (at < list.length && list[at] < from) at++;
      cursors.set(length, at);
      return at < list.length ? list[at] : -1;
    },
  };
}
