import type { LinkRef } from '../model/note';

/** `[[target#heading|alias]]` and `![[...]]`; the inner part may not contain brackets or a newline. */
const WIKI_LINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
/** `[text](target)` and `![alt](target)`, with an optional `<...>` target and title. */
const MARKDOWN_LINK = /(!?)\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(\s*(<[^>\n]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;

export interface LinkMatch {
  ref: LinkRef;
  /** Offset of the whole link in the scanned string, and its length. */
  index: number;
  length: number;
  /** Offset and length of the text a reader sees (alias, link text or target), inside the match. */
  labelIndex: number;
  labelLength: number;
}

export function parseWikiInner(inner: string, embed: boolean): LinkRef | undefined {
  const pipe = inner.indexOf('|');
  // In tables the alias pipe is written `\|`.
  const pathPart = (pipe < 0 ? inner : inner.slice(0, pipe)).replace(/\\$/, '').trim();
  const alias = pipe < 0 ? undefined : inner.slice(pipe + 1).trim() || undefined;
  const { target, subpath } = splitSubpath(pathPart);
  if (target === '' && subpath === undefined) return undefined;
  return { target, subpath, alias, syntax: embed ? 'embed' : 'wiki' };
}

/**
 * A name as a user gives it: a link copied from a note (`[[Ann Lee]]`, `[[Ann Lee|Ann]]`) means its
 * target, and a file name (`Ann Lee.md`) the note's name.
 */
export function nameGiven(text: string): string {
  const trimmed = text.trim();
  const inner = /^!?\[\[([^[\]\n]+)\]\]$/.exec(trimmed)?.[1];
  const ref = inner === undefined ? undefined : parseWikiInner(inner, false);
  return (ref && ref.target !== '' ? ref.target : trimmed).replace(/\.md$/i, '');
}

function splitSubpath(pathPart: string): { target: string; subpath?: string } {
  const hash = pathPart.indexOf('#');
  if (hash < 0) return { target: pathPart };
  return { target: pathPart.slice(0, hash).trim(), subpath: pathPart.slice(hash + 1).trim() };
}

function decodeTarget(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Markdown links count only when they point to a vault note (`.md`, or no extension), not a URL. */
export function parseMarkdownTarget(rawTarget: string, embed: boolean): LinkRef | undefined {
  let raw = rawTarget.trim();
  if (raw.startsWith('<') && raw.endsWith('>')) raw = raw.slice(1, -1);
  if (raw === '' || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('#')) return undefined;
  const decoded = decodeTarget(raw);
  if (decoded === undefined) return undefined;
  const { target, subpath } = splitSubpath(decoded);
  if (!/\.md$/i.test(target)) return undefined;
  return { target, subpath, syntax: embed ? 'embed' : 'markdown' };
}

/** Every wiki and markdown link in a string, in order. */
export function findLinks(text: string): LinkMatch[] {
  if (!text.includes('[')) return [];
  const found: LinkMatch[] = [];
  for (const m of text.matchAll(WIKI_LINK)) {
    const embed = m[1] === '!';
    const ref = parseWikiInner(m[2], embed);
    if (!ref) continue;
    const start = m.index;
    const innerStart = start + m[1].length + 2;
    const pipe = m[2].indexOf('|');
    const labelIndex = pipe < 0 ? innerStart : innerStart + pipe + 1;
    const labelLength = pipe < 0 ? m[2].length : m[2].length - pipe - 1;
    found.push({ ref, index: start, length: m[0].length, labelIndex, labelLength });
  }
  // Both kinds come in text order without overlapping their own kind: one cursor over the wikilinks
  // tells whether a markdown link overlaps one (comparing with all of them is quadratic).
  const wikiCount = found.length;
  let wiki = 0;
  // Every markdown link holds `](`: most strings with a bracket are wikilinks only, and need not be searched again.
  if (!text.includes('](')) return found;
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    while (wiki < wikiCount && found[wiki].index + found[wiki].length <= m.index) wiki++;
    if (wiki < wikiCount && found[wiki].index < m.index + m[0].length) continue;
    const embed = m[1] === '!';
    const ref = parseMarkdownTarget(m[3], embed);
    if (!ref) continue;
    found.push({ ref, index: m.index, length: m[0].length, labelIndex: m.index + m[1].length + 1, labelLength: m[2].length });
  }
  return found.sort((a, b) => a.index - b.index);
}
